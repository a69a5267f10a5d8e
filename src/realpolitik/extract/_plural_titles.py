"""A plural title before coordinated names: "Presidents William Ruto and Yoweri Museveni signed
a declaration", "Foreign Ministers A and B met" (issue 9, pairs23: fresh12's DC).

The parser may read the plural title as a subject of its own beside the first name, with the
second name a conjunct of the first: the verb then has two subjects, the title (which the
mention of the first name covers) and the first name, and the reading of subjects takes the
title alone, so the second signer was lost and a joint act came out one way or not at all.
(It may also read the first name as the title's apposition.) The title is the names' title: it
becomes a compound of the first name, which takes the subject's role and keeps its conjuncts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span

# Plural titles written before the names of several office-holders.
PLURAL_TITLES = frozenset(
    {"presidents", "ministers", "premiers", "chancellors", "kings", "emirs", "leaders",
     "ambassadors", "envoys", "secretaries", "generals"}
)  # fmt: skip
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_NAME_TAGS = frozenset({"NNP", "NNPS", "HYPH"})  # ("Diaz-Canel")
_APPOS = "appos"  # "Presidents ... Mahama" read as the title's apposition


def plural_title(sent: Span) -> None:
    """ "Presidents William Ruto and Yoweri Museveni signed": "Presidents" a compound of
    "Ruto", the subject (with its conjunct "Museveni")."""
    for title in tokens_with_form(sent, PLURAL_TITLES):  # (a Token only for a plural title)
        if title.dep_ not in _SUBJECT_DEPS:
            continue
        verb = title.head
        after = title.i + 1
        while after < sent.end and sent.doc[after].tag_ in _NAME_TAGS:
            name = sent.doc[after]
            sibling = name.dep_ in _SUBJECT_DEPS and name.head.i == verb.i
            if sibling or (name.dep_ == _APPOS and name.head.i == title.i):
                heads, deps = tree_of(sent)
                heads[name.i], deps[name.i] = verb.i, title.dep_
                heads[title.i], deps[title.i] = name.i, "compound"
                _write_tree(sent, heads, deps)
                return
            after += 1
