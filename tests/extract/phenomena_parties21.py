"""Denials of an act against a named state (issue 9, parties21: practice2's left class), crossed
with states, namings (name, capital, "the S government", the foreign ministry) and phrasings.

p21a: "S denied that its territory was being used against T", "... had been used to attack T",
"... served as a base for raids against T": with no accusation before it, the denial (016) is
aimed at T, the state the denied act would have wronged (``parties.denied_victims``); the denied
act itself, if a trigger, is at most negated.
p21b: "A, B and C signed a pact. The juntas / the governments accused T of ...": an uncounted
plural state noun after a list of three states named together is the whole list, as "the three
juntas" is (``_counted_lists.last_list``), not its last two.
p21c: "S shelled T's positions. M and N offered to mediate. M's envoy urged both sides to halt
attacks": "both sides" are the pair of the story's last hostile act, S and T, never the
mediators named since (``_referring.StoryPair.sides_at``, ``_described.pair_without``).
p21d: "S demanded that T hand over / extradite / release the suspects": the demand (10) is aimed
at the clause's subject T, also where the tagger reads a capital as an adjective of "hand"
(``_clause_noun_verbs``).
p21e: "S accused T of Z. T denied the accusation. M also rejected the accusation": the denial
(016) is the accused's, T -> S; M, charged with nothing, makes no 016 aimed at S
(``parties.third_denials``).
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


_DISPUTES = (
    ("{Sdem} troops shelled {Tdem} positions", {"19"}),
    ("{S} accused {T} of shelling its border villages", {"11"}),
    ("{S} and {T} exchanged fire across the border", {"19"}),
    ("{Sdem} forces attacked {Tdem} border posts", {"18", "19"}),
)
_MEDIATORS = ("offered to mediate", "called for restraint", "urged calm", "appealed for calm")
_URGED = ("urged both sides to halt attacks", "urged the two sides to resume talks",
          "called on both sides to show restraint", "urged both sides to return to talks",
          "asked the two sides to exercise restraint")  # fmt: skip


def p21c_sides_after_mediators(sc: Scene, others: list[State]) -> Built:
    """ "S shelled T. M and N urged calm. M urged both sides to ...": M -> S and M -> T (02)."""
    rng, s, t = sc.rng, sc.s, sc.t
    m, n = others[0], others[1]
    dispute, hostile = rng.choice(_DISPUTES)
    first = sc.fill(dispute, source=sc.name(s, capital=0.0))
    mediators = f"{sc.name(m, capital=0.0)} and {sc.name(n, capital=0.0)}"
    who = rng.choice((sc.name(m), f"{_poss(m.name)} envoy", f"the {m.demonym} foreign minister"))
    text = (
        f"{_cap(first)}{_time(sc)}. {mediators} {rng.choice(_MEDIATORS)}. "
        f"{_cap(who)} {rng.choice(_URGED)}."
    )
    want = (_e(m, s, {"02"}), _e(m, t, {"02"}))
    fight = tuple(_e(x, y, hostile) for x, y in ((s, t), (t, s)))
    calls = tuple(_e(x, y, {"02", "03"}) for x in (m, n) for y in (s, t))
    alone = tuple(Expect(x.iso3, "", frozenset(), ASSERTED) for x in (m, n))
    among = tuple(Expect(x.iso3, y.iso3, frozenset({"03"}), ASSERTED) for x, y in ((m, n), (n, m)))
    return text, want, (*fight, *calls, *alone, *among, _hedged("*"))


_DEMANDING = ("demanded that", "has demanded that", "insisted that", "demanded on Monday that")
_HANDED = ("hand over the suspects to {Sdem} investigators",
           "hand over the two suspects to {Sdem} investigators",
           "hand over the opposition leader to {Sdem} police",
           "hand back the seized fishing boat to {Sdem} officials",
           "hand over the former minister", "extradite the former minister",
           "release the detained {Sdem} journalists", "return the fugitives")  # fmt: skip


def p21d_demanded_hand_over(sc: Scene) -> Built:
    """ "S demanded that T hand over the suspects": S -> T demand (10), asserted."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((sc.name(s), s.capital, f"the {s.demonym} government"))
    target = rng.choice((t.capital, t.capital, sc.name(t, capital=0.0)))
    act = sc.fill(rng.choice(_HANDED))
    text = f"{_cap(who)} {rng.choice(_DEMANDING)} {target} {act}."
    return text, (_e(s, t, {"10"}),), (_hedged("*"),)


_CHARGES = ("arming the rebels", "backing the militants", "sheltering armed groups",
            "smuggling weapons across the border", "funding the insurgents")  # fmt: skip
_DENIALS = ("denied the accusation", "rejected the accusation", "denied the charge",
            "dismissed the accusation", "rejected the charges")  # fmt: skip
_THIRD = ("also rejected the accusation", "also dismissed the charge",
          "also denied the accusation", "rejected the accusation as well")  # fmt: skip


def p21e_third_state_denial(sc: Scene, others: list[State]) -> Built:
    """ "S accused T of Z. T denied it. M also rejected it": S -> T 11, T -> S 01; nothing of M."""
    rng, s, t, m = sc.rng, sc.s, sc.t, others[0]
    text = (
        f"{_cap(sc.name(s, capital=0.0))} accused {sc.name(t, capital=0.0)} of"
        f" {rng.choice(_CHARGES)}{_time(sc)}. {_cap(sc.name(t))} {rng.choice(_DENIALS)}."
        f" {_cap(sc.name(m, capital=0.0))} {rng.choice(_THIRD)}."
    )
    return text, (_e(s, t, {"11"}), _e(t, s, {"01"})), (_hedged("*"),)


PARTIES21_CONSTRUCTIONS = {
    "p21a_denied_against": p21a_denied_against,
    "p21d_demanded_hand_over": p21d_demanded_hand_over,
}
OTHERS_CONSTRUCTIONS = {
    "p21b_list_plural": p21b_list_plural,
    "p21c_sides_after_mediators": p21c_sides_after_mediators,
    "p21e_third_state_denial": p21e_third_state_denial,
}
FLOORS = {name: (23, 0) for name in (*PARTIES21_CONSTRUCTIONS, *OTHERS_CONSTRUCTIONS)}
# Main before parties21 (61e6ca1; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): p21a 0/0 (the denial with no target; the denied act, negated, aimed at T), p21b
# 0/0 (only the list's last two -> T), p21c 0/24 (the mediators' appeal aimed at the other
# mediator and one disputant), p21d 24/0 (the misread capitals are rare: of 240, 237 right and 1
# false), p21e 0/24 (the third state's 016 aimed at the accuser or the accused). After: 24/0
# each (p21d 240/0 of 240).
