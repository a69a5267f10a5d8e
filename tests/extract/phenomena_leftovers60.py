"""Round 34's leftovers (issue 9, stop 47: leftovers60) as suite constructions crossed with the
suite's states named by name, capital or demonym, and several phrasings each:

- ``lo60_own_until``: "Kenyan rebels have sworn to fight until they capture the border town": an
  "until" clause naming the doer's own aim (gain, win, capture, control, drive out) is no
  condition a threat is aimed at (the threat at the group's own state, as the dev gold codes such
  a vow, is accepted; so is an act at a state the aim names);
- ``lo60_back_sanctions``: "Germany will not back (support) the EU's sanctions on Russia": the
  backer's 163 at the sanctioned state, `negated` (as "did not join the bloc's sanctions",
  GUIDE rule 7), never a refusal (120) or support (051) aimed at the imposer; "backed" is the
  joining, asserted;
- ``lo60_released_craft``: "Britain released the Iranian oil tanker": the craft held is a
  release (084) whatever its load names, never the released substance of leftovers59;
- ``lo60_name_demonym``: "Kenya and Somali militants clashed": a state's name conjoined with a
  demonym + noun is two parties, never "[Kenya and Somali] militants" (a repair of the parse);
- ``lo60_plan_decided``: "Kenya's plan to build a railway to Uganda was approved": a plan as the
  passive subject of a deciding verb is no intent (030) at Y, no event.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _e,
    _r,
    scene_words,
)

_TIMES = ("", " on Monday", " on Thursday", " last week", " overnight")
_GROUPS = ("rebels", "militants", "insurgents", "fighters", "separatists", "gunmen")
_SWORN = ("have sworn to fight", "vowed to keep fighting", "said they would fight on",
          "pledged to fight")  # fmt: skip
_OWN_GOALS = ("they capture the border town from {T}", "they drive {Tdem} troops out",
              "they control the villages near {Tposs} border", "they win")  # fmt: skip


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def lo60_own_until(sc: Scene) -> Built:
    """ "Kenyan rebels vowed to fight until they capture the town from Uganda": no threat aimed
    at the rebels' own state (their "until" is their own goal)."""
    rng, s, t = sc.rng, sc.s, sc.t
    w = scene_words(sc)
    goal = rng.choice(_OWN_GOALS).format(**w)
    text = f"{s.demonym} {rng.choice(_GROUPS)} {rng.choice(_SWORN)} until {goal}."
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY), Expect(s.iso3, "", frozenset(), ANY),
               Expect(s.iso3, s.iso3, _r("13", "03"), ANY))  # fmt: skip
    return text, (), allowed


_BACKERS_NOT = ("will not back", "would not back", "will not support", "would not support",
                "refused to back", "said it would not back", "said it would not support",
                "will not endorse")  # fmt: skip
_IMPOSERS = ("the EU's", "the European Union's", "Washington's", "the bloc's", "Britain's",
             "the UN's")  # fmt: skip
_MEASURES = ("sanctions on {T}", "new sanctions on {T}", "sanctions against {T}",
             "latest sanctions on {T}", "embargo on {Tdem} oil")  # fmt: skip


def lo60_back_sanctions(sc: Scene) -> Built:
    """ "Germany will not back the EU's sanctions on Russia": no act asserted at the imposer;
    DEU -> RUS 163 `negated` (a refusal at Y, 12, accepted); "backed": 163 asserted."""
    rng, s, t = sc.rng, sc.s, sc.t
    w = scene_words(sc)
    measure = rng.choice(_MEASURES).format(T=sc.name(t, 0.0), Tdem=t.demonym)
    imposer = rng.choice(_IMPOSERS)
    if rng.random() < 0.25:
        text = f"{w['S']} backed {imposer} {measure}{rng.choice(_TIMES)}."
        return _cap(text), (_e(s, t, _r("16"), ASSERTED),), ()
    text = f"{w['S']} {rng.choice(_BACKERS_NOT)} {imposer} {measure}{rng.choice(_TIMES)}."
    allowed = (Expect(s.iso3, t.iso3, _r("12", "16"), ANY),)
    return _cap(text), (), allowed


_CRAFTS = ("oil tanker", "gas carrier", "fuel tanker", "oil tankers", "crude tanker",
           "gas tanker")  # fmt: skip


def lo60_released_craft(sc: Scene) -> Built:
    """ "Kenya released the Ugandan oil tanker": KEN -> UGA 08 (the craft's owner)."""
    rng, s, t = sc.rng, sc.s, sc.t
    w = scene_words(sc)
    craft = rng.choice(_CRAFTS)
    seized = rng.choice(("", " it had seized", " seized last month", " detained in July"))
    text = f"{w['S']} released the {t.demonym} {craft}{seized}{rng.choice(_TIMES)}."
    return _cap(text), (_e(s, t, _r("08"), ASSERTED),), ()


_CLASHED = ("clashed", "clashed near the border", "fought near the border", "clashed again",
            "exchanged fire")  # fmt: skip
_FORCES_OF_T = ("militants", "rebels", "troops", "forces", "fighters", "gunmen",
                "security forces", "border guards")  # fmt: skip


def lo60_name_demonym(sc: Scene) -> Built:
    """ "Kenya and Somali militants clashed": KEN <-> SOM 19 both ways."""
    rng, s, t = sc.rng, sc.s, sc.t
    text = (
        f"{s.name} and {t.demonym} {rng.choice(_FORCES_OF_T)} {rng.choice(_CLASHED)}"
        f"{rng.choice(_TIMES)}."
    )
    expected = (_e(s, t, _r("19"), ASSERTED), _e(t, s, _r("19"), ASSERTED))
    return _cap(text), expected, ()


_PLANNED = ("build a railway to {T}", "build a pipeline to {T}", "build a new port in {T}",
            "extend the highway to {T}", "build a bridge to {T}", "lay a power line to {T}")  # fmt: skip
_DECIDED = ("was approved", "has been approved", "was shelved", "was delayed", "was approved",
            "has been suspended", "was postponed")  # fmt: skip


def lo60_plan_decided(sc: Scene) -> Built:
    """ "Kenya's plan to build a railway to Uganda was approved": a plan decided on, no intent
    (030) of the planner's at Y, no aid."""
    rng, s, t = sc.rng, sc.s, sc.t
    w = scene_words(sc)
    owner = rng.choice((w["Sposs"], f"the {s.demonym}"))
    plan = rng.choice(_PLANNED).format(T=sc.name(t, 0.0))
    text = f"{owner} plan to {plan} {rng.choice(_DECIDED)}{rng.choice(_TIMES)}."
    return _cap(text), (), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo60_own_until": lo60_own_until,
    "lo60_back_sanctions": lo60_back_sanctions,
    "lo60_released_craft": lo60_released_craft,
    "lo60_name_demonym": lo60_name_demonym,
    "lo60_plan_decided": lo60_plan_decided,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
