"""This round's leftover interstate phrasings (issue 9, round 11b, lex12), as suite
constructions. Each phrasing is the project's own, written from the phenomenon and the CAMEO
codebook's definitions, crossed with the suite's states named by name, capital, leader or
demonym with a sector.

Lexicon rows, in the past, perfect and progressive (``phenomena_lex8.build``):

- ``l12_ordered``: "ordered 12 fighter jets from X": a purchase, the buyer's act (06), no
  demand (10);
- ``l12_troops_ordered``: "ordered troops to the border with X": a buildup (154);
- ``l12_exempted``: "exempted X from the sanctions / tariffs / visa rules": easing (08);
- ``l12_suspended``: "suspended X from the bloc": a member suspended (160);
- ``l12_stationed``: "stationed radars / missile defence systems in X": the host cooperates
  (06), no threat.

Frames (sentences of their own):

- ``l12_not_tolerate``: "X said it would not tolerate any meddling by Y": a refusal (12)
  aimed at the meddler or the addressee, asserted;
- ``l12_committed``: "X remained committed to working with Y": intent to meet or negotiate
  (03, class N);
- ``l12_held_off``: "X held off on sanctions against Y": no sanction asserted;
- ``l12_shared``: "X said it would share intelligence": the intelligence shared is the thing
  moved, never a party (no spy-agency target).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_classes import class_builders, speaker
from phenomena_lex8 import Code
from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _time

# fmt: off
CLASSES: dict[str, tuple[Code, ...]] = {
    "l12_ordered": (
        Code("061", "dip", ("order 12 fighter jets from {T}", "order 250 tanks from {T}",
                            "order two frigates from {T}", "order air defence systems from {T}")),
    ),
    "l12_troops_ordered": (
        Code("154", "dip", ("order troops to the border with {T}",
                            "order more soldiers to the frontier with {T}",
                            "order two brigades to the border with {T}")),
    ),
    "l12_exempted": (
        Code("085", "dip", ("exempt {T} from the sanctions", "exempt {T} from the new tariffs",
                            "exempt {T} from the oil embargo")),
        Code("081", "dip", ("exempt {T} from the visa requirement",
                            "exempt {T} from the travel restrictions")),
    ),
    "l12_suspended": (
        Code("160", "dip", ("suspend {T} from the bloc", "suspend {T} from the union",
                            "suspend {T} from the alliance")),
    ),
    "l12_stationed": (
        Code("062", "dip", ("station radars in {T}", "station missile defence systems in {T}",
                            "station fighter jets in {T}")),
    ),
}
# fmt: on


CODES = tuple(c for codes in CLASSES.values() for c in codes)


_NOT_TOLERATE = (
    "said {it} would not tolerate any meddling by {T}",
    "will not tolerate {Tposs} interference in its affairs",
    "told {T} that {it} would not tolerate any meddling",
    "said {it} would not tolerate provocations from {T}",
)


def l12_not_tolerate(sc: Scene) -> Built:
    """ "Turkey said it would not tolerate any meddling by Greece": a refusal (CAMEO 12x)
    aimed at the meddler or at whom it is told, asserted."""
    who, it = speaker(sc)
    phrase = sc.rng.choice(_NOT_TOLERATE).replace("{it}", it)
    text = f"{who} {sc.fill(phrase)}{_time(sc)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({"12"}), ASSERTED),), ()


_COMMITTED = (
    "remained committed to working with {T}",
    "remains committed to working closely with {T}",
    "remained committed to cooperation with {T}",
    "remained committed to working together with {T}",
)


def l12_committed(sc: Scene) -> Built:
    """ "Japan remained committed to working with China": intent to cooperate (CAMEO 03x),
    aimed at the partner, asserted (fresh4 class N)."""
    who, _ = speaker(sc)
    text = f"{who} {sc.fill(sc.rng.choice(_COMMITTED))}{_time(sc)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED),), ()


_HELD_OFF = (
    "held off on sanctions against {T}",
    "has held off on new tariffs on {T}",
    "held off on an arms embargo against {T}",
)
_ANY_UNASSERTED = (Expect("*", "*", frozenset(), NOT_ASSERTED),)


def l12_held_off(sc: Scene) -> Built:
    """ "The EU held off on sanctions against Hungary": the sanction withheld, nothing
    asserted."""
    who, _ = speaker(sc)
    text = f"{who} {sc.fill(sc.rng.choice(_HELD_OFF))}{_time(sc)}."
    return _cap(text), (), _ANY_UNASSERTED


_SHARED = (
    "said {it} would share intelligence",
    "shared intelligence",
    "has agreed to share intelligence",
    "will share information",
)


def l12_shared(sc: Scene) -> Built:
    """ "Ukraine said it would share intelligence": no partner named, so no target; the shared
    intelligence is no spy agency."""
    who, it = speaker(sc)
    phrase = sc.rng.choice(_SHARED).replace("{it}", it)
    return _cap(f"{who} {phrase}{_time(sc)}."), (), (Expect(sc.s.iso3, "", frozenset(), ANY),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = class_builders(CLASSES, "lex12")
SCENE_CONSTRUCTIONS |= {
    "l12_not_tolerate": l12_not_tolerate,
    "l12_committed": l12_committed,
    "l12_held_off": l12_held_off,
    "l12_shared": l12_shared,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex12 (43d17ac) the same 24 scored (right, false assertions):
# l12_ordered 0/24, l12_troops_ordered 0/12, l12_exempted 0/0, l12_stationed 0/24,
# l12_suspended 0/0, l12_not_tolerate 0/0, l12_committed 0/0, l12_held_off 0/24,
# l12_shared 8/10; after lex12 every one is 24/0.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
