"""Round 37's fresh31 classes A, B and F (issue 9; bench/gold/reviews/fresh31_classes.md) as
suite constructions crossed with the suite's states, named by name or capital, and several
phrasings each:

- ``p58_charge_no_state``: "S-ian police detained two T-ian traders. T asked S to free them.
  TCAP denied that the case was political, a charge made by the men's lawyers": the denial has
  no target (the charge's maker is of no state), never S;
- ``p58_charge_of_state`` (near miss): "..., a charge made by Z" / "Z's accusation": T -> Z 016;
- ``p58_passive_embassy``: "S and T signed a N deal. The deal was criticised by Z's embassy in
  SCAP": Z -> S and Z -> T 11 (the signed deal's parties), never the host city alone;
- ``p58_passive_embassy_active`` (near miss): the same criticism in the active voice;
- ``p58_paired_opening``: "Few would have paired S with T. Both now V": the two are S and T;
- ``p58_paired_then_third`` (near miss): the opening names a third state too ("paired S with T
  and Z"): "both" stays unread (no event at S or T asserted of it).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State, load_states
from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _e, _r

_PEOPLE = ("traders", "businessmen", "activists", "fishermen", "students")
_HELD = ("detained", "arrested")
_CASES = (
    "the case was politically motivated",
    "the arrests were political",
    "the detentions were politically motivated",
    "the trial was rigged",
)
_NO_STATE_MAKERS = (
    "a charge made by the men's lawyers",
    "a claim made by their families",
    "an allegation levelled by rights groups",
    "a claim made by the detainees' relatives",
    "an accusation made by their lawyers",
)


def _others(sc: Scene, n: int) -> list[State]:
    taken = {sc.s.iso3, sc.t.iso3, sc.z.iso3}
    pool = [st for st in load_states() if st.iso3 not in taken]
    return sc.rng.sample(pool, n)


def _held_story(sc: Scene) -> str:
    s, t = sc.s, sc.t
    return (
        f"{s.demonym} police {sc.rng.choice(_HELD)} two {t.demonym} "
        f"{sc.rng.choice(_PEOPLE)}. {t.name} asked {s.name} to free them."
    )


def p58_charge_no_state(sc: Scene) -> Built:
    """A denied charge whose maker is of no state: no target, never the holder."""
    s, t = sc.s, sc.t
    denier = sc.rng.choice((t.capital, t.name, f"{t.name}'s foreign ministry"))
    text = (
        f"{_held_story(sc)} {denier} {sc.rng.choice(('also denied', 'denied'))} that "
        f"{sc.rng.choice(_CASES)}, {sc.rng.choice(_NO_STATE_MAKERS)}."
    )
    expected = (_e(s, t, _r("17"), ASSERTED), _e(t, s, _r("02"), ASSERTED))
    allowed = (
        Expect(t.iso3, "", _r("01"), ANY),
        Expect("*", "*", frozenset(), NOT_ASSERTED),
    )
    return _cap(text), expected, allowed


def p58_charge_of_state(sc: Scene) -> Built:
    """Near miss: the charge's maker is a third state: the denial answers it."""
    s, t, z = sc.s, sc.t, sc.z
    maker = sc.rng.choice(
        (f"a charge made by {z.name}", f"an allegation levelled by {z.name}", f"{z.name}'s claim")
    )
    text = f"{_held_story(sc)} {t.capital} denied that {sc.rng.choice(_CASES)}, {maker}."
    expected = (
        _e(s, t, _r("17"), ASSERTED),
        _e(t, s, _r("02"), ASSERTED),
        _e(t, z, _r("01"), ASSERTED),
    )
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return _cap(text), expected, allowed


_DEALS = ("gas pipeline deal", "drone agreement", "fisheries accord", "defence agreement")
_JUDGED = (("criticised", "11"), ("condemned", "11"), ("denounced", "11"))
_MISSIONS = ("embassy", "ambassador")


