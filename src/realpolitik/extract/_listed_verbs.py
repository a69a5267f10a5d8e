"""A list of three acts the parser breaks: "Syria recalled its ambassador from Spain, summoned
Spain's ambassador and criticised Spain" (issue 9, context22: fresh11's class TA).

The parser may hang the middle verb of such a list as an adverbial clause of the first, with
the last verb its conjunct; the salience stage then drops the middle and last acts as
background, and a trailing "according to X" on the middle verb is no longer on the sentence's
main line. A past-tense verb right after a comma, hung as an adverbial clause of an earlier
past-tense verb, with no subject, marker or auxiliary of its own and an "and" + conjunct of its
own, is the list's second item: a conjunct of the first. The parser may also hang it on the
first verb's object as a modifier ("expelled two diplomats, criticised X and summoned Y":
"criticised" an ``acl`` of "diplomats"; leftovers25): a past tense (not a participle) is no
noun's modifier, so it becomes the object's verb's conjunct the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_forms, tag_hashes, tagged
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PAST = "VBD"
_LAST = frozenset({"VBD", "VBN"})  # the last item ("and suspended trade": either tag)
_OWN_CLAUSE = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass", "expl"})
_AND = frozenset({"and"})
_LISTED = frozenset({"advcl", "acl"})


def listed_verb(sent: Span) -> None:
    """Re-hang the middle verb of "V1 X, V2 Y and V3 Z" as V1's conjunct (in place)."""
    if _AND.isdisjoint(sentence_forms(sent)) or "," not in sentence_forms(sent):
        return  # (no list: no walk over the tokens)
    doc = sent.doc
    for i in tagged(sent, tag_hashes(*_LAST)):  # (past or participle: no walk)
        tok = doc[i]
        if tok.dep_ not in _LISTED or tok.i == sent.start:
            continue
        if tok.tag_ != _PAST and not _participle_with_object(tok):
            continue
        head = tok.head
        if tok.dep_ == "acl":  # (hung on the first verb's object)
            if head.dep_ != "dobj" or head.pos_ not in ("NOUN", "PROPN"):
                continue
            head = head.head
        if head.tag_ != _PAST or head.i > tok.i or doc[tok.i - 1].text != ",":
            continue
        kids = list(tok.children)
        if any(c.dep_ in _OWN_CLAUSE for c in kids):
            continue
        if not any(c.dep_ == "cc" and c.lower_ == "and" for c in kids):
            continue
        if not any(c.dep_ == "conj" and c.tag_ in _LAST for c in kids):
            continue
        if tok.head.i == head.i:
            relabel(tok, "conj")
            continue
        heads, deps = tree_of(sent)
        heads[tok.i], deps[tok.i] = head.i, "conj"
        _write_tree(sent, heads, deps)
        return


def _participle_with_object(tok: Token) -> bool:
    """ "expelled two diplomats, condemned Armenia and closed its embassy": a participle read
    as the object's modifier of a past-tense verb, with a direct object of its own and an "and"
    conjunct, is a finite verb of the list (the tagger may read "condemned" either way)."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and any(c.dep_ == "dobj" for c in tok.children)
        and tok.head.head.tag_ == _PAST
        and any(c.dep_ == "conj" and c.tag_ in _LAST for c in tok.children)
    )


__all__ = ["listed_verb"]
