"""Parse repair: "Ghana's President NAME and her Togolese counterpart NAME signed a pact".

The parser may hang the second conjunct as an apposition of the first ("President [=
counterpart]"), or as a second subject of the verb, and leave the "and" with no conjunct, so
that the two leaders read as one person and the pact has one maker. An apposition or a second
subject that follows a dangling "and" (a "cc" with no "conj" beside it) and begins right after
it is the second conjunct. Called by
:func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._person_refs import OFFICE_WORDS
from realpolitik.extract._tree import sentence_forms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_AND = frozenset({"and"})


def dangling_and(sent: Span) -> None:
    """Re-hang the apposition after a dangling "and" as the conjunct of the noun before it."""
    if _AND.isdisjoint(sentence_forms(sent)):
        return
    for cc in sent:
        if cc.lower_ != "and" or cc.dep_ != "cc":
            continue
        first = cc.head
        if any(c.dep_ == "conj" for c in first.children):
            continue
        noun = first.head if first.dep_ == "appos" else first  # "President [NAME] and ..."
        second = _apposition_after(noun, cc) or _second_subject(first, cc)
        if second is None:
            continue
        second.head = noun
        second.dep_ = "conj"
        if cc.head.i != noun.i:
            cc.head = noun


def titled_possessor(sent: Span) -> None:
    """ "President NAME and Ruritania's President NAME signed": the parser reads the first
    leader and the state as joint possessors of the second ("[NAME and Ruritania]'s
    President"); a titled person owns no president, so the two leaders are the conjuncts."""
    if _AND.isdisjoint(sentence_forms(sent)):
        return
    for first in sent:
        if first.dep_ != "poss" or not _titled(first):
            continue
        state = next((c for c in first.children if c.dep_ == "conj"), None)
        if state is None or not any(g.dep_ == "case" for g in state.children):
            continue
        owned = first.head  # "President" (compound of the name) or "president"
        second = owned.head if owned.dep_ == "compound" else owned
        if second.dep_ not in ("nsubj", "nsubjpass") or second.i <= state.i:
            continue
        first.head, first.dep_ = second.head, second.dep_
        second.head, second.dep_ = first, "conj"
        state.head, state.dep_ = owned, "poss"


def _titled(name: Token) -> bool:
    """A name with a title of office before it ("President [Dickon] Quorven")."""
    return name.tag_ == "NNP" and any(
        c.dep_ == "compound" and c.lower_ in OFFICE_WORDS for c in name.children
    )


def _apposition_after(noun: Token, cc: Token) -> Token | None:
    """The apposition of ``noun`` whose phrase begins right after ``cc``."""
    for c in noun.rights:
        if c.dep_ == "appos" and c.i > cc.i and c.left_edge.i == cc.i + 1:
            return c
    return None


def _second_subject(first: Token, cc: Token) -> Token | None:
    """A second subject of ``first``'s verb whose phrase begins right after ``cc``."""
    if first.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for c in first.head.children:
        if c.dep_ == first.dep_ and c.i > cc.i and c.left_edge.i == cc.i + 1:
            return c
    return None


def titled_of_conjunct(sent: Span) -> None:
    """ "President NAME of Ghana and Togo's (President) NAME signed": the parser joins the second leader
    to the first one's state ("of [Ghana and Togo's NAME]"); a state's "of" phrase holds no
    person owned by another state, so the second leader is the first leader's conjunct
    (names16)."""
    if _AND.isdisjoint(sentence_forms(sent)):
        return
    for first in sent:
        if not _titled(first):
            continue
        of = next((c for c in first.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        state = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if state is None or state.pos_ != "PROPN":
            continue
        for second in list(state.children):
            if second.dep_ != "conj" or second.pos_ != "PROPN":
                continue
            heads = [second, *(c for c in second.children if c.dep_ == "compound")]
            owner = next((c for h in heads for c in h.children if c.dep_ == "poss"), None)
            if owner is None or not any(g.dep_ == "case" for g in owner.children):
                continue
            for cc in list(state.children):
                if cc.dep_ == "cc" and state.i < cc.i < second.i:
                    cc.head = first
            second.head = first
