"""Round 29's party and reference classes (issue 9, parties47: fresh23's A, B, D and G), as
suite constructions crossed with the suite's states by name, capital, demonym and leader:

- ``p47_summons_purpose`` (G): "... and CAPITAL summoned X's ambassador to demand an
  explanation": the demand is the summoner's, never the envoy's (``_reading._SUMMONING``);
- ``p47_yield_pair`` (A): "X and Y bargained over rice for months. In the end CAPITAL made no
  concession": the yield at the paragraph's other state (``story_yield_pair``);
- ``p47_resumed_talks`` (B): "X and Y have spent a year patching up their quarrel. Border talks
  have resumed": X <-> Y 04 (``resumed_talks``);
- ``p47_signed_document`` (A): "... signed a declaration on joint patrols. NAME said X could
  lend Y a ship. Z's ministry condemned the declaration": Z at both signers
  (``signed_documents``);
- ``p47_refused_object`` (A): "LEADER refused to reopen the tariffs Y pays under the deal(,
  which Y-ian ministers had asked him to lower)": X -> Y 12 (``refused_objects``);
- ``p47_questioned`` (B): "X-ian police detained a Y-ian journalist. He was being questioned /
  was later deported": the holder's act at Y (``agentless_story``, the 090 row);
- ``p47_markets`` (B): "Y's cocoa has been shut out of X-ian markets": X -> Y 16
  (``market_owner``);
- ``p47_relative_verb`` (D): "X, which had little presence in CAPITAL a decade ago, now channels
  money (aid) to Y": X -> Y 07 (``_relative_subject_verb``, ``routed_aid``), and "although it
  declined Z's request" X -> Z 12 (``_concessive_news``);
- ``p47_colon`` (D): "X has been blunter with Y: it funds language schools and then freezes
  cultural grants": X -> Y 07 and 16 (``colon_partner``);
- ``p47_untitled_minister`` (G): "Economy Minister NAME warned that X would restrict Y-ian fruit
  at its ports": X -> Y 13, never Y's (``own_future_speaker``);
- ``p47_won_promise`` (G): "CAPITAL's persistence won it only a promise of more talks": no
  promise by the winner (``won_promises``).

Scores on main (787e2e74) before the fix, 24 cases each, seed 0: p47_summons_purpose 5/24 (19
false), p47_yield_pair 0/24, p47_resumed_talks 0/24, p47_signed_document 15/24,
p47_refused_object 0/24 (2 false), p47_questioned 0/24, p47_markets 0/24, p47_relative_verb
0/24 (2 false), p47_colon 0/24, p47_untitled_minister 0/24 (24 false), p47_won_promise 10/24
(14 false). After: 24/24 each, 0 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

_POLICE = ("{dem} police", "Police in {name}", "{dem} security officers")
_ACTIVISTS = ("activists", "students", "trade unionists")


def p47_summons_purpose(sc: Scene) -> Built:
    """ "X-ian police arrested three Y-ian activists ... and CAPITAL summoned X's ambassador to
    demand an explanation": Y -> X 11 (the summons), no X -> Y demand."""
    police = sc.rng.choice(_POLICE).format(dem=sc.s.demonym, name=sc.s.name)
    people = f"three {sc.t.demonym} {sc.rng.choice(_ACTIVISTS)}"
    who = sc.rng.choice((sc.t.capital, sc.t.name))
    why = sc.rng.choice(("to demand an explanation", "to demand their release",
                         "to demand an apology"))  # fmt: skip
    text = (f"{_cap(police)} arrested {people} in {sc.s.capital} and deported them. "
            f"{_poss(sc.t.name)} ambassador called the deportations excessive, and {who} "
            f"summoned {_poss(sc.s.name)} ambassador {why}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("17"), ASSERTED), _e(sc.t, sc.s, _r("11"), ASSERTED))
    allowed = (_e(sc.t, sc.s, _r("10", "11"), ANY), _e(sc.s, sc.t, _r("17"), ANY),
               Expect(sc.t.iso3, "", _r("10", "11"), ANY))  # fmt: skip
    return text, want, allowed


_BARGAINED = ("bargained over rice quotas for months", "haggled over gas prices all year",
              "argued over fishing rights for a decade")  # fmt: skip
_YIELDS = (("made no concession on the quotas", NEGATED), ("made no concessions", NEGATED),
           ("eased its customs rules in March", ASSERTED),
           ("did not ease its customs rules", NEGATED))  # fmt: skip


def p47_yield_pair(sc: Scene) -> Built:
    """ "X and Y bargained over rice for months. In the end CAPITAL made no concession": X ->
    Y 08 (negated, or done)."""
    yielded, fact = sc.rng.choice(_YIELDS)
    lead = sc.rng.choice(("In the end ", "", "So far "))
    doer = sc.rng.choice((sc.s.capital, sc.s.name))
    text = f"{sc.s.name} and {sc.t.name} {sc.rng.choice(_BARGAINED)}. {lead}{doer} {yielded}."
    return _cap(text), (_e(sc.s, sc.t, _r("08"), fact),), ()


_QUARRELS = ("have spent a year patching up their quarrel over the border",
             "fell out over fishing rights last spring",
             "have argued over water from the shared river for years")  # fmt: skip
_RESUMED = ("Border talks have resumed", "Talks on the quotas resumed on Monday",
            "Trade talks have resumed, and the two envoys are back at their desks",
            "Negotiations began again in March")  # fmt: skip


def p47_resumed_talks(sc: Scene) -> Built:
    """ "X and Y have spent a year patching up their quarrel. Border talks have resumed": X <->
    Y 04."""
    text = f"{sc.s.name} and {sc.t.name} {sc.rng.choice(_QUARRELS)}. {sc.rng.choice(_RESUMED)}."
    want = (_e(sc.s, sc.t, _r("04"), ASSERTED), _e(sc.t, sc.s, _r("04"), ASSERTED))
    allowed = (_e(sc.s, sc.t, _r("11", "12", "13"), ANY), _e(sc.t, sc.s, _r("11", "12", "13"), ANY))
    return _cap(text), want, allowed


_NAMES = ("Ana Petrin", "Tomas Orel", "Lena Vogt", "Paul Njoroge", "Ivan Petrak", "Luis Ocampo")
_DOCUMENTS = (("a declaration on joint patrols", "the declaration"),
              ("a memorandum on border policing", "the memorandum"),
              ("a protocol on river traffic", "the protocol"))  # fmt: skip
_CONDEMNERS = ("{Zposs} foreign ministry", "{Zposs} government", "{Z}")
_CONDEMNED = ("condemned {doc} as a threat", "criticised {doc}", "protested against {doc}")


def p47_signed_document(sc: Scene) -> Built:
    """ "... the two ministers signed a declaration. NAME said X could lend Y a ship. Z's
    ministry condemned the declaration": Z -> X and Z -> Y (11)."""
    name = sc.rng.choice(_NAMES)
    signed, doc = sc.rng.choice(_DOCUMENTS)
    meet = sc.rng.choice((
        f"{sc.s.demonym} Defence Minister {name} met {_poss(sc.t.name)} defence minister in "
        f"{sc.t.capital}, and the two ministers signed {signed}",
        f"{sc.s.name} and {sc.t.name} signed {signed} on Monday",
    ))  # fmt: skip
    between = sc.rng.choice((
        f"{sc.s.name} said it could also lend {sc.t.name} a patrol ship. ",
        "Officials said the first joint patrols would start in June. ",
    ))  # fmt: skip
    who = sc.rng.choice(_CONDEMNERS).format(Zposs=_poss(sc.z.name), Z=sc.z.name)
    text = f"{meet}. {between}{_cap(who)} {sc.rng.choice(_CONDEMNED).format(doc=doc)}."
    want = (_e(sc.z, sc.s, _r("11", "14"), ASSERTED), _e(sc.z, sc.t, _r("11", "14"), ASSERTED))
    allowed = (_e(sc.s, sc.t, frozenset(), ANY), _e(sc.t, sc.s, frozenset(), ANY),
               Expect(sc.t.iso3, "", frozenset(), ANY), Expect(sc.s.iso3, "", frozenset(), ANY))  # fmt: skip
    return text, want, allowed


_REOPENED = ("reopen", "cut", "review", "lower")
_THINGS = ("the tariffs {T} pays under the deal", "the fees {Tdem} lorries pay at the border",
           "the levies {T} pays on transit cargo")  # fmt: skip
_ASKED = ("", ", which {Tdem} ministers had asked him to lower",
          ", which {Tdem} officials have asked for months to cut")  # fmt: skip


def p47_refused_object(sc: Scene) -> Built:
    """ "LEADER refused to reopen the tariffs Y pays under the deal, which Y-ian ministers had
    asked him to lower": X -> Y 12."""
    leader = sc.leader(sc.s)
    thing = sc.rng.choice(_THINGS).format(T=sc.t.name, Tdem=sc.t.demonym)
    asked = sc.rng.choice(_ASKED).format(Tdem=sc.t.demonym)
    text = (f"{sc.s.name} signed a transit deal with {sc.t.name} in 2022. {leader} refused to "
            f"{sc.rng.choice(_REOPENED)} {thing}{asked}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("12"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("05", "06", "03"), ANY), _e(sc.t, sc.s, _r("05", "06", "02"), ANY))
    return text, want, allowed


_HELD = ("a {Tdem} journalist", "a {Tdem} businesswoman", "a {Tdem} student")
_AFTER = (("He was being questioned over his reporting, the police spokesman said", "09",
           REPORTED),
          ("She was questioned for six hours", "09", ASSERTED),
          ("He was later deported, the police spokesman said", "17", REPORTED))  # fmt: skip


def p47_questioned(sc: Scene) -> Built:
    """ "X-ian police detained a Y-ian journalist at the airport. He was being questioned":
    X -> Y 17, and X -> Y 09 (the holder's questioning)."""
    police = sc.rng.choice(_POLICE).format(dem=sc.s.demonym, name=sc.s.name)
    held = sc.rng.choice(_HELD).format(Tdem=sc.t.demonym)
    after, root, fact = sc.rng.choice(_AFTER)
    text = f"{_cap(police)} detained {held} at the airport on Sunday. {after}."
    want = (_e(sc.s, sc.t, _r("17"), ASSERTED), _e(sc.s, sc.t, _r(root), fact))
    return text, want, ()


_GOODS = ("cocoa", "beef", "fruit", "timber", "salmon")
_SHUT = ("has been shut out of {Xdem} markets since March", "was barred from {Xdem} markets in May",
         "has been kept out of {Xposs} markets since 2024")  # fmt: skip


def p47_markets(sc: Scene) -> Built:
    """ "Y's cocoa has been shut out of X-ian markets since March": X -> Y 16."""
    goods = sc.rng.choice((f"{_poss(sc.t.name)} {sc.rng.choice(_GOODS)}",
                           f"{sc.t.demonym} {sc.rng.choice(_GOODS)}"))  # fmt: skip
    shut = sc.rng.choice(_SHUT).format(Xdem=sc.s.demonym, Xposs=_poss(sc.s.name))
    return _cap(f"{goods} {shut}."), (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


_PRESENCE = ("had little presence in {Zcap} a decade ago", "barely mattered in {Z} in 2015",
             "had no embassy in {Zcap} until 1992")  # fmt: skip
_ROUTED = ("channels flood aid to {T} through {Z}", "channels humanitarian money to {T}",
           "funnels relief aid to {T} through {Z}", "funds language schools in {T}")  # fmt: skip


def p47_relative_verb(sc: Scene) -> Built:
    """ "X, which had little presence in CAPITAL a decade ago, now channels aid to Y (, although
    it declined Z's request to ease its visa rules)": X -> Y 07 (and X -> Z 12)."""
    presence = sc.rng.choice(_PRESENCE).format(Zcap=sc.z.capital, Z=sc.z.name)
    routed = sc.rng.choice(_ROUTED).format(T=sc.t.name, Z=sc.z.name)
    declined = sc.rng.random() < 0.5
    tail = (
        f", although it declined {_poss(sc.z.name)} request to ease its visa rules"
        if declined
        else ""
    )
    text = f"{sc.s.name}, which {presence}, now {routed}{tail}."
    want = [_e(sc.s, sc.t, _r("07"), ASSERTED)]
    if declined:
        want.append(_e(sc.s, sc.z, _r("12"), ASSERTED))
    allowed = (Expect(sc.z.iso3, "", _r("02"), ANY), _e(sc.z, sc.s, _r("02"), ANY))
    return _cap(text), tuple(want), allowed


_LEAD_INS = ("has been blunter with {T}", "has been generous to {T}", "has been tough on {T}")
_COLON_ACTS = (("it funds language schools and then freezes cultural grants", ("07", "16")),
               ("it funds border clinics", ("07",)),
               ("it froze cultural grants twice this year", ("16",)))  # fmt: skip


def p47_colon(sc: Scene) -> Built:
    """ "X has been blunter with Y: it funds language schools and then freezes cultural
    grants": X -> Y 07 and X -> Y 16."""
    acts, roots = sc.rng.choice(_COLON_ACTS)
    lead = sc.rng.choice(_LEAD_INS).format(T=sc.t.name)
    text = f"{sc.s.name} {lead}: {acts}."
    return _cap(text), tuple(_e(sc.s, sc.t, _r(r), ASSERTED) for r in roots), ()


_OFFICES = ("Economy Minister", "Trade Minister", "Agriculture Minister")
_RESTRICTED = ("restrict {Tdem} fruit at its ports", "ban {Tdem} cement imports",
               "close its ports to {Tdem} trucks")  # fmt: skip


def p47_untitled_minister(sc: Scene) -> Built:
    """ "X-ian customs turned back 80 Y-ian trucks. Economy Minister NAME warned that X would
    restrict Y-ian fruit at its ports if ...": X -> Y 13 (the threat), never Y's."""
    who = f"{sc.rng.choice(_OFFICES)} {sc.rng.choice(_NAMES)}"
    what = sc.rng.choice(_RESTRICTED).format(Tdem=sc.t.demonym)
    text = (f"{sc.s.demonym} customs turned back 80 {sc.t.demonym} trucks at the border. {who} "
            f"warned that {sc.s.name} would {what} if the trucks were not let through by "
            f"Friday.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("19"), ASSERTED), _e(sc.s, sc.t, _r("13"), ASSERTED))
    allowed = (_e(sc.s, sc.t, _r("16", "13"), ANY),)
    return _cap(text), want, allowed


def p47_won_promise(sc: Scene) -> Built:
    """ "X gave Y nothing on the fees. CAPITAL's persistence won it only a promise of more
    talks": no promise by Y (nothing asserted of Y's own)."""
    who = sc.rng.choice((sc.t.capital, sc.t.name))
    what = sc.rng.choice(("persistence", "lobbying", "patience"))
    got = sc.rng.choice(("won it only a promise of more talks", "won it a vague pledge of help",
                         "earned it only a promise of further study"))  # fmt: skip
    text = f"{sc.s.name} gave {sc.t.name} nothing on the fees. {_poss(who)} {what} {got}."
    allowed = (_e(sc.s, sc.t, _r("03"), ANY), Expect(sc.s.iso3, "", _r("03"), ANY))
    return _cap(text), (), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p47_summons_purpose": p47_summons_purpose,
    "p47_yield_pair": p47_yield_pair,
    "p47_resumed_talks": p47_resumed_talks,
    "p47_signed_document": p47_signed_document,
    "p47_refused_object": p47_refused_object,
    "p47_questioned": p47_questioned,
    "p47_markets": p47_markets,
    "p47_relative_verb": p47_relative_verb,
    "p47_colon": p47_colon,
    "p47_untitled_minister": p47_untitled_minister,
    "p47_won_promise": p47_won_promise,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
