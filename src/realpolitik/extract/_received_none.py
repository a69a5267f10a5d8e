"""Receipts of nothing (leftovers52): "X said it had received no such request from Y", "has not
received any request from Y" tell that no one asked; the noun's act is no event at all, never
Y's act toward X told as negated. The act noun must be the received thing, with "no" of its
own, or "any" under a negated receiving verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

_RECEIVE = frozenset({"receive", "get", "see"})
_NONE = frozenset({"no"})
_ANY = frozenset({"any", "a"})


def received_none(f: Found) -> bool:
    """The noun trigger is the object of a receiving verb and "no" (or "any" under a negated
    verb) is its determiner: "received no request from Y" names no act."""
    tok = f.tok
    if f.entry.pos != "N" or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _RECEIVE:
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    if dets & _NONE:
        return True
    negated = any(c.dep_ == "neg" for c in tok.head.children)
    return negated and bool(dets & _ANY)
