"""Parse repairs of a word the tagger read as the wrong part of speech: a verb after "to" as an
adjective, a gerund as a noun, a verb's object as a bare verb. Called by
:func:`realpolitik.extract._nlp.repair_parse`; each looks first for its fine tag in the columns
read once per parse (``_tree``) and makes a Token only of a candidate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _as_verb, _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_lowers, tag_hashes, tagged
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NOUNISH = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_PARTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark"})


def infinitive_adjective(sent: Span) -> None:
    """ "Canberra ignored calls to free Brasilia's imprisoned pilots": the tagger may read a verb
    after "to" as an adjective ("free", "clear", "open"), so its object hangs on an adjective
    and the act is lost. A word tagged as an adjective right after "to", with "to" as its
    auxiliary and an object of its own, is the infinitive verb (a noun's clause when it
    hangs on a noun)."""
    doc = sent.doc
    lowers = sentence_lowers(sent)
    for i in tagged(sent, tag_hashes("JJ")):
        if i == sent.start or lowers[i - 1 - sent.start] != "to":
            continue
        word = doc[i]
        kids = list(word.children)
        if not any(c.dep_ == "aux" and c.i == i - 1 for c in kids):
            continue
        if not any(c.dep_ == "dobj" for c in kids):
            continue
        to = doc[i - 1]
        to.tag_, to.pos_ = "TO", "PART"
        word.tag_ = "VB"
        if word.dep_ == "advcl" and word.head.pos_ in _NOUNISH:
            relabel(word, "acl")  # ("calls to free ...": a noun's clause, not an adverb's)
        _as_verb(word)


def gerund_noun(sent: Span) -> None:
    """ "A decree sanctioning Turkey was signed by X": the tagger may read a gerund as a noun
    and the parser its object as a second subject of the main verb, so the decree's act has no
    target. A noun in "-ing" hung on a noun as a clause (a clause label), whose next word
    starts a phrase read as a subject of the verb its own noun is the subject of, is the
    gerund of a verb the lexicon knows: the phrase becomes its object."""
    from realpolitik.extract._lexicon import lexicon

    doc = sent.doc
    lowers = sentence_lowers(sent)
    for i in tagged(sent, tag_hashes("NN"), stop=1):
        if not lowers[i - sent.start].endswith("ing"):
            continue
        word = doc[i]
        noun = word.head
        if word.dep_ != "acl" or noun.i >= i or noun.dep_ not in _SUBJECTS:
            continue
        obj = _subject_after(noun, i)
        if obj is None:
            continue
        lemma = word.lemma_
        word.tag_ = "VBG"
        _as_verb(word)
        if (word.lemma_.lower(), "V") not in lexicon().triggers:  # (read as a noun again)
            word.tag_, word.pos_, word.lemma_ = "NN", "NOUN", lemma
            continue
        heads, deps = tree_of(sent)
        heads[obj.i], deps[obj.i] = word.i, "dobj"
        _write_tree(sent, heads, deps)
        return
    _gerund_compound(sent)


def _gerund_compound(sent: Span) -> None:
    """ "A decree sanctioning Venezuela was signed by X", parsed with the gerund as a verb (a
    clause of the noun, or a modifier of its object) and its object as a second subject of the
    verb the noun before the gerund is the subject of: the gerund is the noun's clause, the
    phrase its object."""
    doc = sent.doc
    for i in tagged(sent, tag_hashes("VBG"), stop=1):
        word = doc[i]
        if i == sent.start or word.dep_ not in ("compound", "acl"):
            continue
        noun = doc[i - 1]
        if noun.dep_ not in _SUBJECTS or noun.pos_ != "NOUN":
            continue
        obj = _subject_after(noun, i)
        if obj is None and word.dep_ == "compound" and word.head.i > i:
            obj = word.head  # (the gerund hung on its object as a modifier)
        if obj is None or obj.dep_ not in _SUBJECTS or obj.head.i != noun.head.i:
            continue
        heads, deps = tree_of(sent)
        heads[i], deps[i] = noun.i, "acl"
        heads[obj.i], deps[obj.i] = i, "dobj"
        _write_tree(sent, heads, deps)
        return


def object_as_verb(sent: Span) -> None:
    """ "Cuba may voice displeasure with X": the tagger may read a verb's object as a second
    bare verb, so the act's noun is not found. A word tagged as a bare verb that the parser
    made the object of an earlier verb, with no subject, auxiliary or object of its own, is a
    noun; so is one tagged as a present verb ("decried the missile strikes") with a
    determiner of its own."""
    doc = sent.doc
    for i in tagged(sent, tag_hashes("VB", "VBZ")):
        word = doc[i]
        if word.dep_ != "dobj" or word.head.i >= i:
            continue
        if any(c.dep_ in _CLAUSE_PARTS for c in word.children):
            continue
        if word.tag_ == "VBZ":  # "decried the missile strikes": a plural noun, when it has
            if not any(c.dep_ == "det" for c in word.children):  # a determiner of its own
                continue
            word.tag_, word.pos_ = "NNS", "NOUN"
        else:
            word.tag_, word.pos_ = "NN", "NOUN"
        forget(doc)  # (a tag changed)


def _subject_after(noun: Token, i: int) -> Token | None:
    """A second subject of ``noun``'s verb whose phrase begins right after token ``i``."""
    return next(
        (c for c in noun.head.children
         if c.dep_ in _SUBJECTS and c.i > i and c.left_edge.i == i + 1),
        None,
    )  # fmt: skip


def bare_preposition_gerund(sent: Span) -> None:
    """ "Afghan troops came under shelling by X": the parser may leave the preposition with no
    object and make the gerund after it an adverbial clause of the verb, whose subject it then
    borrows as the doer. A preposition of the verb with no dependent of its own, followed at
    once by a gerund the parser hung on the same verb as a clause, governs that gerund."""
    doc = sent.doc
    for i in tagged(sent, tag_hashes("VBG")):
        word = doc[i]
        if i == sent.start or word.dep_ != "advcl":
            continue
        prep = doc[i - 1]
        if prep.dep_ != "prep" or prep.head.i != word.head.i or prep.n_lefts + prep.n_rights:
            continue
        heads, deps = tree_of(sent)
        heads[i], deps[i] = prep.i, "pcomp"
        _write_tree(sent, heads, deps)
        return
