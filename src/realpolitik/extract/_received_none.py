"""Receipts of nothing (leftovers52): "X said it had received no such request from Y", "has
received no invitation from Y" tell that no one asked; the noun's act is no event at all, never
Y's act toward X told as negated. The act noun must be the received thing with "no" of its own
("had not received any request" stays the negated act: widened to it, a blind set gained an
unmatched event)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

_RECEIVE = frozenset({"receive", "get"})
_NONE = "no"


def received_none(f: Found) -> bool:
    """The noun trigger is the object of a receiving verb with "no" as its determiner:
    "received no request from Y" names no act."""
    tok = f.tok
    if f.entry.pos != "N" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _RECEIVE:
        return False
    return any(c.dep_ == "det" and c.lower_ == _NONE for c in tok.children)
