"""Round 33's leftovers (issue 9, stop 46: reactions aimed at the doer of an act) as suite
constructions crossed with the suite's states named by name, capital or demonym, and several
phrasings each:

- ``lo56_led_strikes``: "S condemned the T-led air strikes in Z", "S denounced the air strikes
  in Z led by T": the leader of the condemned act does it and is the target (S -> T 11), never
  the place Z the act was done in;
- ``lo56_led_strikes_demand``: "S condemned the T-led strikes in Z and demanded a halt to the
  attacks": the conjoined demand is aimed at the same doer (S -> T 10).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _e, _r

_JUDGE = (("condemned", "11"), ("denounced", "11"), ("criticised", "11"), ("condemned", "11"),
          ("criticized", "11"), ("slammed", "11"))  # fmt: skip
_ACTS = ("air strikes", "airstrikes", "military operation", "bombing campaign", "strikes",
         "offensive", "naval blockade", "air raids")  # fmt: skip
_WHEN = ("", " on Monday", " on Thursday", " last week", " overnight")


def _led(sc: Scene) -> str:
    """ "the Saudi-led air strikes in Yemen", "the air strikes in Yemen led by Saudi Arabia"."""
    t, z = sc.t, sc.z
    act = sc.rng.choice(_ACTS)
    place = sc.name(z, 0.0)
    if sc.rng.random() < 0.3:
        return f"the {act} in {place} led by {sc.name(t, 0.0)}"
    lead = sc.rng.choice((t.demonym, t.name)) if " " not in t.name else t.demonym
    return f"the {lead}-led {act} in {place}"


def lo56_led_strikes(sc: Scene) -> Built:
    """ "Iran condemned the Saudi-led air strikes in Yemen": IRN -> SAU 11 (never -> YEM)."""
    s, t, z = sc.s, sc.t, sc.z
    verb, root = sc.rng.choice(_JUDGE)
    text = f"{sc.name(s)} {verb} {_led(sc)}{sc.rng.choice(_WHEN)}."
    wrong = (Expect(s.iso3, z.iso3, frozenset(), ANY - ASSERTED),)
    return text, (_e(s, t, _r(root), ASSERTED),), wrong


_DEMANDS = (("demanded a halt to the attacks", "10"), ("demanded an end to the strikes", "10"),
            ("called for an immediate halt to the attacks", "02"),
            ("demanded an end to the bombing", "10"))  # fmt: skip


def lo56_led_strikes_demand(sc: Scene) -> Built:
    """ "Iran condemned the Saudi-led air strikes in Yemen and demanded a halt to the attacks":
    IRN -> SAU 11 and IRN -> SAU 10 (the same doer)."""
    s, t, z = sc.s, sc.t, sc.z
    verb, root = sc.rng.choice(_JUDGE)
    demand, asked = sc.rng.choice(_DEMANDS)
    if sc.rng.random() < 0.5:
        text = f"{sc.name(s)} {verb} {_led(sc)} and {demand}."
    else:  # the doer of the attacks named only in the sentence before
        text = f"{sc.name(s)} {verb} {_led(sc)}. {sc.name(s, 0.5)} also {demand}."
    wants = (_e(s, t, _r(root), ASSERTED), _e(s, t, _r(asked, "10"), ASSERTED))
    return text, wants, (Expect(s.iso3, z.iso3, frozenset(), ANY - ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo56_led_strikes": lo56_led_strikes,
    "lo56_led_strikes_demand": lo56_led_strikes_demand,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
