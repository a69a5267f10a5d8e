"""Round 26's clause-structure and factuality-scope classes of fresh20 (issue 9, clauses32) as
suite constructions crossed with the suite's states named by name, capital, leader or demonym,
each with several acts and phrasings:

- ``c32_saying_conjunct`` (C): "X's foreign minister dismissed Y's complaint, saying the
  arrests were lawful, and accused CAPITAL of meddling": the conjunct after an interposed
  ", V-ing ...," participle is the first predicate's subject's act, asserted;
- ``c32_attribution_conjunct`` (C): "X's foreign ministry summoned Y's ambassador, the foreign
  minister told parliament, and asked CAPITAL to release the men": the conjunct after an
  interposed attribution is the first predicate's subject's act (reported or asserted);
- ``c32_three_list`` (C): "X has trained Y's police, sent doctors to CAPITAL and lent money to
  Y": every item of a list of three acts, the participle read as an adjective included;
- ``c32_stop_request`` (E): "X asked Y to stop deporting X's migrants": the request only; the
  act under "stop / cease / halt" is asked for, never asserted as done;
- ``c32_home_rejection`` (J): "X said it would not expel the Y refugees, rejecting calls from
  local officials to close the camps": the negated expulsion, no refusal with no target or aimed
  at X itself;
- ``c32_stateless_warning`` (H): "X's troops were deployed along the border with Y, and a
  spokesman warned that soldiers would fire on any armed group that crossed": the deployment
  only; no threat to X itself or to Y (armed groups are no state);
- ``c32_state_warning`` (H's other side): "X warned that its soldiers would fire on any Y
  soldiers who crossed the border": a threat X -> Y stays.

Before the fix, on main (5d993d2): c32_saying_conjunct lost the conjunct (hung on the
participle); c32_attribution_conjunct gave it the reporter's unresolved office as doer;
c32_three_list lost "trained Y's police" (read as a noun phrase); c32_stop_request asserted the
stopped act Y -> X; c32_home_rejection emitted a refusal with no target (asserted);
c32_stateless_warning a threat X -> X (asserted where the warning was the trigger).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

DONE = frozenset({"asserted", "reported"})


_JUDGE = ("{Sposs} foreign minister", "{Sposs} foreign ministry", "{Sposs} government", "{S}",
          "{Sc}", "{Sposs} interior minister")  # fmt: skip
_DISMISSED = (("dismissed {Tposs} complaint", "01"), ("rejected {Tposs} protest", "12"),
              ("dismissed {Tposs} complaint as baseless", "01"),
              ("rejected {Tposs} complaint", "12"))  # fmt: skip
_SAYING = ("saying the arrests were lawful", "saying the men had broken the law",
           "insisting that the arrests were lawful", "arguing the detentions were legal",
           "noting that the men had been charged", "calling it baseless",
           "saying the men had been treated fairly")  # fmt: skip
_NEXT = (("accused {Tc} of meddling in a court case", "11"),
         ("accused {T} of interfering in its affairs", "11"), ("criticised {T}", "11"),
         ("summoned {Tposs} ambassador", "11"), ("condemned {T}", "11"),
         ("demanded an apology from {T}", "10"),
         ("urged {Tc} to respect its courts", "02"))  # fmt: skip


def _fill(text: str, sc: Scene) -> str:
    s, t = sc.s, sc.t
    return text.format(
        S=s.name, Sposs=_poss(s.name), Sc=s.capital, Sdem=s.demonym,
        T=t.name, Tposs=_poss(t.name), Tc=t.capital, Tdem=t.demonym,
    )  # fmt: skip


def c32_saying_conjunct(sc: Scene) -> Built:
    """ "Uganda's foreign minister dismissed Kenya's complaint, saying the arrests were lawful,
    and accused Nairobi of meddling in a court case": the accusation X -> Y, asserted."""
    first, root1 = sc.rng.choice(_DISMISSED)
    nxt, root2 = sc.rng.choice(_NEXT)
    judge = _cap(_fill(sc.rng.choice(_JUDGE), sc))
    text = f"{judge} {_fill(first, sc)}, {sc.rng.choice(_SAYING)}, and {_fill(nxt, sc)}."
    expected = (_e(sc.s, sc.t, _r(root2), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r(root1, "01", "11", "12"), ASSERTED),)
    return text, expected, allowed


_DOER = ("{Sposs} foreign ministry", "{Sposs} government", "{S}", "{Sposs} interior ministry")
_FIRST = (("summoned {Tposs} ambassador", "11"), ("summoned {Tposs} envoy", "11"),
          ("expelled two {Tdem} diplomats", "16"),
          ("recalled its ambassador from {Tc}", "16"))  # fmt: skip
