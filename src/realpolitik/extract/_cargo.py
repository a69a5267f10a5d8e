"""Cargo carried to an act (lex13): "a plane carrying tents and medicine landed in X" is one
aid delivery to X, coded on the landing; the aid noun inside the carrying participle is what
the landing brought, no second act of its own (it would have no target)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

# Participles that load a vehicle with its cargo: "a plane carrying / bearing / loaded with aid".
_CARRYING = frozenset({"carry", "bear", "transport", "load", "ferry", "bring"})


def carried_cargo(f: Found, triggers: set[int]) -> bool:
    """An event noun that is the cargo of a vehicle whose own verb is a trigger ("a plane
    carrying aid landed in X"): folded into that verb's act."""
    tok = f.tok
    if f.entry.pos != "N":
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "carrying tents and medicine"
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head  # "loaded with aid"
    verb = tok.head
    if tok.dep_ not in ("dobj", "prep") or verb.dep_ != "acl":
        return False
    if verb.lemma_.lower() not in _CARRYING:
        return False
    vehicle = verb.head
    return vehicle.dep_ in ("nsubj", "nsubjpass") and vehicle.head.i in triggers
