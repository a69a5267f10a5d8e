"""A region named alone as the place a strike hits (issue 9, parties41).

"Russian missiles struck the Kharkiv region", "troops shelled Idlib province", "drones hit
targets in the Odesa oblast", "Pakistani troops fired on Indian-administered Kashmir": the act's
place is a first-level region of a state, named without the state. The actor tables keep
places out (a venue is never a party: "held talks in Geneva"), so the target was lost. A strike,
shelling or attack aimed at a region is aimed at the state the region lies in (GUIDE rule 6:
the place hit gives the target); the region is never the doer, so it is read here, for a
military act's target slot only, from the project's own table (``data/regions.tsv``), never
from the actor registry.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import IN_PHRASE
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Assaults, fights and mass violence (CAMEO 18, 19, 20): acts whose place is their target.
_STRIKE_CODES = ("18", "19", "20")
# A region's own noun after its name ("the Kharkiv region", "Idlib province").
_REGION_NOUNS = frozenset(
    {"region", "province", "oblast", "governorate", "krai", "district", "state", "area",
     "territory", "prefecture", "county", "valley"}
)  # fmt: skip
# Prepositions whose object is where a strike lands ("fired on", "launched missiles at").
_AT = frozenset({"at", "on", "against", "in", "into", "across", "over", "toward", "towards"})
# Common nouns naming a town or a site by an "of" phrase ("the port of Assab"; leftovers51).
SITE_NOUNS = frozenset(
    {"port", "town", "city", "village", "harbour", "harbor", "airport", "base", "island",
     "outskirts", "suburb", "area"}
)  # fmt: skip
_LEADING = re.compile(r"^(?:the\s+|(?:northern|southern|eastern|western|central)\s+)+", re.I)


@cache
def _regions() -> dict[str, str]:
    """Region name (lower case, with "the" dropped) -> the state it lies in."""
    path = resources.files("realpolitik.extract").joinpath("data", "regions.tsv")
    out: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("iso3\t"):
            continue
        iso, names = line.split("\t")[:2]
        for name in names.split("|"):
            out[_LEADING.sub("", name.strip().lower())] = iso
    return out


def region_state(place: Token) -> str | None:
    """The state of the region ``place`` names: its own name with its modifiers ("the Kharkiv
    region", "Indian-administered Kashmir", "Jammu and Kashmir"), else None."""
    doc = place.doc
    ends = [place, *(c for c in place.children if c.dep_ == "conj" and c.pos_ == "PROPN")]
    for end in ends:
        text = _LEADING.sub("", doc[place.left_edge.i : end.i + 1].text.lower())
        got = _regions().get(text)
        if got is None and end is place and place.lemma_.lower() in _REGION_NOUNS:
            got = _regions().get(text.rsplit(" ", 1)[0]) if " " in text else None
        if got is not None:
            return got
    return None


def _places(tok: Token) -> list[Token]:
    """Where the act lands: its object, the objects of its place prepositions, and the place
    its object is in ("struck targets in the Odesa region"); for a strike noun that is a light
    verb's object, the verb's place phrase ("carried out air strikes in Paktika", where the
    parse hangs "in Paktika" on "carried"; practice20)."""
    found = [k for k in tok.children if k.dep_ in ("dobj", "nsubjpass")]
    preps = [k for k in tok.children if k.dep_ == "prep" and k.lower_ in _AT]
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and tok.head.pos_ == "VERB":
        preps += [k for k in tok.head.children if k.dep_ == "prep" and k.lower_ in _AT]
    preps += [k for o in found for k in o.children if k.dep_ == "prep" and k.lower_ in _AT]
    places = found + [p for k in preps for p in k.children if p.dep_ == "pobj"]
    return places + [n for p in places for n in _named_site(p)]


def _named_site(place: Token) -> list[Token]:
    """The town a site noun names by "of": "the port of Assab", "the town of Nabatieh"."""
    if place.lemma_.lower() not in SITE_NOUNS:
        return []
    return [p for k in place.children if k.dep_ == "prep" and k.lower_ == "of"
            for p in k.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]  # fmt: skip


@acts_on(codes=_STRIKE_CODES)
def struck_region_target(s: Site, c: Candidates) -> Candidates:
    """ "Russian missiles struck the Kharkiv region": the region's state (``data/regions.tsv``)
    is the target when no named state fills the slot; never the doer's own state."""
    if any(not unknown(a) for a in c.targets):
        return c
    own = {key(a) for a in c.sources}
    for place in _places(s.tok):
        state = region_state(place)
        if state is not None and state not in own:
            ref = ActorRef(place.doc[place.left_edge.i : place.i + 1].text, state, state)
            return c.with_targets([Arg(ref, IN_PHRASE, place.i)])
    return c


__all__ = ["SITE_NOUNS", "region_state", "struck_region_target"]
