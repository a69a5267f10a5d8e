"""Round 26's party leftovers (issue 9, parties39) as suite constructions, written from the
GUIDE and the CAMEO codebook, crossed with the suite's states named by name, capital, demonym
or leader, and several phrasings each:

- ``p39_natural_agent``: "An earthquake struck Y", "Floods hit Y last week", "A fire swept
  through Y's embassy in CAPITAL", "Y was hit by a hurricane", "The quake that struck Y killed
  hundreds": no state is the doer of a natural event or an accident (CAMEO codes actors' acts):
  no event (before: Y -> Y 190, or another named state as doer); the aid that follows is its
  real giver's ("..., and X sent rescue teams to Y": X -> Y 07);
- ``p39_inverted_condition``: "Were X to V Y, markets would ...", "Should X V Y, the region
  would ...", "Had X V-ed Y, oil prices would have ...", and the same after the main clause
  ("oil prices would have soared had X attacked Y"), with a state or its leader as X: the act
  is X's at Y, `possible` (GUIDE: an inverted condition is read as "if X ..."; its own act is
  never asserted). Before: a leader after "Were" was taken for a given name of someone else,
  a name after "Had" for an auxiliary (X lost: Y -> Y), and a trailing "had X V-ed" was
  asserted.
Scores on main (2bdf4fc) before the fixes, 24 cases each (seed 0): p39_natural_agent 9/24
(false Y -> Y 190), p39_inverted_condition 17/24 (trailing "had" asserted, leaders lost);
after: 24/24 each, 0 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, Built, Expect, Scene, _cap, _poss

_POSSIBLE = frozenset({"possible"})


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


# Natural events and accidents with a verb of striking ({T}: the struck state's name).
_DISASTERS = (
    "An earthquake struck {T} on Monday, killing 40 people.",
    "Floods hit {T} last week.",
    "A powerful cyclone battered {T} on Sunday.",
    "Wildfires ravaged {T} this summer.",
    "A magnitude 7.1 quake rocked {T} early on Friday.",
    "A hurricane struck {T} and destroyed thousands of homes.",
    "A fire swept through {Tposs} embassy in {Zcap} on Tuesday.",
    "A blaze gutted {Tposs} consulate in {Zcap}.",
    "{T} was hit by a powerful typhoon on Saturday.",
    "The earthquake that struck {T} killed hundreds of people.",
    "Torrential floods swept across {T}, killing dozens.",
    "A tsunami devastated the coast of {T}.",
    "A drought has hit {T} and its neighbours.",
    "A landslide buried two villages in {T} on Wednesday.",
)  # fmt: skip
_AID = (
    " {S} sent rescue teams to {T}.",
    " {S} sent aid to {T} on Tuesday.",
    " {S} has flown tents and medicine to {T}.",
)  # fmt: skip


def p39_natural_agent(sc: Scene) -> Built:
    """ "An earthquake struck Turkey": no event (no state did it); "... Germany sent rescue
    teams to Turkey": DEU -> TUR 07, the aid's real giver."""
    t = sc.name(sc.t, capital=0.0)
    text = sc.rng.choice(_DISASTERS).format(T=t, Tposs=_poss(t), Zcap=sc.z.capital)
    # (a fire in an embassy abroad is in the third state: no party there either)
    if sc.rng.random() < 0.35:
        text += sc.rng.choice(_AID).format(S=_cap(sc.name(sc.s, capital=0.0)), T=t)
        want = (_e(sc.s, sc.t, frozenset({"07"}), frozenset({"asserted"})),)
        return text, want, (_e(sc.s, sc.t, frozenset({"03", "06"}), ANY),)
    return text, (), ()


# Acts held out as the condition: (bare verb phrase, past participle phrase, roots).
_ACTS = (
    ("invade {T}", "invaded {T}", "19"),
    ("attack {T}", "attacked {T}", "19"),
    ("blockade {T}", "blockaded {T}", "19"),
    ("impose sanctions on {T}", "imposed sanctions on {T}", "16"),
    ("fire missiles at {T}", "fired missiles at {T}", "19"),
    ("expel {Tposs} ambassador", "expelled {Tposs} ambassador", "16"),
    ("cut gas supplies to {T}", "cut gas supplies to {T}", "16"),
    ("seize {Tposs} islands", "seized {Tposs} islands", "19"),
)  # fmt: skip
# Main clauses naming no act of their own.
_MAINS = (
    "markets would tumble",
    "the region would be thrown into turmoil",
    "oil prices would soar",
    "the consequences would be grave",
)  # fmt: skip
_MAINS_PAST = (
    "markets would have tumbled",
    "the region would have been thrown into turmoil",
    "oil prices would have soared",
    "the consequences would have been grave",
)  # fmt: skip


def p39_inverted_condition(sc: Scene) -> Built:
    """ "Were Putin to attack Poland, markets would tumble", "Oil prices would have soared had
    Iran attacked Israel": the act X -> Y, possible."""
    x = sc.leader(sc.s) if sc.rng.random() < 0.4 else sc.name(sc.s, capital=0.3)
    t = sc.name(sc.t, capital=0.0)
    bare, done, root = sc.rng.choice(_ACTS)
    bare, done = bare.format(T=t, Tposs=_poss(t)), done.format(T=t, Tposs=_poss(t))
    form = sc.rng.randrange(6)
    if form == 0:
        text = f"Were {x} to {bare}, {sc.rng.choice(_MAINS)}."
    elif form == 1:
        text = f"Should {x} {bare}, {sc.rng.choice(_MAINS)}."
    elif form == 2:
        text = f"Had {x} {done}, {sc.rng.choice(_MAINS_PAST)}."
    elif form == 3:
        text = f"{_cap(sc.rng.choice(_MAINS))} were {x} to {bare}."
    elif form == 4:
        text = f"{_cap(sc.rng.choice(_MAINS))} should {x} {bare}."
    else:
        text = f"{_cap(sc.rng.choice(_MAINS_PAST))} had {x} {done}."
    want = (_e(sc.s, sc.t, frozenset({root}), _POSSIBLE),)
    return text, want, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p39_natural_agent": p39_natural_agent,
    "p39_inverted_condition": p39_inverted_condition,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
