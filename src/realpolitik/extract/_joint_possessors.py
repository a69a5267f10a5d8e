"""Parse repair for two possessors of one plural noun: "Ghana's and Togo's presidents met" (issue
9, names18). The parser hangs both "Ghana" and "Togo" on "presidents" as possessors and leaves
the "and" on the first with no conjunct, so the noun resolves to no state (the office of two
states is read as one office of none) and "the two presidents" after it have no pair. The second
possessor becomes the first's conjunct: the phrase is then read as "the presidents of Ghana and
Togo" is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_forms

if TYPE_CHECKING:
    from spacy.tokens import Span

_AND = frozenset({"and"})
_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})


def joint_possessors(sent: Span) -> None:
    """ "A's and B's leaders": B (a possessor of the same noun after A's "and") becomes A's
    conjunct; "A's president and B's prime minister" (two nouns) are left alone."""
    forms = sentence_forms(sent)
    if _AND.isdisjoint(forms) or _POSSESSIVE.isdisjoint(forms):
        return
    for first in sent:
        if first.dep_ != "poss" or first.head.i < first.i:
            continue
        cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
        if cc is None or any(c.dep_ == "conj" for c in first.children):
            continue
        second = next(
            (c for c in first.head.children if c.dep_ == "poss" and c.i == cc.i + 1), None
        )
        if second is None or not any(g.dep_ == "case" for g in second.children):
            continue
        second.head, second.dep_ = first, "conj"
