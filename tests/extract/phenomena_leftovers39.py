"""Round 28's leftovers (issue 9, leftovers39): an agentless passive of detention whose doer
is the story's state, as suite constructions crossed with the suite's states named by name,
capital or demonym and with many verbs of holding people:

- ``lo39_held_placed``: "Two Indian fishermen had been held in Sri Lanka for a month", "three
  Ghanaian traders were being held in Lome": the place names the holder, S -> T 17 (no "held"
  row on main: "held" of people was no act at all);
- ``lo39_held_story``: "China detained two Canadians in December. The two men have been held
  without charge since": the second sentence repeats the story's detention (no new act, or the
  same one, S -> T), never the pair read as each side holding the other (T -> S asserted);
- ``lo39_held_protest``: "Peru protested to Chile. Two Peruvian fishermen had been held for a
  week": the story's other state holds them, S -> T 17.

Scores on main (072e2b7) before the fix, ``bench/phenomena.py --n 24000`` seed 0: see the
report of branch h-leftovers39.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    Built,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

_PEOPLE = ("fishermen", "sailors", "traders", "nationals", "citizens", "students",
           "journalists", "soldiers", "tourists")  # fmt: skip
_COUNTS = ("Two", "Three", "Five", "Twelve", "Several")
_HELD = ("had been held", "were being held", "have been held", "are being held",
         "were detained", "have been jailed", "had been detained", "were arrested",
         "have been imprisoned", "were held")  # fmt: skip
_SINCE = ("", " for a month", " since May", " for two weeks", " without charge",
          " for days", " on Monday")  # fmt: skip


def lo39_held_placed(sc: Scene) -> Built:
    """ "Two Indian fishermen had been held in Sri Lanka for a month": S -> T 17."""
    people = sc.rng.choice(_PEOPLE)
    where = sc.name(sc.s, capital=0.3)
    text = (f"{sc.rng.choice(_COUNTS)} {sc.t.demonym} {people} {sc.rng.choice(_HELD)} in "
            f"{where}{sc.rng.choice(_SINCE)}.")  # fmt: skip
    if sc.rng.random() < 0.3:
        text = text[:-1] + f", {_poss(sc.name(sc.t, capital=0.3))} foreign ministry said."
    return text, (_e(sc.s, sc.t, _r("17"), ANY),), ()


_DID = ("detained", "arrested", "jailed", "seized")
_AGAIN = ("The {p} {held}{since}.", "They {held}{since}.", "The two men {held}{since}.",
          "All of them {held}{since}.", "The {p} {held} in {S}{since}.")  # fmt: skip


def lo39_held_story(sc: Scene) -> Built:
    """ "China detained two Canadians in December. The two men have been held without
    charge": S -> T 17 (the first sentence's), never T -> S."""
    people = sc.rng.choice(_PEOPLE)
    n = sc.rng.choice(_COUNTS).lower()
    held = sc.rng.choice(_HELD)
    first = f"{_cap(sc.name(sc.s, capital=0.3))} {sc.rng.choice(_DID)} {n} {sc.t.demonym} {people}."
    again = sc.rng.choice(_AGAIN).format(
        p=people, held=held, since=sc.rng.choice(_SINCE), S=sc.s.capital
    )
    want = (_e(sc.s, sc.t, _r("17"), ANY),)
    return f"{first} {again}", want, ()


_COMPLAINED = ("{T} protested to {S} over the arrests.",
               "{T} accused {S} of harassing its fishermen.",
               "{T} summoned {Sposs} ambassador.",
               "{T} demanded that {S} free its citizens.",
               "{T} lodged a protest with {S}.")  # fmt: skip


def lo39_held_protest(sc: Scene) -> Built:
    """ "Peru protested to Chile. Two Peruvian fishermen had been held for a week": the
    story's other state holds them, S -> T 17."""
    s_name = sc.name(sc.s, capital=0.3)
    first = sc.rng.choice(_COMPLAINED).format(
        T=sc.name(sc.t, capital=0.3), S=s_name, Sposs=_poss(s_name)
    )
    people = sc.rng.choice(_PEOPLE)
    held = sc.rng.choice(_HELD)
    second = f"{sc.rng.choice(_COUNTS)} {sc.t.demonym} {people} {held}{sc.rng.choice(_SINCE)}."
    want = (_e(sc.s, sc.t, _r("17"), ANY),)
    allowed = (_e(sc.t, sc.s, _r("11", "10", "03"), ANY), _e(sc.t, sc.s, frozenset(), ANY))
    return f"{first} {second}", want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo39_held_placed": lo39_held_placed,
    "lo39_held_story": lo39_held_story,
    "lo39_held_protest": lo39_held_protest,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
