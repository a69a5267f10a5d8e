"""A verb after "to" the tagger read as a noun (issue 9, leftovers17): "Iraq is still yet to
voice anger at Turkey's strike", "X is yet to table its proposal", "X has yet to force a vote":
in a pending or negated act ("yet to V", GUIDE rules 4-5) the tagger may read the bare verb as a
noun (a "voice", a "table") although the parser gave it the infinitive's "to" and an object, so
the act and the row of its object ("voiced anger at": criticism) are lost. Called by
:func:`realpolitik.extract._nlp.repair_parse` beside ``_tag_repairs.infinitive_adjective``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _as_verb
from realpolitik.extract._tree import sentence_lowers, tag_hashes, tagged

if TYPE_CHECKING:
    from spacy.tokens import Span

# Labels of an infinitive clause: a complement ("is yet to voice"), an adverbial clause.
_INFINITIVE_DEPS = frozenset({"xcomp", "advcl", "ccomp"})


def infinitive_noun(sent: Span) -> None:
    """A singular noun right after "to", with "to" as its auxiliary, an object of its own and
    a clause label, is the infinitive verb."""
    doc = sent.doc
    lowers = sentence_lowers(sent)
    for i in tagged(sent, tag_hashes("NN")):
        if i == sent.start or lowers[i - 1 - sent.start] != "to":
            continue
        word = doc[i]
        if word.dep_ not in _INFINITIVE_DEPS:
            continue
        kids = list(word.children)
        if not any(c.dep_ == "aux" and c.i == i - 1 for c in kids):
            continue
        if not any(c.dep_ == "dobj" for c in kids):
            continue
        word.tag_ = "VB"
        _as_verb(word)
