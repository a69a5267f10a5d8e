"""Round 25's clause-structure, factuality and attribution classes of fresh19 (issue 9,
clauses31) as suite constructions crossed with the suite's states named by name, capital,
leader or demonym, each with several acts and phrasings:

- ``c31_due_purpose`` (F): "X's trade minister is due in CAPITAL next week to sign a pact with
  Y", "is expected / set / scheduled to travel to CAPITAL to V", "will visit CAPITAL to V": the
  purpose of a scheduled trip is not done (at most `possible`), never asserted;
- ``c31_participle_report`` (G): "X's coastguard intercepted a Y trawler and detained its crew,
  accusing them of fishing illegally, Y's foreign ministry said": the participle between the
  main clause and the trailing attribution is `reported` as the main clause is;
- ``c31_letter_invite`` (E): "X's foreign minister met Y's president in CAPITAL and handed him
  a letter from NAME inviting him to X's CAPITAL": the letter-writer's invitation (036) or
  appeal (02x) to the addressee's state, asserted;
- ``c31_wished_station`` (K): "X wants Y's officers stationed in CAPITAL, and it has hinted that
  it might restrict Y's fishing fleets (if Y says no)": no deployment by Y, nothing with Y's
  demonym as doer ("it" is X, not Y's officers), the wish at most a request X -> Y; the hinted
  measure X -> Y as lex13 codes a hint of "could / might" (the threat 13, asserted).

Before the fix, on main (5ac82f4): c31_due_purpose gave the purpose asserted where the parser
hangs it on "is" ("is due in CAPITAL ... to sign": a false assertion); c31_participle_report the
accusation asserted after a coordinated main clause; c31_letter_invite the meeting only;
c31_wished_station the deployment Y -> X 154 and "it" resolved to Y's officers (Y -> Y 13x
asserted, a false assertion, or a threat with no right source).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    POSSIBLE,
    REPORTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _e,
    _poss,
    _r,
)

_VISITOR = ("{Sposs} trade minister", "{Sposs} foreign minister", "{Slead}",
            "{Sposs} defence minister", "{Sposs} prime minister")  # fmt: skip
_TRIP = ("is due in {Tc}", "is expected in {Tc}", "is due to travel to {Tc}",
         "is expected to travel to {Tc}", "is set to travel to {Tc}",
         "is scheduled to fly to {Tc}", "will visit {Tc}", "is due to arrive in {Tc}",
         "is set to visit {Tc}", "will travel to {Tc}")  # fmt: skip
_WHEN = (" next week", " on Monday", " later this month", " next month", "")
_PURPOSE = (("sign a defence pact with {T}", "05"), ("sign a trade accord with {T}", "05"),
            ("apologise to {T} for the incident", "05"),
            ("thank {T} for its help after the floods", "05"),
            ("sign a fishing accord", "05"), ("offer {T} a loan for its railway", "03"),
            ("hand over the detained {Tdem} sailors", "08"),
            ("discuss the border dispute with {Tdem} officials", "04"))  # fmt: skip


def c31_due_purpose(sc: Scene) -> Built:
    """ "Japan's trade minister is due in Nairobi next week to sign a trade accord with Kenya":
    nothing asserted; the trip and its purpose at most X -> Y, not asserted."""
    tname = sc.name(sc.t, capital=0.0)
    visitor = sc.rng.choice(_VISITOR).format(Sposs=_poss(sc.s.name), Slead=sc.leader(sc.s))
    trip = sc.rng.choice(_TRIP).format(Tc=sc.t.capital)
    purpose, _root = sc.rng.choice(_PURPOSE)
    purpose = purpose.format(T=tname, Tdem=sc.t.demonym)
    text = f"{_cap(visitor)} {trip}{sc.rng.choice(_WHEN)} to {purpose}."
    allowed = (
        Expect(sc.s.iso3, "*", frozenset(), NOT_ASSERTED),
        Expect(sc.t.iso3, sc.s.iso3, frozenset(), NOT_ASSERTED),
    )
    return text, (), allowed


_DETAINER = ("{Sdem} coastguard vessels", "{Sdem} police", "the {Sdem} coastguard",
             "{Sdem} border guards", "{Sdem} naval patrol boats")  # fmt: skip
_MAIN = ("intercepted {a_Tdem} trawler off the coast and detained its crew",
         "stopped {a_Tdem} fishing boat and detained its crew",
         "boarded {a_Tdem} trawler and arrested its crew",
         "arrested four {Tdem} fishermen", "detained six {Tdem} sailors",
         "seized {a_Tdem} trawler and detained its crew")  # fmt: skip
_PARTICIPLE = ("accusing them of fishing without a licence", "accusing them of smuggling fuel",
               "accusing the men of fishing illegally",
               "charging them with entering the country's waters illegally",
               "blaming them for damaging the nets of local fishermen",
               "accusing them of spying")  # fmt: skip
_SAID = ("{Tposs} foreign ministry said", "{Tposs} foreign ministry said on Tuesday",
         "officials in {Tc} said", "the {Tdem} embassy said", "{Tdem} state media reported",
         "{a_Tdem} government spokesman said", "{Tposs} fisheries ministry said",
         "according to {Tposs} foreign ministry", "according to officials in {Tc}")  # fmt: skip


def c31_participle_report(sc: Scene) -> Built:
    """ "Greek coastguard vessels intercepted a Turkish trawler and detained its crew,
    accusing them of fishing without a licence, Turkey's foreign ministry said": the
    detention and the accusation X -> Y, both `reported`."""
    detainer = sc.rng.choice(_DETAINER).format(Sdem=sc.s.demonym)
    a_tdem = _article(sc.t.demonym)
    main = sc.rng.choice(_MAIN).format(Tdem=sc.t.demonym, a_Tdem=a_tdem)
    said = sc.rng.choice(_SAID).format(
        Tposs=_poss(sc.t.name), Tc=sc.t.capital, Tdem=sc.t.demonym, a_Tdem=a_tdem
    )
    text = f"{_cap(detainer)} {main}, {sc.rng.choice(_PARTICIPLE)}, {said}."
    expected = (_e(sc.s, sc.t, _r("17"), REPORTED), _e(sc.s, sc.t, _r("11"), REPORTED))
    allowed = (_e(sc.s, sc.t, _r("17", "11"), REPORTED),)
    return text, expected, allowed


_MESSENGER = ("{Sposs} foreign minister", "{Sposs} special envoy", "{Sposs} ambassador",
              "{Sdem} Foreign Minister")  # fmt: skip
_MET = ("met {Tlead} in {Tc}", "held talks with {Tlead} in {Tc}", "met {Tlead} on Monday")
_HANDED = ("handed him", "handed him", "passed on", "handed over", "delivered")
_LETTER = ("a letter", "a personal letter", "a message", "a written message", "a note")
_WRITER = ("{Slead}", "President {Slead}", "{Sposs} president", "{Sposs} prime minister")
_CONTENT = (("inviting him to {Sc}", "03"), ("inviting him to visit {Sc}", "03"),
            ("inviting him to {Sc} for talks", "03"),
            ("asking him to release the detained {Sdem} fishermen", "02"),
            ("urging him to reopen the border", "02"))  # fmt: skip


def c31_letter_invite(sc: Scene) -> Built:
    """ "Japan's foreign minister met William Ruto in Nairobi and handed him a letter from
    Shigeru Ishiba inviting him to Tokyo": the meeting X -> Y 04 and the letter-writer's
    invitation (03) or appeal (02) X -> Y, asserted."""
    tlead = sc.leader(sc.t)
    if tlead == sc.t.name:
        tlead = f"{_poss(sc.t.name)} president"
    slead = sc.s.leader(sc.date)
    writer = sc.rng.choice(_WRITER if slead else _WRITER[2:])
    writer = writer.format(Slead=slead or "", Sposs=_poss(sc.s.name))
    messenger = sc.rng.choice(_MESSENGER).format(Sposs=_poss(sc.s.name), Sdem=sc.s.demonym)
    met = sc.rng.choice(_MET).format(Tlead=tlead, Tc=sc.t.capital)
    content, root = sc.rng.choice(_CONTENT)
    content = content.format(Sc=sc.s.capital, Sdem=sc.s.demonym)
    letter = sc.rng.choice(_LETTER)
    handed = sc.rng.choice(_HANDED)
    text = f"{_cap(messenger)} {met} and {handed} {letter} from {writer} {content}."
    expected = (_e(sc.s, sc.t, _r("04"), ASSERTED), _e(sc.s, sc.t, _r(root), ASSERTED))
    allowed = (_e(sc.t, sc.s, _r("04"), ANY), _e(sc.s, sc.t, _r("02", "03", "04"), ANY))
    return text, expected, allowed


_WISHER = ("{S}", "{Sposs} government", "{Sc}", "{S} now")
_WANTS = ("wants", "would like", "wants")
_OFFICERS = ("{Tdem} customs officers", "{Tdem} police officers", "{Tdem} naval officers",
             "{Tdem} coastguard officers", "{Tdem} liaison officers")  # fmt: skip
_STATIONED = ("stationed in {Sc}", "stationed in its ports", "posted in {Sc}",
              "stationed on its coast")  # fmt: skip
_HINTED = ("has hinted", "has signalled", "hinted", "has indicated")
_MEASURE = ("restrict {Tdem} fishing fleets", "close its ports to {Tdem} trawlers",
            "expel {Tdem} diplomats", "impose tariffs on {Tdem} steel",
            "ban {Tdem} trawlers from its waters")  # fmt: skip
_SAYS_NO = ("if {Tc} says no", "if {Tc} refuses", "if {Tc} declines", "")


def c31_wished_station(sc: Scene) -> Built:
    """ "Peru wants Chilean customs officers stationed in Lima, and it has hinted that it might
    restrict Chilean fishing fleets if Santiago says no": no event by Y's officers or state;
    the wish at most a request X -> Y (02); the hinted measure the threat X -> Y 13 asserted
    (lex13's convention) or the act X -> Y `possible`, never an act of Y's."""
    wisher = sc.rng.choice(_WISHER).format(S=sc.s.name, Sposs=_poss(sc.s.name), Sc=sc.s.capital)
    officers = sc.rng.choice(_OFFICERS).format(Tdem=sc.t.demonym)
    stationed = sc.rng.choice(_STATIONED).format(Sc=sc.s.capital)
    measure = sc.rng.choice(_MEASURE).format(Tdem=sc.t.demonym)
    cond = sc.rng.choice(_SAYS_NO).format(Tc=sc.t.capital)
    hint = f"it {sc.rng.choice(_HINTED)} that it might {measure}" + (f" {cond}" if cond else "")
    joint = sc.rng.choice((", and ", ". "))
    hint = _cap(hint) if joint == ". " else hint
    text = f"{_cap(wisher)} {sc.rng.choice(_WANTS)} {officers} {stationed}{joint}{hint}."
    # a hinted coercive act under "might": the threat made (lex13's l13_modal_threat; fresh19's
    # gold keeps it `opt`, beside the act `possible`)
    expected = (_e(sc.s, sc.t, _r("13"), ASSERTED),)
    allowed = (
        _e(sc.s, sc.t, _r("02", "13"), ANY),
        _e(sc.s, sc.t, _r("16", "17", "19"), POSSIBLE),
        _e(sc.t, sc.s, _r("12"), NOT_ASSERTED),  # ("if Y refuses": a refusal, hypothetical)
    )
    return text, expected, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c31_due_purpose": c31_due_purpose,
    "c31_participle_report": c31_participle_report,
    "c31_letter_invite": c31_letter_invite,
    "c31_wished_station": c31_wished_station,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
