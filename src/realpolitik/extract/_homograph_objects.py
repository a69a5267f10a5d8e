"""Parse repair of a plural object the tagger read as a present verb ("Benin froze his bank
accounts": "accounts" as the verb of a clause "his bank accounts" whose subject is "bank"),
so the act's object is a clause and the act, a lexicon row conditioned on its object, is lost.
Called by :func:`realpolitik.extract._nlp.repair_parse`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, tag_hashes, tagged

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OWN_PARTS = frozenset({"nsubj", "punct"})
_MOVED = frozenset({"poss", "det", "amod", "nummod"})


def _wanted_object(verb: Token, noun: str) -> bool:
    """Whether a verb row of the lexicon names ``noun`` among the objects it needs: the
    evidence that the word is the verb's object and no verb of its own."""
    from realpolitik.extract._lexicon import lexicon

    rows = lexicon().triggers.get((verb.lemma_.lower(), "V"), ())
    return any(noun in row.obj for row in rows)


def plural_object_as_verb(sent: Span) -> None:
    """A word tagged as a present verb (VBZ) that the parser made a clause complement of an
    earlier verb with no object of its own, right after its one-noun subject ("his bank
    accounts", "the firm's assets"), and with nothing else of a clause (no object, auxiliary
    or "that"), is a plural noun: the verb's object, its subject a compound of it, when a verb
    row of the lexicon names the noun as an object it needs ("freeze ... obj=account")."""
    doc = sent.doc
    for i in tagged(sent, tag_hashes("VBZ")):
        word = doc[i]
        verb = word.head
        if word.dep_ != "ccomp" or verb.i >= i or verb.pos_ != "VERB":
            continue
        kids = list(word.children)
        subj = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subj is None or subj.i != i - 1 or subj.pos_ != "NOUN":
            continue
        if any(c.dep_ not in _OWN_PARTS for c in kids):
            continue
        if any(c.dep_ in ("dobj", "ccomp") and c.i != i for c in verb.children):
            continue
        if not _wanted_object(verb, word.lemma_.lower()):
            continue
        heads, deps = tree_of(sent)
        heads[i], deps[i] = verb.i, "dobj"
        heads[subj.i], deps[subj.i] = i, "compound"
        for c in subj.children:
            if c.dep_ in _MOVED and c.i < subj.i:
                heads[c.i] = i
        _write_tree(sent, heads, deps)
        word.tag_, word.pos_ = "NNS", "NOUN"
        forget(doc)
        return
