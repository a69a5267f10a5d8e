"""A visit to a city no table knows goes to the story's other state (issue 9, parties49:
fresh24's class A; recurring.md's "places not in the tables" and "target only in the story").

"Bolivia's trade minister met Chilean officials in La Paz. Chile's foreign minister later flew
to Santa Cruz", "Peruvian Defence Minister NAME, visiting Cochabamba, said ...": the visit says
where it went, so the story stages (``story_kind_partner``) leave it, but the place is a proper
name that no table places in any state, and the visit came out with no host. In a story of two
states such a city is, as a reader takes it, the other state's: the paragraph's other state
(else the story's), as a visit naming no place already reads (``story_acts``). Only a visit verb
(042) by a state or its government, whose place (its object, or the pobj of "to / in / at")
is a proper name with no actor in it and no entity kind of a person, group or date; a place
some table knows keeps its own reading, and a visit to a place of the doer's own state that no
table knows is the cost (rare in news about two states).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.story_acts import _story_fill

if TYPE_CHECKING:
    from spacy.tokens import Token

_VISIT_CODES = ("042",)
_PLACE_PREPS = frozenset({"to", "in", "at", "into"})
# Entity kinds a city can carry in the parse (none at all for a rare name).
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", ""})


def _unknown_city(s: Site, tok: Token) -> bool:
    """``tok`` heads a proper place name that names no actor ("Santa Cruz", "Cochabamba")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in _PLACE_ENTS:
        return False
    return not any(s.actors.mention_of(t) is not None for t in tok.subtree)


def unknown_city(s: Site) -> bool:
    """The visit verb's place is a proper name no table knows (see the module doc)."""
    places = [k for k in s.kids if k.dep_ == "dobj"]
    for k in s.kids:
        if k.dep_ == "prep" and k.lower_ in _PLACE_PREPS:
            places += [p for p in k.children if p.dep_ == "pobj"]
    return bool(places) and all(_unknown_city(s, p) for p in places)


@acts_on(noun=False, codes=_VISIT_CODES)
def unknown_city_visit(s: Site, c: Candidates) -> Candidates:
    """A visit to a city no table knows, by a state or its government, with no host, made or
    planned: the paragraph's (else the story's) other state."""
    if not c.pairs or all(b is not None for _, b in c.pairs) or s.noun:
        return c
    if not unknown_city(s):
        return c
    # (a visit planned or expected there goes to the same state: "the minister may visit
    # Itajai in May", parties55)
    return _story_fill(s, c, answers=True)
