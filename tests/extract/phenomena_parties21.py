"""Denials of an act against a named state (issue 9, parties21: practice2's left class), crossed
with states, namings (name, capital, "the S government", the foreign ministry) and phrasings.

p21a: "S denied that its territory was being used against T", "... had been used to attack T",
"... served as a base for raids against T": with no accusation before it, the denial (016) is
aimed at T, the state the denied act would have wronged (``parties.denied_victims``); the denied
act itself, if a trigger, is at most negated.
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _poss


def _e(a: State, b: State | str, roots: set[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset(roots), facts)


def _hedged(a: State | str) -> Expect:
    """Any event of ``a`` that is not asserted (the denied clause's own act)."""
    return Expect(a if isinstance(a, str) else a.iso3, "*", frozenset(), NOT_ASSERTED)


def _denier(sc: Scene) -> str:
    s = sc.s
    return sc.rng.choice(
        (sc.name(s), s.capital, f"{_poss(s.name)} foreign ministry", f"the {s.demonym} government")
    )


_GROUNDS = ("its territory", "any base on its soil", "its airspace", "its main port",
            "an airfield on its soil", "its soil")  # fmt: skip
_USED = ("was being used", "had been used", "was used", "has been used")
_AGAINST = ("against {T}", "to attack {T}", "for attacks on {T}", "for raids against {T}",
            "to launch attacks against {T}", "to strike {T}")  # fmt: skip
_DENIED = ("denied", "has denied", "denied on Monday")


def p21a_denied_against(sc: Scene) -> Built:
    """ "S denied that its territory was used against T": S -> T 016, asserted."""
    rng, s, t = sc.rng, sc.s, sc.t
    ground, used = rng.choice(_GROUNDS), rng.choice(_USED)
    against = sc.fill(rng.choice(_AGAINST))
    text = f"{_cap(_denier(sc))} {rng.choice(_DENIED)} that {ground} {used} {against}."
    return text, (_e(s, t, {"01"}),), (_hedged(s), _hedged(t), _hedged("---"))


PARTIES21_CONSTRUCTIONS = {"p21a_denied_against": p21a_denied_against}
FLOORS = {name: (23, 0) for name in PARTIES21_CONSTRUCTIONS}
# Main before parties21 (61e6ca1; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): p21a 0/0 (the denial with no target; the denied act, negated, aimed at T). After:
# 24/0.
