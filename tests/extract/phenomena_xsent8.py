"""Acts whose target only the document's earlier acts name (issue 9, xsent8): two- and
three-sentence documents (sometimes across a paragraph break) whose last act continues a gift
("pledged more of the jets", "another package", "a second battalion": g1), has no single
earlier recipient to go to (g2: two other donors' recipients, which must not be chosen), or
acts on "the deal" / "the talks" / "the visit" an earlier sentence named (d1; d2 with the doer
one of its parties). Earlier sentences' own events are acceptable readings; distractor states
named there are never the last act's target."""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _time

# Gifts: (first act on {T}, its things, the last act continuing them, CAMEO root, factuality).
_GIFTS = (
    ("sent F-16 jets to {T}", "jets"), ("delivered tanks to {T}", "tanks"),
    ("sent artillery shells to {T}", "shells"), ("supplied drones to {T}", "drones"),
    ("sent troops to {T}", "troops"), ("delivered air defence systems to {T}", "systems"),
)  # fmt: skip
_AGAIN = (
    ("pledged more of the {X}", "03", ASSERTED), ("promised further aid", "03", ASSERTED),
    ("will send another package", "03", ANY), ("said it would send a second battalion", "03", ANY),
    ("promised additional {X}", "03", ASSERTED), ("pledged more {X}", "03", ASSERTED),
    ("delivered the {X}", "07", ASSERTED),
)  # fmt: skip
_BREAKS = (" ", " ", "\n\n")


def _pair_events(a: State, b: State) -> tuple[Expect, ...]:
    return (Expect(a.iso3, b.iso3, frozenset(), ANY), Expect(b.iso3, a.iso3, frozenset(), ANY))


def _doer(sc: Scene, st: State, phrase: str = "") -> str:
    """A name, capital or leader (not a leader before "it": a person is no "it")."""
    person = " it " not in f" {phrase} "
    return sc.leader(st) if person and sc.rng.random() < 0.2 else sc.name(st)


def g1_given_again(sc: Scene, others: list[State]) -> Built:
    """ "Norway sent jets to Ukraine. Poland sent tanks to Chile. Norway pledged more of the
    jets": the doer's own latest gift names the recipient; another donor's gift (its
    recipient a distractor) and a praise of a third state do not."""
    rng, s, t = sc.rng, sc.s, sc.t
    z, d = others[0], others[1]
    gift, things = rng.choice(_GIFTS)
    again, root, facts = rng.choice(_AGAIN)
    lines = [_cap(f"{sc.name(s)} {gift.format(T=sc.name(t))}{_time(sc)}.")]
    allowed = [*_pair_events(s, t)]
    if rng.random() < 0.5:  # another donor, after the doer's own gift
        other, _ = rng.choice(_GIFTS)
        lines.append(_cap(f"{sc.name(z)} {other.format(T=sc.name(d))}."))
        allowed += _pair_events(z, d)
    elif rng.random() < 0.5:  # a backing act of the doer to a third state
        lines.append(_cap(f"{sc.name(s)} praised {sc.name(d)}."))
        allowed += _pair_events(s, d)
    lines.append(f"{_doer(sc, s, again)} {again.format(X=things)}.")
    text = rng.choice(_BREAKS).join(lines[:-1]) + rng.choice(_BREAKS) + lines[-1]
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), facts),), tuple(allowed)


def g2_no_one_recipient(sc: Scene, others: list[State]) -> Built:
    """ "Sweden sent tanks to Ukraine. Poland sent tanks to Chile. Italy pledged more of the
    tanks": two other donors' recipients fit; neither is the doer's, so no target."""
    rng, s, t = sc.rng, sc.s, sc.t
    z, y, d = sc.z, others[0], others[1]
    gift, things = rng.choice(_GIFTS)
    first = _cap(f"{sc.name(z)} {gift.format(T=sc.name(t))}{_time(sc)}.")
    second = _cap(f"{sc.name(y)} {gift.format(T=sc.name(d))}.")
    last = f"{sc.name(s)} pledged more of the {things}."
    text = f"{first} {second}{rng.choice(_BREAKS)}{last}"
    allowed = (*_pair_events(z, t), *_pair_events(y, d), Expect(s.iso3, s.iso3, frozenset(), ANY))
    return text, (Expect(s.iso3, "", frozenset({"03"}), ASSERTED),), allowed


XSENT8_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {}
XSENT8_WITH_OTHERS = {
    "g1_given_again": g1_given_again,
    "g2_no_one_recipient": g2_no_one_recipient,
}
# (fewest right of 24, most false assertions) on test_phenomena's fixed sample.
FLOORS = {name: (24, 0) for name in (*XSENT8_CONSTRUCTIONS, *XSENT8_WITH_OTHERS)}
