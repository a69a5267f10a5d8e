"""Round 30's pronoun and embedded-clause party classes (issue 9, parties48: the wrong party in
a slot, recurring in every blind set's review), as suite constructions crossed with the suite's
states by name, capital, demonym and leader:

- ``p48_repaired_subject``: a pronoun after a sentence whose subject a parse repair made
  ("Despite its ties with Z, X expelled two Y-ian diplomats. It accused Y of spying"; "On Monday
  X again demanded compensation from Y. It also accused Y ..."): "it" is X, never the object
  (``MentionMap.note_subjects``: subjects are read again after each sentence's repair);
- ``p48_help_fight``: "X sent troops to help Y('s army / President K) fight rebels backed by
  Z": X -> Y, never the rebels (the embedded clause's object) nor their backer Z;
- ``p48_boat_pronoun``: "X-ian police seized a boat carrying Y-ian nationals. They were later
  deported / He was questioned": the holder's act at Y, never Y's at the police.

Scores on main (cf5aeb11) before the fix are in the module's commit message and the report.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

_FRONTED = (
    "Despite its ties with {Z}, ",
    "Despite its long friendship with {Z}, ",
    "Unlike its ally {Z}, ",
    "Despite pressure from {Z}, ",
)
_FIRST = (
    ("expelled two {Tdem} diplomats", "16"),
    ("recalled its ambassador from {T}", "16"),
    ("closed its border with {T}", "19"),
    ("expelled two diplomats from {Tposs} embassy", "16"),
)
_THEN = (
    ("It accused {T} of spying", "11"),
    ("It also accused {T} of arming rebels", "11"),
    ("It said {T} had meddled in its elections", ""),
    ("It condemned {T} for the attack", "11"),
)


def p48_repaired_subject(sc: Scene) -> Built:
    """ "Despite its ties with Z, X expelled two Y-ian diplomats. It accused Y of spying": X ->
    Y (both acts); "On Monday X again demanded compensation from Y. It also accused Y of
    lying": X -> Y 10 and 11."""
    tname = sc.t.name
    first, root1 = sc.rng.choice(_FIRST)
    then, root2 = sc.rng.choice(_THEN)
    when = sc.rng.choice((" on Monday", " on Tuesday", " this week", ""))
    if sc.rng.random() < 0.5:
        lead = sc.rng.choice(_FRONTED).format(Z=sc.z.name)
    else:
        when = ""
        lead = sc.rng.choice(("On Monday ", "On Tuesday ", "Last week "))
        first, root1 = sc.rng.choice((
            ("again demanded compensation from {T}", "10"),
            ("again demanded an apology from {T}", "10"),
        ))  # fmt: skip
    first = first.format(T=tname, Tdem=sc.t.demonym, Tposs=_poss(tname))
    then = then.format(T=tname)
    text = f"{lead}{sc.s.name} {first}{when}. {then}."
    want = [_e(sc.s, sc.t, _r(root1), ASSERTED)]
    if root2:
        want.append(_e(sc.s, sc.t, _r(root2), ASSERTED))
    allowed = (
        _e(sc.s, sc.t, _r("10", "11", "12", "16", "19"), ANY),
        Expect(sc.s.iso3, "", _r("11", "16", "19"), ANY),
        _e(sc.t, sc.s, _r("17", "09", "18"), ANY),  # (the charge's content: "its elections")
    )
    return _cap(text), tuple(want), allowed


_HELPED = (
    "{T}",
    "{Tposs} army",
    "{Tposs} government",
    "the {Tdem} army",
    "President {Tlead}",
)
_SENT = (
    ("sent troops to help {Y} fight rebels backed by {Z}", ("07", "06", "04")),
    ("sent soldiers to help {Y} fight insurgents armed by {Z}", ("07", "06", "04")),
    ("sent military advisers to help {Y} defeat militias funded by {Z}", ("07", "06", "04")),
    ("deployed troops to help {Y} fight {Zdem}-backed rebels", ("07", "06", "04", "15")),
    ("agreed to help {Y} fight insurgents armed by {Z}", ("03",)),
    ("pledged to help {Y} defeat militias funded by {Z}", ("03",)),
)


def p48_help_fight(sc: Scene) -> Built:
    """ "X sent troops to help Y('s army) fight rebels backed by Z": X -> Y (aid, support or a
    pledge), never X -> the rebels or X -> Z; Z's backing is the rebels' background (GUIDE rule
    1: a past-participle modifier)."""
    t = sc.t
    lead = sc.leader(t)
    pool = _HELPED if lead != t.name else _HELPED[:4]
    helped = sc.rng.choice(pool).format(T=t.name, Tposs=_poss(t.name), Tdem=t.demonym, Tlead=lead)
    act, roots = sc.rng.choice(_SENT)
    text = f"{sc.s.name} {act.format(Y=helped, Z=sc.z.name, Zdem=sc.z.demonym)}."
    want = (_e(sc.s, sc.t, _r(*roots), ASSERTED),)
    allowed = (
        _e(sc.s, sc.t, _r("03", "04", "06", "07", "08", "15"), ANY),
        _e(sc.z, sc.t, _r("07", "06"), ANY),  # (the backing: background, rule 1)
        Expect(sc.z.iso3, "", _r("07", "06"), ANY),
    )
    return _cap(text), want, allowed


_POLICE = ("{dem} police", "{dem} coastguards", "{dem} border guards", "the {dem} navy")
_CARRIED = ("a boat carrying {n} {Tdem} nationals", "a fishing boat carrying {n} {Tdem} men",
            "a dhow carrying {n} {Tdem} migrants", "a trawler with {n} {Tdem} fishermen aboard")  # fmt: skip
_AFTER = (
    ("They were later deported", "17"),
    ("They were deported on Tuesday", "17"),
    ("They were questioned for six hours", "09"),
    ("The men were later deported", "17"),
)


def p48_boat_pronoun(sc: Scene) -> Built:
    """ "X-ian police seized a boat carrying Y-ian nationals. They were later deported": X ->
    Y 17 (the seizure) and X -> Y 17 / 09 (what the holder did to the people carried)."""
    police = sc.rng.choice(_POLICE).format(dem=sc.s.demonym)
    boat = sc.rng.choice(_CARRIED).format(n=sc.rng.choice((12, 30, 7)), Tdem=sc.t.demonym)
    after, root = sc.rng.choice(_AFTER)
    verb = sc.rng.choice(("seized", "intercepted", "detained"))
    text = f"{_cap(police)} {verb} {boat} off the coast on Sunday. {after}."
    want = (_e(sc.s, sc.t, _r("17"), ASSERTED), _e(sc.s, sc.t, _r(root), ASSERTED))
    allowed = (_e(sc.s, sc.t, _r("17", "09", "19"), ANY),)
    return _cap(text), want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p48_repaired_subject": p48_repaired_subject,
    "p48_help_fight": p48_help_fight,
    "p48_boat_pronoun": p48_boat_pronoun,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
