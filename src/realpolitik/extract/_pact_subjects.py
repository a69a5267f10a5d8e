"""The pact an agentless passive signing is about (leftovers21): "the pact between A and B is
due to be inked", "A and B agreed on a treaty. It is to be signed in May". The pact is the passive's subject, its own or raised from the
predicate it completes ("is (due / set) to be"); a pronoun ("it", "this") stands for the
pact noun before it. (A relative "..., which is to be signed" is background: ``salience``.) Both the lexicon's object conditions
("ink" / "conclude" a deal) and the signing's parties (``parties.signed_pacts``) read it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a pact between states, the subject of a passive signing.
PACT_NOUNS = frozenset(
    {"agreement", "deal", "treaty", "pact", "accord", "memorandum", "contract", "protocol",
     "convention", "charter", "declaration", "arrangement", "compact", "mou", "communique",
     "communiqué", "roadmap", "partnership", "understanding"}
)  # fmt: skip
_SUBJECTS = frozenset({"nsubjpass", "nsubj"})
_COMPLEMENTS = frozenset({"xcomp", "acomp"})  # "is to be signed", "is due to be signed"
_CLIMB = 3  # signed < is; signed < due < is
_PRONOUNS = frozenset({"it", "this"})
# An argument of its clause: the pact itself, not a noun inside a prepositional phrase.
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "conj", "attr", "appos", "pobj"})


def passive_subject(verb: Token) -> Token | None:
    """The subject of ``verb``'s agentless passive: its own ("was signed") or that of the
    predicate it completes ("is (due / set / expected) to be signed")."""
    if verb.tag_ != "VBN" or any(k.dep_ == "agent" and k.lower_ == "by" for k in verb.children):
        return None
    node = verb
    for _ in range(_CLIMB):
        for k in node.children:
            if k.dep_ in _SUBJECTS:
                return k
        if node.dep_ not in _COMPLEMENTS:
            return None
        node = node.head
    return None


def pact_of(subj: Token) -> Token | None:
    """The pact noun ``subj`` is or stands for: itself, or the latest singular pact noun
    before a pronoun (its sentence or the one before)."""
    low = subj.lower_
    if subj.lemma_.lower() in PACT_NOUNS and subj.pos_ in ("NOUN", "PROPN"):
        return subj
    if low not in _PRONOUNS or subj.pos_ not in ("PRON", "DET"):
        return None
    start = subj.sent.start
    if start > 0:
        start = subj.doc[start - 1].sent.start
    for tok in reversed(subj.doc[start : subj.i]):
        if (
            tok.pos_ == "NOUN"
            and tok.tag_ == "NN"
            and tok.dep_ in _ARGUMENT_DEPS
            and tok.lemma_.lower() in PACT_NOUNS
        ):
            return tok
    return None


def passive_pact(verb: Token) -> tuple[Token, Token] | None:
    """(the pact, the subject word standing for it) of ``verb``'s agentless passive, if any."""
    subj = passive_subject(verb)
    if subj is None:
        return None
    pact = pact_of(subj)
    return None if pact is None else (pact, subj)


def raised_pact_words(verb: Token) -> set[str]:
    """The pact's lemma as an object word of a passive signing whose subject is raised or a
    pronoun ("the pact is due to be inked", "it is to be concluded"), for the lexicon's
    ``obj=`` conditions."""
    got = passive_pact(verb)
    return {got[0].lemma_.lower()} if got is not None else set()