def _signed(sc: Scene) -> tuple[str, str]:
    s, t = sc.s, sc.t
    deal = sc.rng.choice(_DEALS)
    day = sc.rng.choice(("on Monday", "on Tuesday", "last week"))
    return f"{s.name} and {t.name} signed a {deal} {day}.", deal.split()[-1]


def p58_passive_embassy(sc: Scene) -> Built:
    """ "The deal was criticised by Z's embassy in SCAP": at both parties of the deal."""
    s, t, z = sc.s, sc.t, sc.z
    opening, noun = _signed(sc)
    verb, root = sc.rng.choice(_JUDGED)
    host = sc.rng.choice((s, t))
    text = (
        f"{opening} The {noun} was {verb} by {z.name}'s {sc.rng.choice(_MISSIONS)} in "
        f"{host.capital}."
    )
    expected = (_e(z, s, _r(root), ASSERTED), _e(z, t, _r(root), ASSERTED))
    allowed = (
        Expect(s.iso3, t.iso3, _r("05", "03", "06"), ANY),
        Expect(t.iso3, s.iso3, _r("05", "03", "06"), ANY),
        Expect("*", "*", frozenset(), NOT_ASSERTED),
    )
    return _cap(text), expected, allowed


def p58_passive_embassy_active(sc: Scene) -> Built:
    """Near miss: the same criticism told in the active voice."""
    s, t, z = sc.s, sc.t, sc.z
    opening, noun = _signed(sc)
    verb, root = sc.rng.choice(_JUDGED)
    host = sc.rng.choice((s, t))
    text = f"{opening} {z.name}'s embassy in {host.capital} {verb} the {noun}."
    expected = (_e(z, s, _r(root), ASSERTED), _e(z, t, _r(root), ASSERTED))
    allowed = (
        Expect(s.iso3, t.iso3, _r("05", "03", "06"), ANY),
        Expect(t.iso3, s.iso3, _r("05", "03", "06"), ANY),
        Expect("*", "*", frozenset(), NOT_ASSERTED),
    )
    return _cap(text), expected, allowed


_PAIRINGS = (
    "Few would have paired {S} with {T} a decade ago.",
    "Few would have linked {S} with {T}.",
    "Nobody expected {S} to grow close to {T}.",
    "Ten years ago few would have paired {S} with {T}.",
)
_BOTH = (
    ("{Zc} has criticised both capitals.", "11"),
    ("{Zc} has condemned both of them.", "11"),
    ("{Zc} has criticised both countries.", "11"),
)


def p58_paired_opening(sc: Scene) -> Built:
    """An opening that pairs S with T; "both" later names them."""
    s, t, z = sc.s, sc.t, sc.z
    words = {"S": s.name, "T": t.name, "Zc": z.capital}
    said, root = sc.rng.choice(_BOTH)
    text = f"{sc.rng.choice(_PAIRINGS).format(**words)} {said.format(**words)}"
    expected = (_e(z, s, _r(root), ASSERTED), _e(z, t, _r(root), ASSERTED))
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return _cap(text), expected, allowed


def p58_paired_then_third(sc: Scene) -> Built:
    """Near miss: the opening names three states: "both" is no pair of it."""
    s, t, z = sc.s, sc.t, sc.z
    (v,) = _others(sc, 1)
    text = (
        f"Few would have paired {s.name} with {t.name} and {v.name} a decade ago. "
        f"{z.capital} has criticised both capitals."
    )
    allowed = (
        Expect(z.iso3, "", _r("11"), ANY),
        Expect(z.iso3, s.iso3, _r("11"), ANY),
        Expect(z.iso3, t.iso3, _r("11"), ANY),
        Expect(z.iso3, v.iso3, _r("11"), ANY),
        Expect("*", "*", frozenset(), NOT_ASSERTED),
    )
    return _cap(text), (), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p58_charge_no_state": p58_charge_no_state,
    "p58_charge_of_state": p58_charge_of_state,
    "p58_passive_embassy": p58_passive_embassy,
    "p58_passive_embassy_active": p58_passive_embassy_active,
    "p58_paired_opening": p58_paired_opening,
    "p58_paired_then_third": p58_paired_then_third,
}

FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
