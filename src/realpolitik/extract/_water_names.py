"""A state's name inside the proper name of a water body or of a basin, delta or peninsula
("Lake Chad", "Lake Tanganyika", "the Gulf of Guinea", "the Bight of Benin", "the Niger Delta",
"the Congo river", "the Congo Basin", "Lake Malawi") names the water or the land around it, not
the state (issue 9, names18: fresh8's shared places). Such a place lies between several states
or inside one that is not always the named one, so it is no state's: a patrol sent "to Lake
Chad" has no target, and "Chadian boats on Lake Chad" keep their own state. Names of waters
that hold no state's name ("the Mekong", "the Red Sea") name no actor in the tables already."""

from __future__ import annotations

import re

# The generic word of a water's name before the proper part: "Lake Chad", "the Gulf of
# Guinea", "the river Niger". (A capital letter or none: copy writes "the river Niger".)
_FEATURE_BEFORE = re.compile(
    r"\b(?:lake|river|gulf\s+of|sea\s+of|bay\s+of|bight\s+of|straits?\s+of)"
    r"(?:\s+the)?\s+$",
    re.IGNORECASE,
)
# ... or after it: "the Niger Delta", "the Congo river", "the Congo Basin", "the Indian Ocean",
# "the Malay peninsula". A sea, gulf or ocean is written with a capital ("Iranian sea mines",
# "Nigerian river boats" are the state's own: after a demonym every feature word is capitalised).
_FEATURE_AFTER = re.compile(
    r"^[ \t]+(?:[Rr]iver|[Dd]elta|[Bb]asin|[Ee]stuary|[Pp]eninsula|Sea|Gulf|Ocean)\b"
)
_FEATURE_AFTER_ADJECTIVE = re.compile(
    r"^[ \t]+(?:River|Delta|Basin|Estuary|Peninsula|Sea|Gulf|Ocean)\b"
)
# How a text before a name ends where ``_FEATURE_BEFORE`` can match, its spaces stripped
# (lowercased: in ASCII the pattern's case-blind letters are the lowercased ones; a tail outside
# ASCII is searched). A search tries the pattern at every character of its window: this test
# spares it before most names.
_FEATURE_ENDS = ("lake", "river", "of", "the")
_LOOK_BACK = 24  # characters before a name searched for the feature word (and "the")


def in_water_name(text: str, start: int, end: int, *, adjective: bool = False) -> bool:
    """Whether the name at ``text[start:end]`` is the proper part of a water's or a basin's
    name: a feature word right before it ("Lake", "Gulf of") or right after it ("river",
    "Delta", "Basin"), with nothing but spaces between."""
    lo = max(0, start - _LOOK_BACK)
    tail = text[lo:start].rstrip()[-5:]
    if (not tail.isascii() or tail.lower().endswith(_FEATURE_ENDS)) and _FEATURE_BEFORE.search(
        text, lo, start
    ):
        return True
    after = _FEATURE_AFTER_ADJECTIVE if adjective else _FEATURE_AFTER
    return after.match(text[end : end + _LOOK_BACK]) is not None
