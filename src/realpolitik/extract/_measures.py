"""A measure that reaches further (lex13): in "the ban now extends to Spain" the ban is the
measure whose reach is the act (coded on "extend"), no second act of an unnamed doer."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

# Verbs by which a measure reaches further: "the restrictions (now) extend to X".
REACH_VERBS = frozenset({"extend"})


def reaching_measure(f: Found, triggers: set[int]) -> bool:
    """An event noun that is the subject of a triggered reach verb ("the ban extends to X")."""
    tok = f.tok
    return (
        f.entry.pos == "N"
        and tok.dep_ == "nsubj"
        and tok.head.i in triggers
        and tok.head.lemma_.lower() in REACH_VERBS
    )
