"""Round 25's practice set (issue 9, practice5) as suite constructions crossed with the suite's
states named by name, capital or demonym, leaders, and several phrasings each:

- ``p5_media_channel``: "X warned on Z-ian television of retaliation against Y", "X's president
  lashed out on Z-ian radio at Y", "X complained on Z-ian radio about Y's raids": the medium an
  act is spoken on is its channel, never its target (class MD): X -> Y only, never X -> Z;
- ``p5_rejected_condition``: "Y said it would not reopen the border unless X withdrew its troops.
  X's foreign minister dismissed the condition as a pretext": a rejected condition is aimed at the
  state that set it, the one other state of the paragraph, never at the rejecter's own state
  (class OS): X -> Y 12 asserted;
- ``p5_held_participle_freed``: "Two Y-ian activists held incommunicado in X for a month were
  freed on Saturday, their lawyers said", "... held captive by X ...": the participle says which
  people were freed (class RP): X -> Y 08, never Y -> X 17;
- ``p5_the_two_people``: "Two Y-ian traders were freed in X on Saturday. X's police spokesman
  said the two had been arrested for smuggling": a bare "the two" after people counted as two
  names those people, not the pair of states (class TW), and an arrest of foreigners announced
  by a state's own voice is its own act: X -> Y 08 asserted and X -> Y 17 reported;
- ``p5_announced_arrest``: "X closed its border with Y. X's interior ministry said three Y-ian
  smugglers had been arrested near the border": X -> Y 17 reported where the story already tells
  an act of X toward Y (class TW's second half; a lone "..., a Polish police spokesman said"
  keeps no guessed doer, as leftovers17 holds).

Scores on main (d9dbc0a) before the fixes, 24 cases each (``phenomena.sample``, seed 0):
p5_media_channel 7/24 with 17 false, p5_rejected_condition 19/24 with 5 false,
p5_held_participle_freed 9/24, p5_the_two_people 0/24, p5_announced_arrest 0/24; after: 24/24
each, 0 false (``bench/gold/reviews/practice5_classes.md``).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
)

# The medium, named by a third state's demonym ("on Russian television"): an outlet, no party.
_MEDIA = ("on {Zdem} television", "on {Zdem} radio", "on {Zdem} state television",
          "on {Zdem} social media", "on {Zdem} public radio")  # fmt: skip
# (act with {T}, CAMEO root)
_CHANNEL_ACTS = (
    ("warned {M} of retaliation against {T}", "13"),
    ("lashed out {M} at {T}", "11"),
    ("complained {M} about {Tposs} raids", "11"),
    ("hit out {M} at {T}", "11"),
    ("threatened {M} to close its border with {T}", "13"),
    ("accused {T} {M} of arming rebels", "11"),
)  # fmt: skip


def _speaker(sc: Scene) -> str:
    s = sc.s
    return sc.rng.choice(
        (sc.name(s, capital=0.3), f"{_poss(s.name)} president", sc.leader(s),
         f"the {s.demonym} foreign minister", f"{_poss(s.name)} army chief")
    )  # fmt: skip


def p5_media_channel(sc: Scene) -> Built:
    """ "Chile warned on Argentine television of retaliation against Peru": CHL -> PER 13, the
    medium no party."""
    t = sc.name(sc.t, capital=0.2)
    act, root = sc.rng.choice(_CHANNEL_ACTS)
    medium = sc.rng.choice(_MEDIA).format(Zdem=sc.z.demonym)
    text = f"{_cap(_speaker(sc))} {act.format(M=medium, T=t, Tposs=_poss(t))}."
    return text, (_e(sc.s, sc.t, frozenset({root}), ASSERTED),), ()


_CONDITIONS = (
    ("would not reopen the border", "withdrew its troops"),
    ("would not attend the summit", "handed over the rebel leaders"),
    ("would not resume talks", "paid compensation for the damage"),
    ("would keep the crossing closed", "released the detained traders"),
    ("would not restore relations", "apologised for the raid"),
)  # fmt: skip
_REJECTERS = ("{Sposs} foreign minister", "{S}", "{Sposs} government", "{Slead}",
              "{Sposs} foreign ministry")  # fmt: skip
_REJECTED = ("dismissed the condition as a pretext", "rejected the condition",
             "dismissed the condition", "rejected the ultimatum",
             "dismissed the ultimatum as blackmail")  # fmt: skip


def p5_rejected_condition(sc: Scene) -> Built:
    """ "Peru said it would not reopen the border unless Chile withdrew its troops. Chile's
    foreign minister dismissed the condition": CHL -> PER 12 asserted."""
    t, s = sc.name(sc.t, capital=0.0), sc.name(sc.s, capital=0.0)
    step, cond = sc.rng.choice(_CONDITIONS)
    who = sc.rng.choice(_REJECTERS).format(S=s, Sposs=_poss(s), Slead=sc.leader(sc.s))
    text = (
        f"{t} said on Monday that it {step} unless {s} {cond}. "
        f"{_cap(who)} {sc.rng.choice(_REJECTED)}."
    )
    want = (_e(sc.s, sc.t, frozenset({"12"}), ASSERTED),)
    allowed = (
        _e(sc.t, sc.s, frozenset({"10", "12", "13", "16", "19", "02", "03"}), ANY),
        Expect(sc.s.iso3, "*", frozenset(), NOT_ASSERTED),
    )
    return text, want, allowed


