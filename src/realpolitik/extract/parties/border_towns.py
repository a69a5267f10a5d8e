"""A town no table knows, placed by its own apposition on a named state's border (issue 9,
leftovers31).

"Turkey shelled Kessar, a town on the Syrian border", "Russian troops massed near Kessar, a
village on the border with Ukraine", "Ghana reopened the crossing at Tarvo on the Togolese
frontier": the act's place is a name of no state (border towns are in no table, and none is
copied in), but the sentence's own words say whose border it lies on. An act at a place on Y's
border is aimed at Y (GUIDE rule 6: "the apposition naming the border's state gives the
target"), never the doer's own state; a town with no such phrase ("massed troops near Kessar")
names no target, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

# Common nouns an apposition uses to say what a place is ("Kessar, a town on ...").
_PLACE_NOUNS = frozenset(
    {"town", "village", "city", "hamlet", "settlement", "district", "outpost", "crossing",
     "post", "port", "area", "region", "enclave", "community", "municipality", "locality"}
)  # fmt: skip
_BORDER = frozenset({"border", "frontier", "boundary", "borderland"})
_ON = frozenset({"on", "near", "along", "by", "at", "close"})
# Prepositions whose object is where the act is done ("shelled near", "massed at").
_AT = frozenset({"near", "at", "on", "in", "to", "toward", "towards", "around", "outside"})


def _places(tok: Token) -> list[Token]:
    """The act's object and the objects of its place prepositions, and the object's own
    place phrase ("the crossing at Tarvo")."""
    found = [k for k in tok.children if k.dep_ == "dobj"]
    found += [p for k in tok.children if k.dep_ == "prep" and k.lower_ in _AT
              for p in k.children if p.dep_ == "pobj"]  # fmt: skip
    found += [p for o in list(found) for k in o.children if k.dep_ == "prep" and k.lower_ in _AT
              for p in k.children if p.dep_ == "pobj"]  # fmt: skip
    return found


def _border_sides(place: Token) -> list[Token]:
    """The words naming whose border ``place`` lies on: "Kessar, a town on the Syrian border"
    (the border's adjective or name), "... on the border with Ukraine" (its "with")."""
    holders = [a for a in place.children if a.dep_ == "appos" and a.lemma_.lower() in _PLACE_NOUNS]
    if place.lemma_.lower() in _PLACE_NOUNS:
        holders.append(place)  # "the crossing at Tarvo on the Togolese border"
    sides: list[Token] = []
    for h in holders:
        for prep in h.children:
            if prep.dep_ not in ("prep", "advmod", "amod") or prep.lower_ not in _ON:
                continue
            for border in prep.subtree:
                if border.dep_ != "pobj" or border.lemma_.lower() not in _BORDER:
                    continue
                sides += [m for m in border.children if m.dep_ in ("amod", "compound", "poss")]
                sides += [q for w in border.children if w.dep_ == "prep" and w.lower_ == "with"
                          for q in w.children if q.dep_ == "pobj"]  # fmt: skip
    return sides


@acts_on(noun=False, words=_BORDER)
def border_town_side(s: Site, c: Candidates) -> Candidates:
    """ "Turkey shelled Kessar, a town on the Syrian border": the state whose border the act's
    unknown place lies on (never the doer's own)."""
    if not c.sources or any(not unknown(a) for a in c.targets):
        return c
    own = {key(a) for a in c.sources}
    for place in _places(s.tok):
        if s.actors.mention_of(place) is not None and place.lemma_.lower() not in _PLACE_NOUNS:
            continue  # a place the tables know names its own state (other stages)
        got: list[Arg] = []
        for side in _border_sides(place):
            got += [a for a in s.actors.resolve(side) if not unknown(a) and key(a) not in own]
        if got:
            return c.with_targets(got)
    return c


__all__ = ["border_town_side"]
