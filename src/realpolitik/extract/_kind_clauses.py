"""Clauses that describe a kind of act, not an act (lex25, fresh13_classes.md L).

"Nobody wants a row of the kind Chile once fought with Bolivia", "a dispute of the sort Peru
had with Ecuador": the clause after "the kind / sort / type" names a kind of act by an example;
it reports no new event (GUIDE rule 1: a reference to an old act is no event of the story). The
parser hangs such a contact clause on "kind" as a relative clause or, misled, on the main verb
as its complement; either way it opens right after the kind noun (or its "that" / "which").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import doc_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

_KIND_NOUNS = frozenset({"kind", "sort", "type", "kinds", "sorts", "types"})
_NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj"})
_RELATIVES = frozenset({"that", "which"})
_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "acl", "advcl"})


def kind_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a clause that opens right after "the kind / sort / type"."""
    if doc_forms(verb.doc).isdisjoint(_KIND_NOUNS):
        return False  # (its answer is one of them: no Token read where the parse has none)
    if verb.dep_ not in _CLAUSE_DEPS:
        return False
    i = verb.left_edge.i - 1
    doc = verb.doc
    if i >= 0 and doc[i].lower_ in _RELATIVES:
        i -= 1
    if i < 0:
        return False
    before = doc[i]
    for _ in range(3):  # ("the kind South Africa once fought": the name hung on "kind")
        if before.lower_ in _KIND_NOUNS or before.dep_ not in ("appos", "compound"):
            break
        before = before.head
    # (the tagger may read "kind" as an adjective; standing as a noun does, it is the noun)
    return before.lower_ in _KIND_NOUNS and before.dep_ in _NOUN_DEPS
