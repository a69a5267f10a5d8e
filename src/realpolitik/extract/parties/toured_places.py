"""A visit to a site in a city no table knows goes to the story's host (issue 9, parties51:
fresh25's class M; recurring.md's "places not in the tables" and "target only in the story").

"Ghana's president arrived in Lome on Monday. He is due to tour a cocoa plant in Kpalime on
Friday": the visit names a site ("a plant", "a port", "a factory"), and the site's place is a
proper name no table places. ``unknown_city_visit`` reads the visit verb's own place only;
here the city hangs on the visited site. During a stay the story has told, such a city is the
host's: the paragraph's (else the story's) other state, as ``unknown_city_visit`` reads it.
Only a visit verb (042) with no target whose object is a common noun whose "in / at / near"
place is a proper name naming no actor (the parser may hang that place on the verb: "is
expected to visit the Hyundai shipyard [in Ulsan]", parties55).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.story_acts import _story_fill
from realpolitik.extract.parties.unknown_cities import _unknown_city

if TYPE_CHECKING:
    from spacy.tokens import Token

_VISIT_CODES = ("042",)
_SITE_PREPS = frozenset({"in", "at", "near", "outside"})


def _site_places(head: Token) -> list[Token]:
    """The places of ``head``'s "in / at / near" phrases."""
    return [
        p
        for k in head.children
        if k.dep_ == "prep" and k.lower_ in _SITE_PREPS
        for p in k.children
        if p.dep_ == "pobj"
    ]


@acts_on(noun=False, codes=_VISIT_CODES)
def site_in_unknown_city(s: Site, c: Candidates) -> Candidates:
    """ "is due to tour a cocoa plant in CITY" (no table knows CITY): the story's host."""
    if not c.pairs or all(b is not None for _, b in c.pairs):
        return c
    obj = s.child("dobj")
    if obj is None or obj.pos_ != "NOUN" or s.actors.resolve(obj):
        return c
    places = _site_places(obj) or _site_places(s.tok)  # (or hung on the verb, parties55)
    if not places or not all(_unknown_city(s, p) for p in places):
        return c
    return _story_fill(s, c, answers=True)  # (a visit planned too: "is due to tour")
