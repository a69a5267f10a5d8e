"""Round 33's leftovers (issue 9, stop 46: parties and actors the helpers before noticed) as
suite constructions crossed with the suite's states named by name, capital, government or
demonym, and several phrasings each:

- ``lo54_state_and_rebels``: "S and S-ian rebels signed a truce", "S's government and the
  rebels resumed talks", "CAPITAL and insurgents agreed to a ceasefire": a state and its own
  armed group are two parties (GUIDE rule 6, "a government and its own rebels"): S <-> SREB,
  which the scorer reads S -> S; no longer dropped as "one state twice";
- ``lo54_story_army_rebels``: "S and S-ian rebels resumed talks. The army clashed with
  insurgents in the north": the story's one state's army against its rebels (SMIL -> SREB),
  never an army of no state.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _e, _poss, _r

_GROUPS = ("{Sdem} rebels", "the rebels", "{Sdem} insurgents", "{Sdem} guerrillas",
           "insurgents", "{Sdem} militants")  # fmt: skip
_JOINT = (("signed a truce", "08"), ("agreed to a ceasefire", "03"), ("resumed talks", "04"),
          ("signed a peace deal", "05"), ("held talks", "04"), ("agreed to a truce", "03"),
          ("met for talks", "04"), ("signed a ceasefire agreement", "08"))  # fmt: skip
_TIMES = ("", " on Monday", " on Thursday", " last week", " after weeks of talks")


def _state(sc: Scene) -> str:
    """ "Colombia", "Bogota", "Colombia's government", "the Colombian government"."""
    s = sc.s
    return sc.rng.choice(
        (s.name, s.capital, f"{_poss(s.name)} government", f"the {s.demonym} government")
    )


def _pair(sc: Scene) -> str:
    """ "Colombia and the rebels", "Colombian rebels and the Colombian government" (a group
    named by the demonym comes first: "Kenya and Kenyan militants" parses as one noun
    phrase, "[Kenya and Kenyan] militants", which is no party pair)."""
    group = sc.rng.choice(_GROUPS).format(Sdem=sc.s.demonym)
    state = _state(sc)
    return f"{group} and {state}" if sc.s.demonym in group else f"{state} and {group}"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def lo54_state_and_rebels(sc: Scene) -> Built:
    """ "Colombia and Colombian rebels signed a truce": COL <-> COLREB (COL -> COL)."""
    s = sc.s
    act, root = sc.rng.choice(_JOINT)
    text = _cap(f"{_pair(sc)} {act}{sc.rng.choice(_TIMES)}.")
    return text, (_e(s, s, _r(root), ASSERTED),), (Expect(s.iso3, s.iso3, frozenset(), ANY),)


_ARMIES = ("The army", "Troops", "Government troops", "Security forces", "Government forces",
           "Soldiers")  # fmt: skip
_FOES = ("insurgents", "rebels", "the rebels", "militants", "guerrillas", "rebel fighters")
_FIGHTS = ("clashed with {F} in the north", "attacked {F} near the border",
           "killed 12 {F} in the south", "fought {F} in the mountains",
           "shelled {F} in the east", "ambushed {F} in the hills")  # fmt: skip


def lo54_story_army_rebels(sc: Scene) -> Built:
    """ "Colombia and Colombian rebels resumed talks. The army clashed with insurgents in the
    north": COLMIL -> COLREB 19 (COL -> COL)."""
    s = sc.s
    act, _ = sc.rng.choice(_JOINT)
    first = _cap(f"{_pair(sc)} {act}{sc.rng.choice(_TIMES)}.")
    fight = sc.rng.choice(_FIGHTS).format(F=sc.rng.choice(_FOES))
    text = f"{first} {sc.rng.choice(_ARMIES)} {fight}{sc.rng.choice(_TIMES[:3])}."
    return text, (_e(s, s, _r("19"), ASSERTED),), (Expect(s.iso3, s.iso3, frozenset(), ANY),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo54_state_and_rebels": lo54_state_and_rebels,
    "lo54_story_army_rebels": lo54_story_army_rebels,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