_TOLD = ("the foreign minister told parliament", "a spokesman said",
         "officials said on Monday", "the foreign minister told reporters",
         "a ministry spokeswoman said", "the prime minister told lawmakers")  # fmt: skip
_THEN = (("asked {Tc} to release the detained {Sdem} sailors", "02"),
         ("urged {T} to investigate the killings", "02"),
         ("asked {Tc} to ensure the men a fair trial", "02"),
         ("demanded an apology from {T}", "10"),
         ("called on {Tc} to free the men", "02"))  # fmt: skip


def c32_attribution_conjunct(sc: Scene) -> Built:
    """ "Kenya's foreign ministry summoned Uganda's envoy, the foreign minister told parliament,
    and asked Kampala to release the detained Kenyan sailors": both acts X -> Y (reported by
    the interposed attribution, or asserted)."""
    doer = _cap(_fill(sc.rng.choice(_DOER), sc))
    first, root1 = sc.rng.choice(_FIRST)
    then, root2 = sc.rng.choice(_THEN)
    text = f"{doer} {_fill(first, sc)}, {sc.rng.choice(_TOLD)}, and {_fill(then, sc)}."
    expected = (_e(sc.s, sc.t, _r(root1), DONE), _e(sc.s, sc.t, _r(root2), DONE))
    return text, expected, (_e(sc.s, sc.t, _r("02", "10", "11", "16"), DONE),)


# (phrase with {V} for the verb's participle or past form, the verb, root)
_ITEMS = (("{V} {Tdem} police", "train", "06"), ("{V} {Tdem} soldiers", "train", "06"),
          ("{V} {Tdem} officers", "train", "06"), ("{V} troops to {T}", "send", "07"),
          ("{V} doctors to {Tc}", "send", "07"), ("{V} money to {Tc}", "lend", "07"),
          ("{V} two ships to {T}", "donate", "07"),
          ("{V} a defence pact with {Tc}", "sign", "05"),
          ("{V} schools in {T}", "fund", "07"),
          ("{V} soldiers to {T} to fight the militants", "send", "07"))  # fmt: skip
_FORMS = {"train": "trained", "send": "sent", "lend": "lent", "donate": "donated",
          "sign": "signed", "fund": "funded"}  # fmt: skip


def c32_three_list(sc: Scene) -> Built:
    """ "Norway has funded schools in Uganda, sent engineers to Kampala and trained Ugandan
    police": every item X -> Y, asserted (the third and the one read as an adjective too)."""
    picked: list[tuple[str, str, str]] = []
    for item in sc.rng.sample(_ITEMS, len(_ITEMS)):
        if not picked and item[1] in ("train", "fund"):
            continue  # (a list that opens "X trained Y soldiers, ...": another parse, not here)
        if "fight" in item[0] and len(picked) < 2:
            continue  # (the purpose clause only on the last item)
        if all(item[1] != p[1] for p in picked):
            picked.append(item)
        if len(picked) == 3:
            break
    parts = [_fill(p.replace("{V}", _FORMS[v]), sc) for p, v, _ in picked]
    has = sc.rng.choice(("has ", ""))
    text = f"{_cap(sc.name(sc.s))} {has}{parts[0]}, {parts[1]} and {parts[2]}."
    expected = tuple(_e(sc.s, sc.t, _r(root), ASSERTED) for _, _, root in picked)
    return text, expected, (_e(sc.s, sc.t, _r("05", "06", "07"), ASSERTED),)


_ASKER = ("{Sposs} president", "{Sposs} foreign minister", "{S}", "{Sposs} government")
_ASK = (("asked {T} to", "02"), ("urged {Tc} to", "02"), ("called on {T} to", "02"),
        ("appealed to {Tc} to", "02"))  # fmt: skip
_STOP = ("stop", "cease", "halt", "stop", "end")
_ACT = ("deporting {Sdem} migrants", "arresting {Sdem} traders", "expelling {Sdem} workers",
        "deporting {Sdem} migrants who cross the border", "detaining {Sdem} fishermen",
        "expelling {Sdem} students", "arresting {Sdem} fishermen in its waters")  # fmt: skip
_ANSWER = ("", ", a request {Tlead} promised to consider", "")


def c32_stop_request(sc: Scene) -> Built:
    """ "Somalia's president asked Kenya to stop deporting Somali migrants": the request X -> Y
    only; the act under "stop" is asked for, never asserted as Y's."""
    asker = _cap(_fill(sc.rng.choice(_ASKER), sc))
    ask, root = sc.rng.choice(_ASK)
    act = _fill(sc.rng.choice(_ACT), sc)
    answer = sc.rng.choice(_ANSWER).format(Tlead=sc.leader(sc.t))
    text = f"{asker} {_fill(ask, sc)} {sc.rng.choice(_STOP)} {act}{answer}."
    expected = (_e(sc.s, sc.t, _r(root), ASSERTED),)
    allowed = (
        _e(sc.s, sc.t, _r("02", "10"), ANY),
        _e(sc.t, sc.s, frozenset(), NOT_ASSERTED),
        _e(sc.t, sc.s, _r("03"), ANY),  # ("a request NAME promised to consider": `opt`)
    )
    return text, expected, allowed


