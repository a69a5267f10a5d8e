"""A place's head noun read as a gerund after an unknown name (lex30, fresh17 RO).

"Togo reopened the Noepe Aflao crossing to Ghanaian lorries": after two proper nouns the tagger
may read "crossing" as a gerund (lemma "cross"), and the parser then hangs it on the verb as a
clause and the name as the object, so the reopened crossing is never read (with one known name,
"the Aflao crossing", it is a noun). A "crossing" tagged as a gerund that has no object or
subject of its own and follows a determiner and one or more proper nouns is the noun: the names
become its compounds and it takes the place the last name held (the verb's object)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, take_place, tree_of
from realpolitik.extract._tree import forget, sentence_lowers, tag_hashes, tagged

if TYPE_CHECKING:
    from spacy.tokens import Span

# Place nouns in "-ing" that head a named place ("the Malaba crossing", "the X landing").
PLACE_GERUNDS = frozenset({"crossing", "crossings"})
_DETERMINERS = frozenset({"DT", "PRP$", "POS"})
_OWN_ARGS = frozenset({"dobj", "nsubj", "nsubjpass", "aux", "auxpass"})
_CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "conj"})


def place_gerund(sent: Span) -> None:
    """ "reopened the Kpoglu Dzodze crossing to X lorries": the gerund made the place noun
    its names were read as (see the module's docstring)."""
    doc = sent.doc
    lowers = sentence_lowers(sent)
    for i in tagged(sent, tag_hashes("VBG")):
        if lowers[i - sent.start] not in PLACE_GERUNDS:
            continue
        word = doc[i]
        j = i - 1
        while j >= sent.start and doc[j].tag_ in ("NNP", "NNPS"):
            j -= 1
        if j == i - 1 or j < sent.start or doc[j].tag_ not in _DETERMINERS:
            continue
        last = doc[i - 1]
        if any(c.dep_ in _OWN_ARGS and c.i != last.i for c in word.children):
            continue
        heads, deps = tree_of(sent)
        if last.head.i != i and last.head.i == word.head.i:
            take_place(heads, deps, word, last)  # ("the Paso Pehuenche" read as the object)
        elif last.head.i == i and word.dep_ in _CLAUSES and word.head.pos_ == "VERB":
            deps[i] = "dobj"  # ("Cristo Redentor" read as the subject of a clause "crossing")
        elif last.head.i != i and word.dep_ != "dobj":
            continue
        for k in range(j, i):
            heads[k], deps[k] = i, ("det" if k == j else "compound")
        _write_tree(sent, heads, deps)
        word.tag_, word.pos_, word.lemma_ = "NN", "NOUN", "crossing"
        forget(doc)
