"""A participle on a passive's subject that the parser made a clausal subject (issue 9,
clauses40: fresh28 B).

"... whether the workers detained in September would be released", "the students detained in
Warsaw in March will be freed": the parser reads "the workers detained ..." as a clause (the
participle a clausal passive subject, ``csubjpass``, with "the workers" its own subject), so the
detention becomes an act of its own, `possible` under "would be released", with guessed parties.
The participle names the people by what was done to them (GUIDE rule 1: a past-participle
modifier is scene). Where a past participle with no auxiliary of its own is the clausal subject
of a passive verb and has a noun subject before it, the noun becomes the passive verb's subject
and the participle its modifier (``acl``), as in "the tariffs imposed in October were lifted";
a "whether" or "if" that led the clause moves to the passive verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import label_ids
from realpolitik.extract._tree import forget, labelled
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_CLAUSAL_SUBJECTS = label_ids(("csubjpass", "csubj"))


def subject_participle(sent: Span) -> None:
    """ "whether the workers detained in May would be released": "the workers" the subject of
    "released", "detained" its modifier."""
    doc = sent.doc
    for i in labelled(sent, _CLAUSAL_SUBJECTS):
        part = doc[i]
        verb = part.head
        if part.tag_ != "VBN" or verb.tag_ != "VBN" or verb.i <= part.i:
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        kids = list(part.children)
        if any(c.dep_ in ("aux", "auxpass") for c in kids):
            continue  # ("that the men were detained is clear": a clause of its own)
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < part.i), None)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        heads, deps = tree_of(sent)
        heads[subj.i], deps[subj.i] = verb.i, "nsubjpass"
        heads[part.i], deps[part.i] = subj.i, "acl"
        for c in kids:
            if c.dep_ == "mark":
                heads[c.i] = verb.i
        _write_tree(sent, heads, deps)
        forget(doc)
        return
