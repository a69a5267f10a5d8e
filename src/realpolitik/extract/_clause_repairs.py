"""Parse repairs that re-hang a whole clause: a trailing appositive's relative clause read as
the main clause. Called by :func:`realpolitik.extract._nlp.repair_parse`. The re-hanging steps
are ``_tree_rewrites``, the closing reporter's repair ``_reporter_repairs`` and the main verb's
repairs ``_main_verb_repairs``; all re-exported here, where the other repairs import them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._main_verb_repairs import (
    finite_modifier,
    name_as_adverb,
    participle_adjective,
)
from realpolitik.extract._pos import PROPN
from realpolitik.extract._reporter_repairs import hang_report, trailing_reporter
from realpolitik.extract._tree import (
    forget,
    tag_hashes,
    tagged,
    tokens_with_form,
    tokens_with_lemma,
)
from realpolitik.extract._tree_rewrites import _as_verb as _as_verb
from realpolitik.extract._tree_rewrites import _write_tree as _write_tree
from realpolitik.extract._tree_rewrites import hang_infinitive as hang_infinitive
from realpolitik.extract._tree_rewrites import relabel
from realpolitik.extract._tree_rewrites import take_place as take_place
from realpolitik.extract._tree_rewrites import tree_of as tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_ARTICLES = frozenset({"a", "an"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NOUNISH = frozenset({"NOUN", "PROPN"})
_NOT_IN_SUBJECT = frozenset({"ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"})
_SHORTEST_SUBJECT = 1  # (words between the appositive's noun and the relative's auxiliary)
_BE = frozenset({"be"})


def trailing_relative(sent: Span) -> None:
    """ "Moscow went ahead with the pipeline, a plan Caracas has repeatedly rejected": the
    parser may read the appositive's relative clause (its object left out) as the sentence's
    main clause, with the real main clause its complement ("Caracas rejected [Moscow went
    ahead]") or the appositive noun its subject. When the sentence ends "..., a NOUN SUBJECT
    has/have (ADV) PARTICIPLE.", the clause before the comma becomes the main clause again,
    the noun its set-off modifier and the participle the noun's relative clause."""
    end = sent.end - 1 if sent[-1].is_punct else sent.end
    doc = sent.doc
    verb = doc[end - 1]
    if verb.tag_ != "VBN" or end - sent.start < 6:
        return
    aux = verb.i - 1
    while aux > sent.start and doc[aux].pos_ == "ADV":
        aux -= 1
    if doc[aux].lemma_.lower() != "have" or doc[aux].tag_ not in _FINITE:
        return
    comma = next((i for i in range(aux - 1, sent.start, -1) if doc[i].text == ","), None)
    if comma is None or doc[comma + 1].lower_ not in _ARTICLES:
        return
    nouns = [i for i in range(comma + 2, aux) if doc[i].pos_ == "NOUN"]
    if not nouns:
        return
    noun = doc[nouns[0]]
    subject = list(range(noun.i + 1, aux))
    if len(subject) < _SHORTEST_SUBJECT or doc[subject[-1]].pos_ not in _NOUNISH:
        return  # (", a spokesman has said": no relative clause)
    if any(doc[i].pos_ in _NOT_IN_SUBJECT for i in subject):
        return  # (", an official in Kyiv has confirmed": the noun is the subject)
    if verb.dep_ == "relcl" and verb.head.i == noun.i:
        return  # (read right)
    if any(c.dep_ == "dobj" for c in verb.children if c.i > verb.i):
        return
    main = _main_verb(sent, comma)
    if main is None:
        return
    _rehang(sent, main, noun, verb, subject, comma)


def _main_verb(sent: Span, comma: int) -> Token | None:
    """The finite verb of the clause before the comma ("Rabat carried on ...", which the
    parser may read as "Rabat, carried on ...": a participle on the first noun)."""
    for t in sent.doc[sent.start : comma]:
        if t.pos_ == "VERB" and t.tag_ in _FINITE:
            return t
        if t.pos_ == "VERB" and t.dep_ == "acl" and t.head.i == t.i - 1 == sent.start:
            relabel(t.head, "nsubj")
            t.tag_ = "VBD"
            forget(sent.doc)  # (a tag changed)
            return t
    return None


