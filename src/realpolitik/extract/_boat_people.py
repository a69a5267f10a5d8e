"""People aboard a boat kept with the boat (lex33, fresh20's D): "the coast guard stopped a dhow
carrying 12 Somali nationals", "intercepted a boat with 40 Somalis aboard". The parser may
hang the carrying participle or the "with" phrase on the verb (the tagger reads "dhow" as an
adverb), so the people are no part of the object and their state is lost as the target; the
participle or phrase right after a boat object is the boat's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._people_objects import BOATS, CARRY
from realpolitik.extract._tree import sentence_words, tokens_with_lemma
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span


def boat_people(sent: Span) -> None:
    """A carrying participle (advcl) or a "with" phrase (prep) hung on the verb right after the
    verb's boat object is re-hung on the boat (as acl, as prep)."""
    if sentence_words(sent).isdisjoint(BOATS):
        return  # (most sentences: no boat, no walk)
    moved = False
    heads, deps = tree_of(sent)
    for boat in tokens_with_lemma(sent, BOATS):
        if boat.dep_ not in ("dobj", "nsubjpass"):
            continue
        verb = boat.head
        for c in verb.children:
            if c.i != boat.right_edge.i + 1:
                continue
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in CARRY:
                heads[c.i], deps[c.i] = boat.i, "acl"
                moved = True
            elif c.dep_ == "prep" and c.lower_ == "with":
                heads[c.i] = boat.i
                moved = True
    if moved:
        _write_tree(sent, heads, deps)
