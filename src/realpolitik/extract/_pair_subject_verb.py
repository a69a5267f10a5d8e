"""A sentence opened by "Both" or "The two" with its verb read as an adjective (leftovers44).

"Both imposed sanctions", "The two suspended aid": after a pair named in the previous
sentence, the parser reads the opening words as one noun phrase ("both imposed sanctions",
the verb an adjective of the object), so the sentence has no verb and gives no act. A
sentence whose root is a noun with, on its left, an opening "Both" (or "The two") and then a
past form of a verb the project reads as the noun's modifier, is that verb's clause: the verb
its root, "Both" ("two") its subject and the noun its object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_forms
from realpolitik.extract._verb_repairs import _verb_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span

_NOUNS = frozenset({"NOUN", "PROPN"})
# Past forms the same as their verb ("The two cut ties"), which the lemma lookup leaves open.
_BARE_PAST = {"cut": "cut", "put": "put", "set": "set", "shut": "shut", "hit": "hit"}


def pair_subject_verb(sent: Span) -> None:
    """See the module's docstring."""
    forms = sentence_forms(sent)
    if "both" not in forms and "two" not in forms:
        return
    doc = sent.doc
    first = doc[sent.start]
    if first.lower_ == "both":
        subj, verb_at = first, sent.start + 1
    elif (
        first.lower_ == "the" and sent.end > sent.start + 1 and doc[sent.start + 1].lower_ == "two"
    ):
        subj, verb_at = doc[sent.start + 1], sent.start + 2
    else:
        return
    root = sent.root
    while verb_at < root.i and doc[verb_at].tag_ == "RB":  # "The two later imposed ..."
        verb_at += 1
    if verb_at >= root.i or root.pos_ not in _NOUNS:
        return
    verb = doc[verb_at]
    if verb.tag_ not in ("VBD", "VBN", "JJ") or verb.dep_ != "amod" or verb.head.i != root.i:
        return
    if subj.head.i != root.i:
        return
    lemma = _verb_lemma(verb.lower_) or _BARE_PAST.get(verb.lower_)
    if lemma is None or (verb.tag_ == "JJ" and lemma == verb.lower_):
        return
    heads, deps = tree_of(sent)
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[subj.i], deps[subj.i] = verb.i, "nsubj"
    if subj.i != first.i:
        heads[first.i], deps[first.i] = subj.i, "det"
    heads[root.i], deps[root.i] = verb.i, "dobj"
    for k in root.children:
        if (k.i > root.i and k.dep_ == "punct") or (k.i < verb.i and k.dep_ == "advmod"):
            heads[k.i] = verb.i
    _write_tree(sent, heads, deps)
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", lemma
    forget(doc)  # (a tag changed)
