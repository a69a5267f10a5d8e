"""Denials of an act against a named state (issue 9, parties21: practice2's left class), crossed
with states, namings (name, capital, "the S government", the foreign ministry) and phrasings.

p21a: "S denied that its territory was being used against T", "... had been used to attack T",
"... served as a base for raids against T": with no accusation before it, the denial (016) is
aimed at T, the state the denied act would have wronged (``parties.denied_victims``); the denied
act itself, if a trigger, is at most negated.
p21b: "A, B and C signed a pact. The juntas / the governments accused T of ...": an uncounted
plural state noun after a list of three states named together is the whole list, as "the three
juntas" is (``_counted_lists.last_list``), not its last two.
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _poss, _time


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


_FIRST = ("signed a mutual defence pact", "formed a new alliance", "signed a joint security pact",
          "agreed to pool their armed forces")  # fmt: skip
_PLURALS = ("juntas", "governments", "military governments", "regimes", "governments")
_ACTS = (
    ("accused {T} of meddling in their affairs", {"11"}),
    ("condemned the sanctions imposed by {T}", {"11"}),
    ("recalled their ambassadors from {T}", {"16"}),
    ("demanded that {T} withdraw its troops from the region", {"10"}),
    ("criticised {T} sharply", {"11"}),
)


def p21b_list_plural(sc: Scene, others: list[State]) -> Built:
    """ "A, B and C formed an alliance. The juntas accused T of ...": A, B and C -> T."""
    rng, t = sc.rng, sc.t
    listed = [sc.s, others[0], others[1]]
    names = [sc.name(x, capital=0.0) for x in listed]
    first = f"{names[0]}, {names[1]} and {names[2]} {rng.choice(_FIRST)}{_time(sc)}."
    act, roots = rng.choice(_ACTS)
    text = f"{_cap(first)} The {rng.choice(_PLURALS)} {sc.fill(act)}."
    want = tuple(_e(x, t, roots) for x in listed)
    among = tuple(
        Expect(x.iso3, y.iso3, frozenset(), ASSERTED) for x in listed for y in listed if x != y
    )
    alone = tuple(Expect(x.iso3, "", frozenset(), ASSERTED) for x in listed)
    return text, want, (*among, *alone, _hedged("*"))


PARTIES21_CONSTRUCTIONS = {"p21a_denied_against": p21a_denied_against}
OTHERS_CONSTRUCTIONS = {"p21b_list_plural": p21b_list_plural}
FLOORS = {name: (23, 0) for name in (*PARTIES21_CONSTRUCTIONS, *OTHERS_CONSTRUCTIONS)}
# Main before parties21 (61e6ca1; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): p21a 0/0 (the denial with no target; the denied act, negated, aimed at T). After:
# 24/0.
