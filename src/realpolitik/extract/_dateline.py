"""The state a record is filed from, by its dateline city (issue 9, names13).

"ACCRA, March 3 (Wire) - President Kofi Temba criticized Togo": the dateline is blanked before
the parse (its city is no subject), but it is evidence of where the story's unplaced office-
holder speaks from when nothing in the story ties his name to a state (``parties.pairs``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from realpolitik.extract._nlp import DATELINE, normalize

if TYPE_CHECKING:
    from realpolitik.actors import ActorRegistry

_CITY_END = (",", " (", " -", " \u2013", " \u2014")
# "MANILA - ...": a capital in capitals and a dash, with no date or agency (not blanked).
_BARE = re.compile(r"[A-Z][A-Z .'-]{3,40}? [-\u2013\u2014]+ ")
_PLACE_KINDS = frozenset({"capital", "country"})


def dateline_state(registry: ActorRegistry, text: str, date: str | None) -> str | None:
    """The state of the capital (or country) a dateline at the record's start names."""
    head = normalize(text[:200]).lstrip()
    got = DATELINE.match(head) or _BARE.match(head)
    if got is None:
        return None
    bare = got.re is _BARE
    city = got.group()
    for mark in _CITY_END:
        cut = city.find(mark)
        if cut > 0:
            city = city[:cut]
    if not bare:  # "VICTORIA, Seychelles, March 3 (Wire) -": the written country decides
        rest = got.group()[len(city) :].lstrip(", ")
        second = _place(registry, rest.split(",")[0], date) if "," in rest else None
        if second is not None and second[1] == "country":
            return second[0]
    found = _place(registry, city, date)
    if found is None:
        return None
    if bare and found[1] != "capital":
        return None  # ("US - China talks ...": a headline, not a dateline)
    return found[0] if found[1] in _PLACE_KINDS else None


def _place(registry: ActorRegistry, words: str, date: str | None) -> tuple[str | None, str] | None:
    """The country and kind of the one mention that ``words`` is whole, else None."""
    name = words.strip().title()
    found = list(registry.find_mentions(name, date, sectors=False))
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(name)):
        return None
    return found[0].ref.country, getattr(found[0], "kind", "")


__all__ = ["dateline_state"]
