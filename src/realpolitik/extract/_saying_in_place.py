"""A parse repair for a verb of saying read as a noun inside the speakers' place phrase (task
suite17, issue 9 round 16).

"Experts in Ottawa caution Greece could demand ...": the tagger may read "caution" as a noun, a
compound between the place ("Ottawa") and the clause's subject ("Greece"), which becomes the
object of "in"; the speakers are then the subject of "could demand" and their place a party.
(``saying_as_noun`` repairs the readings where the clause's subject stays a subject or an
apposition.) A noun so placed, right before a name that a modal of the speakers' verb follows,
is the speakers' verb: the place the object of "in", the clause its complement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _as_verb, _write_tree, tree_of
from realpolitik.extract._tree import tag_hashes, tagged

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MODAL_TAGS = tag_hashes("MD")


def saying_in_place(sent: Span) -> bool:
    """Re-hang "S in P V-noun X could act" as "S in P V [X could act]"; True if it did.
    Precondition: a modal (tag MD) in the sentence (the frame needs one after the name)."""
    if not tagged(sent, _MODAL_TAGS):
        return False
    doc = sent.doc
    for i in tagged(sent, tag_hashes("NN", "NNS"), stop=1):
        word = doc[i]
        found = _frame(word)
        if found is None:
            continue
        second, prep, first, verb = found
        kids = list(word.children)
        heads, deps = tree_of(sent)
        place = doc[i - 1]
        heads[place.i], deps[place.i] = prep.i, "pobj"
        for c in kids[:-1]:
            heads[c.i] = place.i
        heads[i], deps[i] = (i, "ROOT") if verb.head.i == verb.i else (verb.head.i, verb.dep_)
        heads[first.i], deps[first.i] = i, "nsubj"
        heads[verb.i], deps[verb.i] = i, "ccomp"
        heads[second.i], deps[second.i] = verb.i, "nsubj"
        if sent[-1].is_punct and heads[sent.end - 1] == verb.i:
            heads[sent.end - 1] = i
        _write_tree(sent, heads, deps)
        word.tag_ = "VBZ" if word.tag_ == "NNS" else "VBP"
        _as_verb(word)
        return True
    return False


def _frame(word: Token) -> tuple[Token, Token, Token, Token] | None:
    """(the clause's subject, the place's preposition, the speakers, their verb) where ``word``
    is a compound of a name that the preposition governs, with the place its only modifiers."""
    if word.dep_ != "compound" or word.i == 0:
        return None
    kids = list(word.children)
    if not kids or any(c.dep_ != "compound" or c.pos_ != "PROPN" for c in kids):
        return None
    if kids[-1].i != word.i - 1 or kids[0].i != word.left_edge.i:
        return None
    second = word.head
    if second.i != word.i + 1 or second.pos_ not in _NOUN_POS or second.dep_ != "pobj":
        return None
    prep = second.head
    first = prep.head
    if prep.dep_ != "prep" or prep.i != word.left_edge.i - 1 or first.dep_ != "nsubj":
        return None
    verb = first.head
    modal = second.nbor(1) if second.i + 1 < len(second.doc) else None
    if modal is None or modal.head.i != verb.i or modal.dep_ != "aux" or modal.tag_ != "MD":
        return None
    if any(c.dep_ == "nsubj" and c.i != first.i for c in verb.children):
        return None
    return second, prep, first, verb


__all__ = ["saying_in_place"]
