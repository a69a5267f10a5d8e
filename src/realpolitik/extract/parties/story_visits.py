"""Visits aimed at the story's other state (``story_acts``' reading, for visits).

"The May trip by Chile's prime minister yielded an accord": a visit noun whose phrase names no
place went to the story's other state (the same reading, for visits, ``visit_noun_host``).
A visit verb or noun that says where it went (a place object, phrase or adverb) keeps its own
reading (``_placed_verb``, ``_placed_visit``). Re-exported by ``story_acts``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._story_states import other_state

if TYPE_CHECKING:
    from spacy.tokens import Token


# -- a visit noun with no place ------------------------------------------------------------------
_VISIT_CODES = ("042",)
_VISIT_NOUNS = frozenset({"visit", "trip", "tour", "journey", "voyage"})
_PLACE_PREPS = frozenset({"to", "in", "at"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = frozenset({"capital", "country", "border", "region", "city", "island", "port"})


def _placed_visit(s: Site, tok: Token) -> bool:
    """The visit noun's own phrase names where it went ("to Santiago", "in Lima", "to the
    capital"; not "in June")."""
    for k in tok.children:
        if k.dep_ != "prep" or k.lower_ not in _PLACE_PREPS:
            continue
        for p in k.children:
            if p.dep_ != "pobj":
                continue
            if s.actors.mention_of(p) is not None or p.ent_type_ in _PLACE_ENTS:
                return True
            if p.lemma_.lower() in _PLACE_NOUNS:
                return True
    return False


_NO_PLACE_ENTS = frozenset({"DATE", "TIME"})
_WHERE_PREPS = frozenset({"to", "in", "at", "into", "toward", "towards", "across"})
_WHERE_ADVERBS = frozenset({"home", "abroad", "there", "here", "back"})


def _placed_verb(s: Site) -> bool:
    """A visit verb says where it went: a place as its object ("visited the camp", "toured
    the region"; not an envoy sent, "sent its labour minister"), any place phrase ("travelled
    to the border town"; not "in May") or a place adverb ("flew home")."""
    obj = s.child("dobj")
    if obj is not None and not s.actors.resolve(obj):
        return True
    for k in s.kids:
        if k.dep_ == "advmod" and k.lower_ in _WHERE_ADVERBS:
            return True
        if k.dep_ != "prep" or k.lower_ not in _WHERE_PREPS:
            continue
        if any(p.dep_ == "pobj" and p.ent_type_ not in _NO_PLACE_ENTS for p in k.children):
            return True
    return False


@acts_on(noun=True, codes=_VISIT_CODES)
def visit_noun_host(s: Site, c: Candidates) -> Candidates:
    """ "The May trip by Chile's prime minister yielded an accord": a visit noun naming no
    place and no host went to the paragraph's (else the story's) other state."""
    if not s.noun or not s.found.code.startswith(_VISIT_CODES) or not c.pairs:
        return c
    if s.tok.lemma_.lower() not in _VISIT_NOUNS or _placed_visit(s, s.tok):
        return c
    return c.fill_targets(lambda own: other_state(s, own))
