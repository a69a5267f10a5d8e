"""Parse repair for two possessors of one plural noun: "Ghana's and Togo's presidents met" (issue
9, names18). The parser hangs both "Ghana" and "Togo" on "presidents" as possessors and leaves
the "and" on the first with no conjunct, so the noun resolves to no state (the office of two
states is read as one office of none) and "the two presidents" after it have no pair. The second
possessor becomes the first's conjunct: the phrase is then read as "the presidents of Ghana and
Togo" is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_forms, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_AND = frozenset({"and"})
_PLURAL = frozenset({"NNS", "NNPS"})
_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})


def joint_possessors(sent: Span) -> None:
    """ "A's and B's leaders": B (a possessor of the same noun after A's "and") becomes A's
    conjunct; so does B when the parser made the noun A's conjunct ("[A's] and [B's leaders]":
    the noun takes A's place and A becomes its possessor). "A's president and B's prime
    minister" (two nouns, each with its own possessor) are left alone. Precondition: only a
    word an "and" hangs on (as "cc") is read, the next such word looked up again after each
    repair (no Token for the others)."""
    forms = sentence_forms(sent)
    if _AND.isdisjoint(forms) or _POSSESSIVE.isdisjoint(forms):
        return
    ands, doc, hi = tokens_with_form(sent, _AND), sent.doc, sent.end
    at = sent.start
    while True:
        joined = [a.head.i for a in ands if a.dep_ == "cc" and at <= a.head.i < hi]
        if not joined:
            return
        first = doc[min(joined)]
        at = first.i + 1
        cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        if cc is None or not any(g.dep_ == "case" for g in first.children):
            continue
        owned = _owned(first)
        if owned is None:
            continue
        second = next((c for c in owned.children if c.dep_ == "poss" and c.i == cc.i + 1), None)
        if second is None or not any(g.dep_ == "case" for g in second.children):
            continue
        heads, deps = tree_of(sent)
        if owned.head.i == first.i:
            heads[owned.i], deps[owned.i] = heads[first.i], deps[first.i]
            heads[first.i], deps[first.i] = owned.i, "poss"
        heads[second.i], deps[second.i] = first.i, "conj"
        _write_tree(sent, heads, deps)


def _owned(first: Token) -> Token | None:
    """The noun a possessor ``first`` (with an "and" after it) shares with the next possessor:
    its head, or its conjunct when the parser read "[A's] and [B's leaders]"."""
    if first.dep_ == "poss" and first.head.i > first.i:
        if any(c.dep_ == "conj" for c in first.children):
            return None  # "[A and B]'s leaders": joined already
        return first.head
    owned = next((c for c in first.children if c.dep_ == "conj"), None)
    return owned if owned is not None and owned.tag_ in _PLURAL else None
