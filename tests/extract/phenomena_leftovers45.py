"""Round 30's leftovers (issue 9, leftovers45): what the practice-set helpers noticed and did
not do, as suite constructions crossed with the suite's states named by name, capital, leader
or demonym and several phrasings:

- ``lo45_denied_relative``: "X accused Y of V-ing, which Y denied", "..., a charge (claim) Y
  has denied", "..., allegations that Y rejects": Y -> X 016 beside X -> Y 112 (main: the
  denial in a relative clause was background, dropped; "rejects" coded 120);
- ``lo45_undenied_relative``: "..., which Y did not deny", "a charge Y has not denied": no
  denial, and the accusation asserted (main: negated by the appositive's "not");
(left: "a claim Y rejects" with "rejects" tagged a plural noun.)
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _e, _r

_CHARGED = ("shelling the plant", "spying", "meddling in its election", "arming rebels",
            "shelling border villages", "sheltering militants", "backing the rebels",
            "plotting a coup", "violating the ceasefire")  # fmt: skip
_ACCUSE = ("accused {T} of {act}", "has accused {T} of {act}", "blamed {T} for {act}")
_DENIALS = (", which {Y} denied", ", which {Y} has denied", ", which {Y} denies",
            ", which {Y} rejected", ", which {Y} dismissed", ", a charge {Y} has denied",
            ", a charge {Y} denies", ", a claim {Y} has rejected", ", a claim that {Y} has denied",
            ", allegations that {Y} rejected", ", an accusation {Y} denied",
            ", allegations {Y} has dismissed", ", charges that {Y} denied")  # fmt: skip
_WHEN = ("", " on Monday", " this week")


def lo45_denied_relative(sc: Scene) -> Built:
    """ "Russia accused Ukraine of shelling the plant, which Kyiv denied": UKR -> RUS 016 and
    RUS -> UKR 112, both asserted."""
    t_name = sc.name(sc.t, capital=0.0)
    accuse = sc.rng.choice(_ACCUSE).format(T=t_name, act=sc.rng.choice(_CHARGED))
    subj = sc.rng.choice((sc.name(sc.s), sc.name(sc.s), sc.leader(sc.s)))
    denier = sc.rng.choice((sc.t.name, sc.t.capital, sc.t.capital))
    denial = sc.rng.choice(_DENIALS).format(Y=denier)
    text = f"{_cap(subj)} {accuse}{sc.rng.choice(_WHEN)}{denial}."
    expected = (_e(sc.s, sc.t, _r("11"), ASSERTED), _e(sc.t, sc.s, _r("01"), ASSERTED))
    return text, expected, (Expect("*", "*", frozenset(), NOT_ASSERTED),)  # (the deed, told)


_UNDENIED = (", which {Y} did not deny", ", a charge {Y} has not denied",
             ", which {Y} would neither confirm nor deny")  # fmt: skip


def lo45_undenied_relative(sc: Scene) -> Built:
    """ "Russia accused Ukraine of spying, which Kyiv did not deny": the accusation only."""
    t_name = sc.name(sc.t, capital=0.0)
    accuse = sc.rng.choice(_ACCUSE).format(T=t_name, act=sc.rng.choice(_CHARGED))
    denial = sc.rng.choice(_UNDENIED).format(Y=sc.name(sc.t, capital=0.5))
    text = f"{_cap(sc.name(sc.s))} {accuse}{denial}."
    allowed = (Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("11"), ASSERTED),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo45_denied_relative": lo45_denied_relative,
    "lo45_undenied_relative": lo45_undenied_relative,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
