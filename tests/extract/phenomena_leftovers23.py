"""Round 20's leftovers of earlier branches (issue 9, leftovers23) as suite constructions
crossed with the suite's states named by name or capital, each with several acts and phrasings:

- ``lo23_kept_passive``: "Y was prevented / barred / stopped / blocked from V-ing (Z) by X": X's
  act on Y, 120, as the active "X prevented Y from V-ing" (leftovers22); Y's act is not done;
- ``lo23_talks_with``: "X is / remains / has been in talks (negotiations) with Y", "X and Y are
  in talks": the talks X -> Y (04x, as "held talks"), hedged or negated with the copula
  ("could be", "is not in talks": possible, negated).

Scores on main (3bf26c5) before the fix, ``bench/phenomena.py``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _time


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _r(*roots: str) -> frozenset[str]:
    return frozenset(roots)


NEGATED = frozenset({"negated"})
POSSIBLE = frozenset({"possible"})

_KEPT = ("was prevented", "was barred", "was stopped", "was blocked", "has been prevented",
         "had been barred", "was effectively prevented")  # fmt: skip
_KEPT_ACTS = ("deploying troops to {Z}", "attacking {Z}", "joining the alliance",
              "drilling for oil", "exporting grain to {Z}", "building the dam",
              "sending warships to {Z}", "arming rebels in {Z}")  # fmt: skip


def lo23_kept_passive(sc: Scene) -> Built:
    """ "Somalia was prevented from deploying troops to Ethiopia by Kenya": 120 Kenya ->
    Somalia; the deployment is not done."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    act = sc.rng.choice(_KEPT_ACTS).format(Z=sc.name(sc.z, capital=0.0))
    kept = sc.rng.choice(_KEPT)
    if sc.rng.random() < 0.3:
        text = f"{_cap(tname)} {kept} by {sname} from {act}{_time(sc)}."
    else:
        text = f"{_cap(tname)} {kept} from {act} by {sname}{_time(sc)}."
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("12")),), allowed


_IN_TALKS = (("is in talks with {T}", ASSERTED), ("is in negotiations with {T}", ASSERTED),
             ("remains in talks with {T}", ASSERTED), ("has been in talks with {T}", ASSERTED),
             ("is not in talks with {T}", NEGATED), ("could be in talks with {T} soon", POSSIBLE),
             ("is now in direct talks with {T}", ASSERTED),
             ("is in talks with {T} over the border dispute", ASSERTED))  # fmt: skip


def lo23_talks_with(sc: Scene) -> Built:
    """ "Egypt is in talks with Sudan": the talks Egypt -> Sudan (04x) as "held talks"; "A and B
    are in talks" both ways."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    if sc.rng.random() < 0.25:
        text = f"{_cap(sname)} and {tname} are in talks{_time(sc)}."
        want = (_e(sc.s, sc.t, _r("04")), _e(sc.t, sc.s, _r("04")))
        return text, want, ()
    phrase, facts = sc.rng.choice(_IN_TALKS)
    text = f"{_cap(sname)} {phrase.format(T=tname)}."
    allowed = (_e(sc.t, sc.s, _r("04"), facts),)
    return text, (_e(sc.s, sc.t, _r("04"), facts),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo23_kept_passive": lo23_kept_passive,
    "lo23_talks_with": lo23_talks_with,
}
# Floors (fewest right of 24, most false assertions). On main (3bf26c5) before the fix, 24
# sentences each (seed 0): kept_passive 9 (4 false: the kept act asserted, the "by" phrase on the gerund), talks_with 0 (no event).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