def _rehang(
    sent: Span, main: Token, noun: Token, verb: Token, subject: list[int], comma: int
) -> None:
    """The heads and labels of the repaired reading."""
    doc = sent.doc
    heads, deps = tree_of(sent)
    inside = range(sent.start, comma)
    for i in inside:  # the main clause hangs from its verb
        if i != main.i and not sent.start <= heads[i] < comma:
            heads[i] = main.i
    heads[main.i], deps[main.i] = main.i, "ROOT"
    head_of_subject = subject[-1]
    for i in range(comma, sent.end):
        if i in (noun.i, verb.i):
            continue
        if i == comma or doc[i].is_punct:
            heads[i], deps[i] = main.i if i > verb.i else noun.i, "punct"
        elif i < noun.i:
            heads[i] = noun.i  # "a", and words before the noun
        elif i == head_of_subject:
            heads[i], deps[i] = verb.i, "nsubj"
        elif i in subject and not noun.i < heads[i] <= head_of_subject:
            heads[i] = head_of_subject
        elif i > head_of_subject:
            heads[i] = verb.i  # the auxiliary and adverbs
    heads[noun.i], deps[noun.i] = main.i, "npadvmod"
    heads[verb.i], deps[verb.i] = noun.i, "relcl"
    _write_tree(sent, heads, deps)


def progressive_copula(sent: Span) -> None:
    """ "Abdelaziz Bouteflika was brokering talks between Russia and the rebels": the parser may
    read "was" as a copula and "brokering" as an adjective of "talks" ("was [brokering talks]"),
    so the act has no doer. Right after "was" and before a bare noun, a participle of a verb
    the lexicon knows, with a named subject, is the progressive verb: it takes the subject,
    "was" as its auxiliary and the noun as its object."""
    from realpolitik.extract._lexicon import lexicon

    progressive = set(tagged(sent, tag_hashes("VBG")))
    for be in tokens_with_lemma(sent, _BE) if progressive else ():
        if be.i + 2 >= sent.end or be.i + 1 not in progressive:
            continue
        part, noun = be.doc[be.i + 1], be.doc[be.i + 2]
        if part.tag_ != "VBG" or part.dep_ != "amod" or part.head.i != noun.i:
            continue
        if noun.dep_ != "attr" or noun.head.i != be.i:
            continue
        subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN":
            continue
        if (part.lemma_.lower(), "V") not in lexicon().triggers:
            continue
        _progressive(sent, be, part, noun)
        return


def _progressive(sent: Span, be: Token, part: Token, noun: Token) -> None:
    """The participle the clause's verb, "was" its auxiliary, the noun its object."""
    heads, deps = tree_of(sent)
    for i in heads:
        if heads[i] == be.i and i != be.i:
            heads[i] = part.i
    take_place(heads, deps, part, be)
    heads[be.i], deps[be.i] = part.i, "aux"
    deps[noun.i] = "dobj"
    _write_tree(sent, heads, deps)


# How far up from a place the act's noun may lie ("extradition of a suspect to Britain").
_ACT_NOUN_ARCS = 4


_BY = frozenset({"by"})


def doer_on_place(sent: Span) -> None:
    """ "The extradition of a suspect to Britain by Mexico", "the delivery of jets to Kyiv by
    Washington": the parser hangs "by X" on the place just before it ("Britain by Mexico"); a
    place has no doer, so the phrase moves up to the act's noun (a noun the lexicon knows)."""
    from realpolitik.extract._lexicon import lexicon

    for by in tokens_with_form(sent, _BY):
        place = by.head
        if by.lower_ != "by" or by.dep_ != "prep" or place.pos != PROPN:
            continue
        if place.dep_ != "pobj" or place.head.lower_ == "by":
            continue
        t = place.head
        for _ in range(_ACT_NOUN_ARCS):
            t = t.head
            if t.pos_ == "NOUN" and (t.lemma_.lower(), "N") in lexicon().triggers:
                if not any(c.lower_ == "by" for c in t.children):
                    relabel(by, head=t)
                break
            if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
                break


__all__ = [
    "doer_on_place",
    "finite_modifier",
    "hang_report",
    "name_as_adverb",
    "participle_adjective",
    "progressive_copula",
    "take_place",
    "trailing_relative",
    "trailing_reporter",
    "tree_of",
]
