"""This round's lexicon class L and class CA (issue 9, round 12, lex13: fresh5_classes.md), and
leftovers of earlier rounds, as suite constructions. Each phrasing is the project's own,
written from the phenomenon and the CAMEO codebook's definitions, crossed with the suite's
states named by name, capital, leader or demonym.

Lexicon rows, in the past, perfect and progressive (``phenomena_lex8.build``):

- ``l13_handed``: "handed X four patrol vessels / handed two air defence systems to X": the
  thing handed goes to X (07, ditransitive or with "to");

Frames (sentences of their own):

- ``l13_plane_aid``: "a Japanese military plane carrying tents and medicine landed in X": aid
  delivered to X by the plane's state (07), the cargo no second act;
- ``l13_would_not``: "said it would not change the treaty / subsidise X's exports / waive fees
  for X": a refusal (12) aimed at X, asserted;
- ``l13_modal_threat``: "hinted / signalled / said it could raise fees / cut supplies / close
  the border if X ...": a threat (13) against whoever must meet the condition, asserted;
- ``l13_offer_nothing``: "offers the opposite model / a lesson / an example": no event;
- ``l13_region``: "Central / South / North American, West / East African leaders": a region,
  never the USA or the West (class CA);
- ``l13_suspended``: "the AU / ECOWAS suspended X" with no from-phrase: a member suspended (16);
- ``l13_mission_force``: "sent troops to the new force in X": X itself, not X's military;
- ``l13_assured``: "assured X that it would not tolerate any attack": the refusal aimed at X;
- ``l13_tank_units``: "X ordered tank units to the border with Y" (a parse the tagger reads as
  a modifier): a buildup (15), never a demand;
- ``l13_extended``: "X imposed restrictions on Y's imports. The restrictions now extend to Z":
  X's sanction reaches Z (16), the measure's doer named the sentence before.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_classes import class_builders, speaker
from phenomena_lex8 import Code
from phenomena_words import ASSERTED, Built, Expect, Scene, _article, _cap, _time

# fmt: off
CLASSES: dict[str, tuple[Code, ...]] = {
    "l13_handed": (
        Code("070", "dip", ("hand {T} four patrol vessels", "hand {T} 20 armoured vehicles",
                            "hand {T} two air defence systems",
                            "hand the {Tdem} coast guard three patrol boats",
                            "hand two air defence systems to {T}")),
    ),
}
# fmt: on


CODES = tuple(c for codes in CLASSES.values() for c in codes)
_NOTHING: tuple[Expect, ...] = ()


def _one(sc: Scene, root: str, target: str | None = None) -> tuple[Expect, ...]:
    tgt = sc.t.iso3 if target is None else target
    return (Expect(sc.s.iso3, tgt, frozenset({root}), ASSERTED),)


_PLANES = (
    "{a_Sdem} military plane carrying tents and medicine landed in {T}",
    "{a_Sdem} air force plane carrying relief supplies landed in {T}",
    "two {Sdem} aircraft carrying food and medicine have landed in {T}",
    "{a_Sdem} plane carrying humanitarian aid landed in {T}",
    "{a_Sdem} cargo plane carrying blankets and tents arrived in {T}",
    "{a_Sdem} navy ship carrying humanitarian aid docked in {T}",
)


def l13_plane_aid(sc: Scene) -> Built:
    """ "A Japanese military plane carrying tents and medicine landed in Manila": aid delivered
    (CAMEO 07) by the plane's state to the state it lands in, asserted."""
    phrase = sc.rng.choice(_PLANES).replace("{a_Sdem}", _article(sc.s.demonym))
    text = sc.fill(phrase.replace("{Sdem}", sc.s.demonym)) + _time(sc) + "."
    return _cap(text), _one(sc, "07"), ()


_WOULD_NOT = (
    "said {it} would not change the treaty under pressure from {T}",
    "said {it} would not subsidise {Tdem} exports",
    "said {it} would not waive port fees for {T}",
    "told {T} that {it} would not amend the treaty",
    "said {it} would not renegotiate the border deal with {T}",
)


def l13_would_not(sc: Scene) -> Built:
    """ "Chile said it would not change the treaty under pressure from Bolivia": a refusal
    (CAMEO 12x) aimed at who presses, benefits or is told, asserted."""
    who, it = speaker(sc)
    phrase = sc.rng.choice(_WOULD_NOT).replace("{it}", it)
    return _cap(f"{who} {sc.fill(phrase)}{_time(sc)}."), _one(sc, "12"), ()


_MODAL_THREATS = (
    "has hinted that {it} could raise transit fees if {T} keeps blocking the deal",
    "signalled that {it} could cut gas supplies if {T} joins the bloc",
    "said {it} could close the border if {T} continues the drills",
    "hinted {it} might raise port fees if {T} does not lift the ban",
    "said {it} may cut off supplies if {T} refuses to pay",
)


def l13_modal_threat(sc: Scene) -> Built:
    """ "Hungary has hinted that it could raise transit fees if Slovenia keeps blocking the
    deal": a coercive act under the speaker's own modal, conditioned on the other party, is a
    threat (CAMEO 13x) against that party, made by saying it (asserted)."""
    who, it = speaker(sc)
    phrase = sc.rng.choice(_MODAL_THREATS).replace("{it}", it)
    return _cap(f"{who} {sc.fill(phrase)}."), _one(sc, "13"), ()


_NO_OFFER = (
    "offers the opposite model",
    "offered a lesson in restraint",
    "offers an example for the region",
    "offered a different view of the crisis",
)


def l13_offer_nothing(sc: Scene) -> Built:
    """ "Kenya's leader offers the opposite model": "offer" with no act, aid or proposal as its
    object names no intent toward anyone: no event at all."""
    who, _ = speaker(sc)
    return _cap(f"{who} {sc.rng.choice(_NO_OFFER)}{_time(sc)}."), _NOTHING, ()


