"""An occasion clause's subject read as the object of its conjunction (parties32): "France
scrambled jets after Brazil bombed Beijing", "Poland scrambled jets as Russian missiles struck
Kyiv": the parser may read "after / as" as a preposition with the name its object ("after
Brazil", "jets as Russian missiles") and hang the finite verb after it on the main verb as an
adverbial clause with no subject, so the clause's act took the main clause's subject (France
bombing Beijing, asserted) and the main act lost the act it answers. Where a finite verb with
no subject follows such a phrase directly, the phrase's noun is the verb's subject and the
conjunction its marker. Called by :func:`realpolitik.extract._nlp.repair_parse`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_forms

if TYPE_CHECKING:
    from spacy.tokens import Span

# Conjunctions of time or cause that the parser may read as prepositions.
_CONJUNCTIONS = frozenset({"after", "as", "before", "since", "until", "while", "when"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def occasion_subject(sent: Span) -> None:
    """ "after Brazil bombed Beijing": the conjunction's "object" becomes the subject of the
    finite verb right after it, the conjunction its ``mark`` (see the module's docstring)."""
    if _CONJUNCTIONS.isdisjoint(sentence_forms(sent)):
        return  # (most sentences: no token walked)
    for prep in sent:
        if prep.lower_ not in _CONJUNCTIONS or prep.dep_ not in ("prep", "mark"):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ not in ("PROPN", "NOUN"):
            continue
        after = noun.right_edge.i + 1
        if after >= sent.end:
            continue
        verb = sent.doc[after]
        if (
            verb.tag_ not in _FINITE
            or verb.dep_ not in ("advcl", "conj", "ccomp")
            or any(c.dep_ in _SUBJECT_DEPS for c in verb.children)
            or verb in noun.subtree
        ):
            continue
        heads, deps = tree_of(sent)
        heads[noun.i], deps[noun.i] = verb.i, "nsubj"
        heads[prep.i], deps[prep.i] = verb.i, "mark"
        _write_tree(sent, heads, deps)
        return
