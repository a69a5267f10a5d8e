"""Parse repair for a promise's that-clause read as its subject: "Chapo promised that fuel
deliveries through Beira would not be disrupted again" may be parsed with "that" as a
determiner ("that fuel deliveries" the promise's object) and the promise as the clausal subject
of "disrupted", so the clause's "not" seems to negate the promise and the deliveries seem to be
what is promised (class CN of fresh9). A commitment verb read as the clausal subject of a later
verb, whose object opens with "that", governs that verb as its complement; "that" marks it and
the object noun is its subject."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, take_place, tree_of
from realpolitik.extract._tree import sentence_words, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span

# Verbs of commitment whose that-clause is what is promised
_COMMITTING = frozenset({"promise", "pledge", "assure", "vow", "guarantee", "swear"})
_CLAUSAL_SUBJECTS = frozenset({"csubj", "csubjpass"})


def promise_clause_as_subject(sent: Span) -> None:
    """ "X promised that deliveries would not be disrupted": the clause is the promise's."""
    if "that" not in sentence_words(sent):
        return
    for verb in tokens_with_lemma(sent, _COMMITTING):
        clause = verb.head
        if verb.dep_ not in _CLAUSAL_SUBJECTS or clause.i < verb.i or verb.i + 1 >= sent.end:
            continue
        that = sent.doc[verb.i + 1]
        noun = that.head
        if that.lower_ != "that" or that.dep_ != "det" or noun.head.i != verb.i:
            continue
        heads, deps = tree_of(sent)
        take_place(heads, deps, verb, clause)
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        heads[clause.i], deps[clause.i] = verb.i, "ccomp"
        heads[that.i], deps[that.i] = clause.i, "mark"
        heads[noun.i], deps[noun.i] = clause.i, "nsubjpass" if passive else "nsubj"
        for c in verb.children:
            if noun.i < c.i < clause.i:
                heads[c.i] = noun.i  # "deliveries through Beira": the noun's phrase
        for c in clause.children:
            if c.i < verb.i and c.dep_ in ("cc", "punct"):
                heads[c.i] = heads[verb.i] if heads[verb.i] != verb.i else verb.i
        _write_tree(sent, heads, deps)
        return