# (a compound demonym, the region code the tables give it)
_REGIONS = (
    ("Central American", "LAM"), ("South American", "LAM"), ("Latin American", "LAM"),
    ("North American", "NMR"), ("West African", "WAF"), ("East African", "EAF"),
    ("North African", "NAF"), ("Southern African", "SAF"),
)  # fmt: skip
_REGION_ACTS = (
    ("{S} hosted {R} leaders", "04"),
    ("{S} criticised {R} governments", "11"),
    ("{S} urged {R} leaders to cut tariffs", "02"),
)


def l13_region(sc: Scene) -> Built:
    """ "Mexico urged Central American leaders to ...": a region named by a compound demonym
    whose last word is a state's ("American", "African") is that region, never the state (the
    USA) nor "the West" (class CA)."""
    region, code = sc.rng.choice(_REGIONS)
    act, root = sc.rng.choice(_REGION_ACTS)
    text = act.replace("{S}", sc.name(sc.s)).replace("{R}", region) + _time(sc) + "."
    guests = (Expect(code, sc.s.iso3, frozenset({root}), ASSERTED),)  # the visit hosted (042)
    return _cap(text), (Expect(sc.s.iso3, code, frozenset({root}), ASSERTED),), guests


_BLOCS = ("The African Union", "The AU", "ECOWAS", "The Arab League", "The OAS")


def l13_suspended(sc: Scene) -> Built:
    """ "The AU suspended Mali": a member suspended by its bloc (CAMEO 160) with no "from"
    phrase, asserted."""
    bloc = sc.rng.choice(_BLOCS)
    perfect = sc.rng.random() < 0.5
    verb = "has suspended" if perfect else "suspended"
    text = f"{bloc} {verb} {sc.t.name}{'' if perfect else _time(sc)}."
    return text, (Expect("IGO", sc.t.iso3, frozenset({"16"}), ASSERTED),), ()


_FORCES = (
    "sent 400 police officers to the multinational force in {T}",
    "sent troops to the new force in {T}",
    "has sent soldiers to the international force in {T}",
)


def l13_mission_force(sc: Scene) -> Built:
    """ "Kenya sent police officers to the multinational force in Haiti": the force serves the
    state it is in; the target is that state, not its military."""
    text = f"{sc.name(sc.s)} {sc.fill(sc.rng.choice(_FORCES))}{_time(sc)}."
    return _cap(text), _one(sc, "07"), ()


_ASSURED = (
    "assured {T} that {it} would not tolerate any attack",
    "assured {T} that {it} would not tolerate any incursion",
    "has assured {T} that {it} would not tolerate any meddling",
)


def l13_assured(sc: Scene) -> Built:
    """ "China assured Pakistan that it would not tolerate any attack": the refusal (CAMEO 12x)
    is aimed at whom it is assured to, as "told X that ..."."""
    who, it = speaker(sc)
    phrase = sc.rng.choice(_ASSURED).replace("{it}", it)
    assurance = (Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED),)  # the assurance
    return _cap(f"{who} {sc.fill(phrase)}{_time(sc)}."), _one(sc, "12"), assurance


_TANKS = (
    "ordered tank units to the border with {T}",
    "ordered tank units to the {Tdem} border",
    "ordered armoured units to the frontier with {T}",
)


def l13_tank_units(sc: Scene) -> Built:
    """ "Azerbaijan ordered tank units to the border with Armenia": a buildup (CAMEO 15),
    never a demand (the tagger may read "ordered" as the units' modifier)."""
    text = f"{sc.s.name} {sc.fill(sc.rng.choice(_TANKS))}{_time(sc)}."
    return _cap(text), _one(sc, "15"), ()


_MEASURES = (
    ("imposed restrictions on {Tdem} imports", "The restrictions now extend to {Z}"),
    ("imposed sanctions on {T}", "The sanctions also extend to {Z}"),
    ("banned imports from {T}", "The ban now extends to {Z}"),
    ("imposed new tariffs on {Tdem} steel", "The tariffs now extend to {Z}"),
)


def l13_extended(sc: Scene) -> Built:
    """ "Russia imposed restrictions on Polish imports. The restrictions now extend to
    Lithuania": the measure named before (its doer that sentence's) reaches a third state
    (CAMEO 16), asserted."""
    first, second = sc.rng.choice(_MEASURES)
    text = f"{sc.name(sc.s)} {sc.fill(first)}{_time(sc)}. {second.replace('{Z}', sc.z.name)}."
    return _cap(text), (*_one(sc, "16"), *_one(sc, "16", sc.z.iso3)), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = class_builders(CLASSES, "lex13")
SCENE_CONSTRUCTIONS |= {
    "l13_plane_aid": l13_plane_aid,
    "l13_would_not": l13_would_not,
    "l13_modal_threat": l13_modal_threat,
    "l13_offer_nothing": l13_offer_nothing,
    "l13_region": l13_region,
    "l13_suspended": l13_suspended,
    "l13_mission_force": l13_mission_force,
    "l13_assured": l13_assured,
    "l13_tank_units": l13_tank_units,
    "l13_extended": l13_extended,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex13 (7fa1d07) the same 24 scored (right, false assertions):
# l13_handed 0/0, l13_plane_aid 0/1, l13_would_not 0/0, l13_modal_threat 0/0,
# l13_offer_nothing 0/24, l13_region 5/24, l13_suspended 0/0, l13_mission_force 23/1 (the
# suite compares countries only: HTIMIL counted as Haiti; the Yerevan case had no target),
# l13_assured 0/3, l13_tank_units 23/1, l13_extended 0/4; after lex13 every one is 24/0.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
