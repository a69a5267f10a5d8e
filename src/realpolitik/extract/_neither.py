"""A "neither" subject negates its verb: "Neither government has asked the EU to mediate",
"neither side has recalled its envoy", "Neither has ..." (class NE of fresh9): the act did not
happen. "Neither X nor Y has ..." (a preconjunction over named states) is left as it was: the
PETRARCH2 unit tests' check half codes it otherwise (0.799 -> 0.790 with it)."""

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


def _negating(subj: Token) -> bool:
    if subj.lower_ == _NEITHER:
        return True  # "Neither has asked", "neither of them has asked"
    kids = subj.children
    return subj.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == _NEITHER for c in kids)


def neither_subject(tok: Token) -> bool:
    """Whether ``tok``'s clause has a "neither" subject: "Neither government has asked".
    Precondition: "neither" in the parse (each True needs one; no climb over the clauses)."""
    if _NEITHER not in doc_forms(tok.doc):
        return False
    for _ in range(_CLIMB):
        subj = [c for c in tok.children if c.dep_ in _SUBJECTS]
        if subj:
            return _negating(subj[0])
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
