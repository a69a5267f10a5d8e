"""A "neither" subject negates its verb: "Neither government has asked the EU to mediate",
"neither side has recalled its envoy", "Neither has ..." (class NE of fresh9): the act did not
happen. "Neither X nor Y has ..." (a preconjunction over named states) is left as it was: the
PETRARCH2 unit tests' check half codes it otherwise (0.799 -> 0.790 with it). Only where the
clause says that each was meant in turn, by "the other" / "each other", or that the act is still
awaited ("has yet", "has ever"), is it denied for both: "Neither Ghana nor Togo has yet visited
the other's capital" (clauses38, fresh26's class I)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import doc_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

_NEITHER = "neither"
_SUBJECTS = ("nsubj", "nsubjpass")
# A verb with no subject of its own shares its first conjunct's ("neither has asked X or
# offered Y"); so many steps at most
_CLIMB = 3
_PRECONJ = ("det", "preconj")  # "Neither Ghana nor Togo", "Neither the Kenyan president nor ..."
_AWAITED = frozenset({"yet", "ever"})  # "has yet visited", "has ever recognised"
_OTHER = "other"


def _negating(subj: Token, verb: Token) -> bool:
    if subj.lower_ == _NEITHER:
        return True  # "Neither has asked", "neither of them has asked"
    kids = subj.children
    if subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == _NEITHER for c in kids):
        return True
    return _neither_nor(subj) and (_awaited(verb) or _each_in_turn(verb))


def _neither_nor(subj: Token) -> bool:
    """ "Neither Ghana nor Togo", "neither the Kenyan president nor the Tanzanian one": a
    "neither" on the first of coordinated subjects."""
    kids = list(subj.children)
    return any(c.dep_ in _PRECONJ and c.lower_ == _NEITHER for c in kids) and any(
        c.dep_ == "conj" or c.lower_ == "nor" for c in kids
    )  # (a "nor" alone: the second subject misparsed as the verb's own, "nor King Salman")


def _awaited(verb: Token) -> bool:
    """ "has yet visited", "has ever recognised": the act still awaited, said of both."""
    return any(c.dep_ == "advmod" and c.lower_ in _AWAITED for c in verb.children)


def _each_in_turn(verb: Token) -> bool:
    """ "the other", "the other's capital", "each other": each subject the other's target."""
    if _OTHER not in doc_forms(verb.doc):
        return False
    return any(
        t.lower_ == _OTHER and any(c.lower_ in ("the", "each") for c in t.children)
        for t in verb.subtree
    )


def neither_subject(tok: Token) -> bool:
    """Whether ``tok``'s clause has a "neither" subject: "Neither government has asked".
    Precondition: "neither" in the parse (each True needs one; no climb over the clauses)."""
    if _NEITHER not in doc_forms(tok.doc):
        return False
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        tok = tok.head  # an act noun of a light verb: "has yet paid a visit to the other"
    verb = tok
    for _ in range(_CLIMB):
        subj = [c for c in tok.children if c.dep_ in _SUBJECTS]
        if subj:
            return _negating(subj[0], verb)
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
