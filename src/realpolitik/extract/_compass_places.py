"""A compass word inside a place's name is no bloc: "North-Western province", "the Eastern
Region", "Western Cape" (issue 9, context22: fresh11's class P).

The groups table reads "Western" alone as the West (WST), which is right for "Western
sanctions" but not where the word is part of a province's, region's or district's name: a
story about illegal mining "in North-Western province" does not name the West, and a pronoun
("barred them") must not take it. A compass mention is dropped when a hyphenated compass word
comes right before it ("North-Western", "South-Eastern") or when a singular place noun comes
right after it ("Western province", "Eastern Region", "Western State") or a state's name does
("Western Kenya", "Eastern Ukraine"); the plural "Western states" / "Western governments" stays
the West.
"""

from __future__ import annotations

import re

from realpolitik.extract._mention_parts import Mention

# The words the registry's blocs and regions are read from that are also compass halves of a
# place's name.
_COMPASS = frozenset(
    {"west", "western", "east", "eastern", "north", "northern", "south", "southern"}
)
# Nouns of a part of a state (singular, or capitalised as part of a name).
_PLACE_NOUNS = frozenset(
    {
        "province", "region", "state", "district", "county", "division", "territory",
        "governorate", "prefecture", "department", "cape", "highlands", "oblast",
    }
)  # fmt: skip
_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_BEFORE = re.compile(r"(?:North|South|East|West|Central|Far|north|south|east|west|central)-$")
_STATE = "State"  # "Western State" (a name) against "Western states" (the West)
_STATE_KINDS = frozenset({"country", "capital"})
_LOOK_BACK = 8  # characters before a mention searched for a hyphenated compass word


def _in_place_name(text: str, m: Mention, states: frozenset[int] = frozenset()) -> bool:
    """The compass mention ``m`` is a word of a place's name (see the module's docstring);
    ``states``: where the record's state and capital mentions start ("Western Kenya")."""
    if text[m.start : m.end].lower() not in _COMPASS:
        return False
    if _BEFORE.search(text[max(0, m.start - _LOOK_BACK) : m.start]):
        return True
    nxt = _AFTER.match(text, m.end)
    if nxt is None:
        return False
    if nxt.start(1) in states:
        return True  # ("Western Kenya", "Eastern Ukraine": a part of that state)
    word = nxt.group(1)
    if word.lower() == "state":
        return word == _STATE
    return word.lower() in _PLACE_NOUNS


def drop_compass_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the one-word compass mentions that are part of a place's name."""
    states = frozenset(m.start for m in mentions if m.kind in _STATE_KINDS)
    if not any(_in_place_name(text, m, states) for m in mentions if not m.ref.country):
        return mentions
    return [m for m in mentions if m.ref.country or not _in_place_name(text, m, states)]


__all__ = ["drop_compass_places"]
