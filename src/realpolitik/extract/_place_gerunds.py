"""A place's head noun, or a seat's name, read as a gerund (lex30, fresh17 RO and TT).

"Togo reopened the Noepe Aflao crossing to Ghanaian lorries": after two proper nouns the tagger
may read "crossing" as a gerund (lemma "cross"), and the parser then hangs it on the verb as a
clause and the name as the object, so the reopened crossing is never read (with one known name,
"the Aflao crossing", it is a noun). A "crossing" tagged as a gerund that has no object or
subject of its own and follows a determiner and one or more proper nouns is the noun: the names
become its compounds and it takes the place the last name held (the verb's object).

"Storting President Anna Berzina and Bundestag President Elena Varga signed": a legislature's
name in "-ing" ("Storting", "Folketing", "Althing", from the seats table) opening the sentence is
read as a gerund whose object is the titled name, so the name is no subject. Such a word is the
proper noun it is, a compound of the name it titles, and the name takes its place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, take_place, tree_of
from realpolitik.extract._seats_words import seat_words_in_ing
from realpolitik.extract._tree import forget, sentence_lowers, tag_hashes, tagged

if TYPE_CHECKING:
    from spacy.tokens import Span

# Place nouns in "-ing" that head a named place ("the Malaba crossing", "the X landing").
PLACE_GERUNDS = frozenset({"crossing", "crossings"})
_DETERMINERS = frozenset({"DT", "PRP$", "POS"})
_OWN_ARGS = frozenset({"dobj", "nsubj", "nsubjpass", "aux", "auxpass"})
# A gerund's clause label and the noun's in the same place ("Storting ... signed": a subject).
_AS_NOUN = {"csubj": "nsubj", "csubjpass": "nsubjpass"}
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
        names = range(j + 1, i)
        tops = [k for k in names if not j < doc[k].head.i <= i]
        if any(c.dep_ in _OWN_ARGS and c.i not in names for c in word.children) or len(tops) > 1:
            continue
        heads, deps = tree_of(sent)
        if tops and (word.head.i in names or word.head.i == doc[tops[0]].head.i):
            take_place(heads, deps, word, doc[tops[0]])  # ("the Paso Pehuenche" the object)
            if deps[i] in _CLAUSES:  # (a name read as a verb's clause: the object it stood for)
                deps[i] = "dobj"
        elif not tops and word.dep_ in _CLAUSES and word.head.pos_ == "VERB":
            deps[i] = "dobj"  # ("Cristo Redentor" read as the subject of a clause "crossing")
        elif tops or word.dep_ != "dobj":
            continue
        for k in range(j, i):
            heads[k], deps[k] = i, ("det" if k == j else "compound")
        _write_tree(sent, heads, deps)
        word.tag_, word.pos_, word.lemma_ = "NN", "NOUN", "crossing"
        forget(doc)


def seat_gerund(sent: Span) -> None:
    """ "Storting President Anna Berzina and ... signed": a seat's name in "-ing" read as a
    gerund is the proper noun titling the name it governed as an object."""
    doc = sent.doc
    names = seat_words_in_ing()
    for i in tagged(sent, tag_hashes("VBG")):
        word = doc[i]
        if word.text not in names:
            continue
        heads, deps = tree_of(sent)
        named = [c for c in word.children if c.dep_ == "dobj" and c.i > i]
        if named:
            take_place(heads, deps, named[0], word)
            deps[named[0].i] = _AS_NOUN.get(deps[named[0].i], deps[named[0].i])
            for c in word.children:
                if c.i != named[0].i:
                    heads[c.i] = named[0].i
            heads[i], deps[i] = named[0].i, "compound"
            _write_tree(sent, heads, deps)
        word.tag_, word.pos_, word.lemma_ = "NNP", "PROPN", word.text
        forget(doc)


def place_gerunds(sent: Span) -> None:
    """Both repairs of the module, one call of ``repair_parse``."""
    place_gerund(sent)
    seat_gerund(sent)
