"""A trip inside the traveller's own state is no visit: "Boric flew to a frontier town on his
side of the river", "the premier travelled to a province of her own country" (issue 9, clause10:
class D of fresh3's review).

CAMEO's visit (042) and host (043) are acts between two parties; travel at home has none. The
place tables know states and capitals, not towns, so the stage reads what the sentence says of
the destination: the traveller's own side, territory or country ("his side of the river", "its
own territory", "home"), or a place the tables put in the traveller's own state (which
``pairs.no_self_target`` has already dropped as a target).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

VISIT_CODES = frozenset({"042", "043"})
# Place phrases of a trip: where it goes and where that place lies.
PLACE_PREPS = frozenset({"to", "on", "in", "at", "inside", "within", "into"})
# Nouns that, owned by the traveller ("his side", "its territory"), put the place at home.
OWN_GROUND = frozenset(
    {"side", "territory", "soil", "country", "land", "province", "region", "state", "border"}
)
_OWNERS = frozenset({"his", "her", "its", "their", "own"})


@acts_on(noun=False, codes=VISIT_CODES)
def home_trip(s: Site, c: Candidates) -> Candidates:
    """A visit with no target whose destination the sentence puts in the traveller's own state
    ("flew to a town on his side of the river", "travelled to Mumbai" when the tables place it
    in India) is travel at home: no event."""
    if s.code[:3] not in VISIT_CODES or s.noun or not c.pairs:
        return c
    if any(b is not None for _, b in c.pairs):
        return c
    places = [p for k in s.kids if _place_prep(k) for p in k.children if p.dep_ == "pobj"]
    if not places:
        return c
    own = {a.ref.country for a, _ in c.pairs if a.ref.country}
    if any(_own_ground(p) for p in places) or any(
        a.ref.country in own for p in places for a in s.actors.resolve(p)
    ):
        return c.with_pairs([], "home_trip: travel inside the traveller's own state")
    return c


def _place_prep(tok: Token) -> bool:
    return tok.dep_ == "prep" and tok.lower_ in PLACE_PREPS


def _own_ground(place: Token) -> bool:
    """ "his side (of the river)", "its own territory", "home": ground the traveller owns."""
    for t in place.subtree:
        if t.lower_ == "home":
            return True
        if t.lemma_.lower() in OWN_GROUND and any(
            c.lower_ in _OWNERS for c in t.children if c.dep_ in ("poss", "amod")
        ):
            return True
    return False
