"""A pronoun that answers an invitation or a request: "X invited NAME to Jakarta, and she
accepted", "X asked NAME to mediate, but he declined" (issue 9, pairs23: fresh12's A).

Only the one invited or asked can accept, decline or reply, so the subject pronoun of an
answering verb, after a clause in the same sentence whose addressing verb names its addressee
(a proper name or an office-holder as object), takes that addressee, not the clause's subject
(the nearest subject is what the pronoun chain would otherwise pick: the inviter answering
its own invitation).

The addressee may itself be a pronoun ("met President NAME and invited her to Kyiv; she
accepted": "she" is whoever "her" is), and the answer may open the next sentence ("X's
president invited NAME to Bucharest. She accepted."): the last addressing verb of the sentence
before is read there (practice6, class PR).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._counted_people import COUNTED_PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs only the addressee of an invitation, offer or request can do.
ANSWERING_VERBS = frozenset({"accept", "decline", "refuse", "reply", "respond", "agree"})
# Verbs that address someone who may answer: "invited NAME", "asked NAME", "urged NAME".
ADDRESSING_VERBS = frozenset({"invite", "ask", "urge", "request", "offer", "press", "call"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it"})
_ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
# Object pronouns that name a person addressed ("invited her"): resolved as pronouns in turn.
_PERSON_OBJECTS = frozenset({"her", "him", "them"})
_VERB_POS = frozenset({"VERB", "AUX"})


def _addressee(verb: Token) -> Token | None:
    """The named one ``verb`` addresses: "invited Penny Wong", "offered Chile a loan"."""
    objs = [c for c in verb.children if c.dep_ in _ADDRESSEE_DEPS]
    dative = [c for c in objs if c.dep_ == "dative"]
    for c in dative or objs:
        if c.pos_ == "PROPN" or c.lemma_.lower() in COUNTED_PERSON_NOUNS or _named(c):
            return c  # "invited Penny Wong", "invited Kenya's president"
        if c.lower_ in _PERSON_OBJECTS:
            return c  # "invited her": whoever "her" is
    return None


def _named(tok: Token) -> bool:
    """A name whose last piece the parser tagged as a common noun ("Lee Myung-bak": "bak" a
    NOUN under the compounds "Lee" and "Myung"): a proper-noun compound before it says so."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)


def answered_verb(tok: Token) -> Token | None:
    """The addressing verb ("invited") whose named addressee the subject pronoun ``tok`` of an
    answering verb ("she accepted") is, else None."""
    if not _answers(tok):
        return None
    sent = tok.sent
    for w in reversed(sent[: tok.i - sent.start]):
        if w.pos_ in _VERB_POS and w.lemma_.lower() in ADDRESSING_VERBS:
            return w if _addressee(w) is not None else None
    if sent.start == 0 or tok.i != _first_word(sent):
        return None  # (the answer does not open its sentence: no look back)
    for w in reversed(tok.doc[sent.start - 1].sent):
        if w.pos_ in _VERB_POS and w.lemma_.lower() in ADDRESSING_VERBS:
            return w if _addressee(w) is not None else None
    return None


def addressing_before(tok: Token) -> Token | None:
    """The last addressing verb ("invited") before the answering verb whose subject pronoun
    ``tok`` is, in the same sentence, whether or not its addressee was read ("invited the
    delegation", a name the parser split): the invitation the answer answers, else None."""
    if not _answers(tok):
        return None
    sent = tok.sent
    for w in reversed(sent[: tok.i - sent.start]):
        if w.pos_ in _VERB_POS and w.lemma_.lower() in ADDRESSING_VERBS:
            return w
    return None


def _answers(tok: Token) -> bool:
    """Whether ``tok`` is the subject pronoun of an answering verb ("she accepted")."""
    if tok.lower_ not in _SUBJECT_PRONOUNS or tok.dep_ != "nsubj":
        return False
    return tok.head.lemma_.lower() in ANSWERING_VERBS and tok.head.pos_ in _VERB_POS


def _first_word(sent: Span) -> int:
    """The index of the sentence's first token that is not punctuation or a quote mark."""
    return next((w.i for w in sent if not w.is_punct and not w.is_space), sent.start)


def answering_addressee(tok: Token) -> Token | None:
    """The addressee "she" of "X invited NAME ..., and she accepted" refers to, else None."""
    verb = answered_verb(tok)
    return _addressee(verb) if verb is not None else None


def answered_lemma(verb: Token) -> str:
    """The lemma of the addressing verb ``verb``'s pronoun subject answers ("invite" for "she
    accepted" after "invited NAME"), else ""."""
    subj = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    asked = answered_verb(subj) if subj is not None else None
    return asked.lemma_.lower() if asked is not None else ""
