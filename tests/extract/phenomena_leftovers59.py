"""Round 34's leftovers (issue 9, stop 47: leftovers59) as suite constructions crossed with the
suite's states named by name, capital or demonym, and several phrasings each:

- ``lo59_dateline_force``: "NAIROBI, March 3 (Reuters) - Security forces (the army, the police)
  arrested 20 migrants from Uganda": a force with nothing naming its state is the dateline
  state's, as a bare "the ministry" is (``unplaced_people.story_doer``), never the state of a
  "from Y" / "near Y" phrase or a demonym in the same sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, REPORTED, Built, Expect, Scene, _e, _r

_WIRES = ("Reuters", "AP", "AFP")
_FORCES = (("Security forces", "they"), ("The army", "it"), ("The police", "they"),
           ("Police", "they"), ("The military", "it"), ("Riot police", "they"),
           ("The armed forces", "they"))  # fmt: skip
# (act with {T} / {Tdem}, root)
_FORCE_ACTS = (
    ("arrested 20 migrants from {T}", "17"), ("detained five {Tdem} nationals", "17"),
    ("arrested three {Tdem} fishermen", "17"), ("detained 12 traders from {T}", "17"),
    ("arrested two {Tdem} journalists near the border", "17"),
    ("seized a {Tdem} fishing boat", "17"), ("deported 40 {Tdem} migrants", "17"),
    ("opened fire on {Tdem} smugglers", "19"), ("shot down a {Tdem} drone", "19"),
    ("fired on a {Tdem} patrol boat", "19"),
)  # fmt: skip
_TIMES = ("", " on Monday", " on Thursday", " overnight", " last week")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def lo59_dateline_force(sc: Scene) -> Built:
    """ "NAIROBI - Security forces arrested 20 migrants from Uganda": KEN -> UGA 17, never
    UGA -> UGA; "..., the army said" reported."""
    rng, s, t = sc.rng, sc.s, sc.t
    if rng.random() < 0.5:
        line = f"{s.capital.upper()}, March {rng.randint(2, 27)} ({rng.choice(_WIRES)}) - "
    else:
        line = f"{s.capital.upper()} - "
    force, pron = rng.choice(_FORCES)
    act, root = rng.choice(_FORCE_ACTS)
    said = act.format(T=t.name, Tdem=t.demonym)
    if rng.random() < 0.25:
        text = f"{line}{force} said {pron} had {said}{rng.choice(_TIMES)}."
        fact = REPORTED
    else:
        text = f"{line}{force} {said}{rng.choice(_TIMES)}."
        fact = ASSERTED
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY),)
    return _cap(text), (_e(s, t, _r(root), fact),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo59_dateline_force": lo59_dateline_force,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