_REFUSER = ("{Sposs} government", "{S}", "{Sposs} interior minister", "{Sc}")
_WOULD_NOT = ("would not expel the {Tdem} refugees living in the camps",
              "would not deport the {Tdem} refugees in the north",
              "would not expel the {Tdem} migrants living near the border")  # fmt: skip
_HOME = ("local officials", "opposition lawmakers", "parliament", "residents of the area",
         "some lawmakers", "local leaders", "farmers in the region")  # fmt: skip
_CLOSE = ("to close the camps", "to send them home", "to shut the camps", "to act")


def c32_home_rejection(sc: Scene) -> Built:
    """ "Kenya's government said it would not expel the Somali refugees living in the camps,
    rejecting calls from local officials to close the camps": the expulsion X -> Y negated; no
    refusal with no target, none aimed at X's own state."""
    refuser = _cap(_fill(sc.rng.choice(_REFUSER), sc))
    would = _fill(sc.rng.choice(_WOULD_NOT), sc)
    calls = sc.rng.choice(("calls", "demands"))
    text = (
        f"{refuser} said it {would}, rejecting {calls} from {sc.rng.choice(_HOME)} "
        f"{sc.rng.choice(_CLOSE)}."
    )
    return text, (_e(sc.s, sc.t, _r("17"), NEGATED),), (_e(sc.s, sc.t, _r("12"), ANY),)


_GROUPS = ("any armed group", "any smugglers", "militants", "any gunmen", "armed groups",
           "anyone")  # fmt: skip
_FIRE = ("fire on", "shoot at", "open fire on", "fire on")
_CROSSED = ("that crossed", "that crossed the border", "crossing the border",
            "who crossed", "that tried to cross")  # fmt: skip


def _warning_body(sc: Scene, speaker: str, victim: str) -> str:
    soldiers = sc.rng.choice(("soldiers", "troops", "its soldiers", "border guards"))
    crossed = sc.rng.choice(_CROSSED)
    if victim == "anyone":
        crossed = sc.rng.choice(("who crossed", "crossing the border illegally"))
    return f"{speaker} warned that {soldiers} would {sc.rng.choice(_FIRE)} {victim} {crossed}"


def c32_stateless_warning(sc: Scene) -> Built:
    """ "Kenyan troops were deployed along the border with Somalia, and an army spokesman warned
    that soldiers would fire on any armed group that crossed": the deployment X -> Y only."""
    deployed = sc.rng.choice(("troops were deployed", "soldiers were deployed",
                              "troops have been deployed"))  # fmt: skip
    speaker = sc.rng.choice(("an army spokesman", "a military spokesman",
                             "the defence minister", "the army chief"))  # fmt: skip
    body = _warning_body(sc, speaker, sc.rng.choice(_GROUPS))
    text = f"{sc.s.demonym} {deployed} along the border with {sc.t.name}, and {body}."
    return text, (_e(sc.s, sc.t, _r("15"), ASSERTED),), ()


def c32_state_warning(sc: Scene) -> Built:
    """ "Kenya warned that its soldiers would fire on any Somali soldiers who crossed the
    border": a threat X -> Y (asserted, or the force `possible`)."""
    victim = sc.rng.choice(("any {Tdem} soldiers", "{Tdem} troops", "any {Tdem} patrol boats"))
    speaker = sc.rng.choice(("a {Sdem} army spokesman", "{Sposs} defence minister",
                             "{Sposs} army chief", "{S}"))  # fmt: skip
    text = f"{_cap(_warning_body(sc, _fill(speaker, sc), _fill(victim, sc)))}."
    expected = (Expect(sc.s.iso3, sc.t.iso3, _r("13", "19"), ASSERTED | POSSIBLE),)
    return text, expected, (_e(sc.s, sc.t, _r("13", "19"), ANY),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c32_saying_conjunct": c32_saying_conjunct,
    "c32_attribution_conjunct": c32_attribution_conjunct,
    "c32_three_list": c32_three_list,
    "c32_stop_request": c32_stop_request,
    "c32_home_rejection": c32_home_rejection,
    "c32_stateless_warning": c32_stateless_warning,
    "c32_state_warning": c32_state_warning,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
# (a list item after "in X and" or read as a place's conjunct is still lost on some draws)
FLOORS["c32_three_list"] = (21, 0)
