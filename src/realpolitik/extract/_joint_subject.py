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
from realpolitik.extract._tree import (
    sentence_forms,
    sentence_lowers,
    tag_hashes,
    tagged,
    tokens_with_form,
)
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_AND = frozenset({"and"})
_OF = frozenset({"of"})
_NAME_TAGS = tag_hashes("NNP")


def dangling_and(sent: Span) -> None:
    """Re-hang the apposition after a dangling "and" as the conjunct of the noun before it."""
    for cc in tokens_with_form(sent, _AND):  # (a Token of each "and" alone)
        if cc.dep_ != "cc":
            continue
        first = cc.head
        if any(c.dep_ == "conj" for c in first.children):
            continue
        noun = first.head if first.dep_ == "appos" else first  # "President [NAME] and ..."
        second = (
            _apposition_after(noun, cc) or _second_subject(first, cc) or _paired_subject(first, cc)
        )
        if second is None:
            continue
        relabel(second, "conj", noun)
        if cc.head.i != noun.i:
            relabel(cc, head=noun)


def titled_possessor(sent: Span) -> None:
    """ "President NAME and Ruritania's President NAME signed": the parser reads the first
    leader and the state as joint possessors of the second ("[NAME and Ruritania]'s
    President"); a titled person owns no president, so the two leaders are the conjuncts."""
    forms = sentence_forms(sent)
    if _AND.isdisjoint(forms) or OFFICE_WORDS.isdisjoint(forms):
        return  # (no "and", or no title for ``_titled``: no walk over the tokens)
    for first in map(sent.doc.__getitem__, tagged(sent, _NAME_TAGS)):  # (``_titled``'s tag)
        if first.dep_ != "poss" or not _titled(first):
            continue
        state = next((c for c in first.children if c.dep_ == "conj"), None)
        if state is None or not any(g.dep_ == "case" for g in state.children):
            continue
        owned = first.head  # "President" (compound of the name) or "president"
        second = owned.head if owned.dep_ == "compound" else owned
        if second.dep_ not in ("nsubj", "nsubjpass") or second.i <= state.i:
            continue
        relabel(first, second.dep_, second.head)
        relabel(second, "conj", first)
        relabel(state, "poss", owned)


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


def _paired_subject(first: Token, cc: Token) -> Token | None:
    """ "Talks between British President A and Colombian President B ended": the parser may
    read the second of a "between" pair as the subject of the verb after it; a subject whose
    phrase begins right after the pair's dangling "and" is the pair's second (leftovers23)."""
    if first.dep_ != "pobj" or first.head.lower_ not in ("between", "among"):
        return None
    for t in first.doc[cc.i + 1 : first.sent.end]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == cc.i + 1:
            return t
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
    """ "President NAME of Ghana and Togo's (President) NAME signed": the parser reads the
    second leader as part of the first one's state ("of [Ghana and Togo's NAME]"), as a second
    subject, an apposition or the first leader's owner, or makes both states the joint owners
    of the second leader; read off the words, the phrase is rebuilt as two leaders, each with
    his state (names16)."""
    forms = sentence_forms(sent)
    if _AND.isdisjoint(forms) or _OF.isdisjoint(forms) or OFFICE_WORDS.isdisjoint(forms):
        return  # (the first leader's title is one of its words: ``_leaders_span``)
    words = sentence_lowers(sent)
    for k, w in enumerate(words):
        if w != "of" or k < 2 or not _proper_run(sent[k - 1 : k]):
            continue
        got = _leaders_span(sent, k)
        if got is not None:
            _rebuild(*got)


def _proper_run(toks: Span) -> bool:
    return len(toks) > 0 and all(t.pos_ == "PROPN" for t in toks)


def _leaders_span(sent: Span, k: int) -> tuple[Span, Span, Token, Span, Span] | None:
    """(first leader, first state, "and", second state, second leader) around the "of" at
    sentence position ``k``, or None."""
    lo = k
    while lo > 0 and sent[lo - 1].pos_ == "PROPN":
        lo -= 1
    first = sent[lo:k]
    if len(first) < 2 or not any(t.lower_ in OFFICE_WORDS for t in first):
        return None
    a = next((j for j in range(k + 1, min(k + 6, len(sent))) if sent[j].lower_ == "and"), None)
    if a is None:
        return None
    p = next((j for j in range(a + 1, min(a + 5, len(sent))) if sent[j].text in _POSS), None)
    if p is None:
        return None
    end = p + 1
    while end < len(sent) and sent[end].pos_ == "PROPN":
        end += 1
    state1, state2, second = sent[k + 1 : a], sent[a + 1 : p], sent[p + 1 : end]
    if not _proper_run(second) or not _state_words(state1) or not _state_words(state2):
        return None
    return first, state1, sent[a], state2, second


def _state_words(toks: Span) -> bool:
    """A state's name as written: proper names after an optional "the" ("the Philippines")."""
    return (
        len(toks) > 0
        and toks[-1].pos_ == "PROPN"
        and all(t.pos_ == "PROPN" or (t.lower_ == "the" and t.i == toks.start) for t in toks)
    )


_POSS = frozenset({"'s", "\u2019s", "'"})


def _rebuild(first: Span, state1: Span, cc: Token, state2: Span, second: Span) -> None:
    """Hang the two leaders' phrase as "FIRST of STATE1 and STATE2's SECOND"."""
    whole = first.doc[first.start : second.end]
    inside = {t.i for t in whole}
    outer = [t for t in whole if t.head.i not in inside or t.head.i == t.i]
    if not outer or len({t.head.i for t in outer}) != 1 or outer[0].head.i == outer[0].i:
        return  # (the phrase hangs on one word outside it: "signed", "by")
    head, dep = outer[0].head, outer[0].dep_
    a, s1, s2, b = first[-1], state1[-1], state2[-1], second[-1]
    of = first.doc[first.end]
    case = first.doc[state2.end]
    for span, root in ((first, a), (state1, s1), (state2, s2), (second, b)):
        for t in span:
            if t.i != root.i:
                relabel(t, "det" if t.lower_ == "the" else "compound", root)
    relabel(a, dep, head)
    relabel(of, "prep", a)
    relabel(s1, "pobj", of)
    relabel(cc, "cc", a)
    relabel(b, "conj", a)
    relabel(s2, "poss", b)
    relabel(case, "case", s2)