_HELD = ("held incommunicado in {S}", "held in {S}", "held captive by {S}",
         "held incommunicado in {S} for more than a month", "held in {S} for a month",
         "held captive by {Sdem} soldiers")  # fmt: skip
_PEOPLE = ("activists", "traders", "fishermen", "journalists", "students", "lorry drivers")
_COUNT = ("Two", "Three", "Four", "Two")
_FREED = ("were freed on Saturday", "were released on Friday", "were freed",
          "were released late on Sunday")  # fmt: skip
_VOICES = (("", ASSERTED), (", their lawyers said", REPORTED), (", relatives said", REPORTED),
           (" and driven to the border, their lawyers said", REPORTED))  # fmt: skip


def p5_held_participle_freed(sc: Scene) -> Built:
    """ "Two Kenyan activists held incommunicado in Uganda were freed on Saturday, their lawyers
    said": UGA -> KEN 08, never KEN -> UGA 17."""
    s = sc.name(sc.s, capital=0.0)
    held = sc.rng.choice(_HELD).format(S=s, Sdem=sc.s.demonym)
    voice, facts = sc.rng.choice(_VOICES)
    people = f"{sc.rng.choice(_COUNT)} {sc.t.demonym} {sc.rng.choice(_PEOPLE)}"
    text = f"{people} {held} {sc.rng.choice(_FREED)}{voice}."
    return text, (_e(sc.s, sc.t, frozenset({"08"}), facts),), ()


_SPOKESMEN = ("{Sposs} army spokesman", "{Sposs} police spokesman", "{Sposs} interior ministry",
              "A spokesman for {Sposs} police", "{Sposs} government spokeswoman")  # fmt: skip
_REASONS = ("for inciting violence", "for smuggling fuel", "for entering the country illegally",
            "on spying charges", "for working without permits")  # fmt: skip


def p5_the_two_people(sc: Scene) -> Built:
    """ "Two Kenyan traders were freed in Uganda on Saturday. Uganda's police spokesman said the
    two had been arrested for smuggling": UGA -> KEN 08 asserted and 17 reported."""
    s = sc.name(sc.s, capital=0.0)
    people = f"Two {sc.t.demonym} {sc.rng.choice(_PEOPLE)}"
    who = sc.rng.choice(_SPOKESMEN).format(Sposs=_poss(s))
    arrested = sc.rng.choice(("arrested", "detained"))
    text = (
        f"{people} were freed in {s} on Saturday. "
        f"{_cap(who)} said the two had been {arrested} {sc.rng.choice(_REASONS)}."
    )
    want = (
        _e(sc.s, sc.t, frozenset({"08"}), ASSERTED),
        _e(sc.s, sc.t, frozenset({"17"}), REPORTED),
    )
    return text, want, ()


_COUNTS = ("three", "four", "12", "two", "several")
_PLACES = ("near the border", "at the main crossing", "on Tuesday", "in a raid on Monday", "")


def p5_announced_arrest(sc: Scene) -> Built:
    """ "Chile's interior ministry said three Bolivian smugglers had been arrested near the
    border": CHL -> BOL 17 reported."""
    s = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice(_SPOKESMEN).format(Sposs=_poss(s))
    people = f"{sc.rng.choice(_COUNTS)} {sc.t.demonym} {sc.rng.choice(_PEOPLE)}"
    arrested = sc.rng.choice(("arrested", "detained"))
    place = sc.rng.choice(_PLACES)
    story = sc.rng.choice(_STORIES).format(S=s, T=sc.name(sc.t, capital=0.0))
    text = f"{story} {_cap(who)} said {people} had been {arrested}{' ' + place if place else ''}."
    want = (_e(sc.s, sc.t, frozenset({"17"}), REPORTED),)
    allowed = (_e(sc.s, sc.t, frozenset({"19", "16", "11"}), ANY),)
    return text, want, allowed


# The story's act of the voice's state toward the people's state, told before the arrest.
_STORIES = ("{S} closed its border with {T} on Monday.", "{S} tightened checks on its border with {T}.",
            "{S} closed its main crossing with {T} on Sunday.")  # fmt: skip


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p5_media_channel": p5_media_channel,
    "p5_rejected_condition": p5_rejected_condition,
    "p5_held_participle_freed": p5_held_participle_freed,
    "p5_the_two_people": p5_the_two_people,
    "p5_announced_arrest": p5_announced_arrest,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
