"""How little two states do together, said as a standing fact: "X and Y trade little", "X and Y
rarely cooperate", "X seldom criticises Y" (fresh30's class A, parties57). GUIDE rule 1: a
sentence's news is an act; a statement of how rarely or how little one is done names no act of
its own (an op-ed's scene: the relations the pair has), so the trigger is no event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import doc_forms

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

# Adverbs that say an act is done rarely or in small measure.
_SCARCE = frozenset({"rarely", "seldom", "little"})
_SCARCE_DEPS = frozenset({"advmod", "npadvmod", "dobj"})


def scarce_act(f: Found) -> bool:
    """The trigger is modified by "rarely" / "seldom" / "little" ("trade little", "have rarely
    cooperated"): a frequency or amount, no act. "Little" as the object's own adjective ("gave
    little aid") and a "little" with a modifier of its own ("a little") are not read."""
    tok = f.tok  # "X and Y trade little" however parsed: "little" next, no noun of its own
    if doc_forms(tok.doc).isdisjoint(_SCARCE):
        return False  # (each answer reads one of them: no Token read where the parse has none)
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is not None and after.lower_ == "little" and after.head.i != tok.i:
        nxt = tok.doc[after.i + 1] if after.i + 1 < len(tok.doc) else None
        if nxt is None or nxt.is_punct or nxt.pos_ == "ADP":
            return True
    for k in f.tok.children:
        if k.dep_ in _SCARCE_DEPS and k.lower_ in _SCARCE and not any(k.children):
            return not (k.lower_ == "little" and k.i > 0 and f.tok.doc[k.i - 1].lower_ == "a")
    return False


__all__ = ["scarce_act"]
