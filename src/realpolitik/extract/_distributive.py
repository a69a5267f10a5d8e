"""A distributive subject set against "the other": "each side accused the other", "each blamed
the other", "each country expelled the other's envoy" (leftovers32).

"Each" takes the members of a group one at a time; with "the other" in its clause the group is
a pair, the story's two states, as "both sides" and "neither of them" are. Without "the other"
("each country will send troops") the group may be any number, so only "each side" (a side is
one of two) is read as the pair on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

EACH = "each"
_SIDE = "side"


def the_other_in_clause(tok: Token) -> bool:
    """A "the other" (object, prepositional object or owner) in the clause ``tok`` is the
    subject of."""
    head = tok.head if tok.head.i != tok.i else tok
    return any(
        t.lower_ == "other" and any(c.lower_ == "the" for c in t.children)
        for t in head.subtree
        if t.i != tok.i
    )


def each_of_pair(tok: Token, lemma: str, dets: set[str]) -> bool:
    """ "each side", or "each country / government / leader" whose clause names "the other":
    the pair taken one at a time."""
    if EACH not in dets:
        return False
    return lemma == _SIDE or the_other_in_clause(tok)


def bare_each(tok: Token) -> bool:
    """ "Each blamed the other": a bare "each" subject set against "the other"."""
    return tok.lower_ == EACH and the_other_in_clause(tok)
