"""A subject with "neither" negates its verb: "Neither government has asked the EU to mediate",
"Neither Kenya nor Uganda has recalled its envoy", "neither side has ...", "Neither has
..." (class NE of fresh9): the act did not happen, however many states the subject names."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    return any(c.dep_ in ("det", "preconj") and c.lower_ == _NEITHER for c in subj.children)


def neither_subject(tok: Token) -> bool:
    """Whether ``tok``'s clause has a "neither" subject: "Neither government has asked"."""
    for _ in range(_CLIMB):
        subj = [c for c in tok.children if c.dep_ in _SUBJECTS]
        if subj:
            return _negating(subj[0])
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
