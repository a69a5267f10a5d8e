"""What an appeal or offer asks another to permit (context15, fresh8's class RQ): in "called on
India to let consular officers visit the students", "offered to let Korean experts inspect the
plant" or "asked Uganda to allow its officials to visit the traders" the visit or inspection is
the content of the request or offer, not an act of its own (GUIDE: a requested act is no
event); only the appeal or offer is news."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive

if TYPE_CHECKING:
    from realpolitik.extract._found import Found

# Verbs that let another party act: their clause complement is the permitted act.
_PERMITTING = frozenset({"let", "allow", "permit"})
# Roots of the governors whose permitted act is only asked for or offered: appeals (02),
# intents and offers (03), demands (10).
_ASKING_ROOTS = frozenset({"02", "03", "10"})
_COMPLEMENTS = frozenset({"xcomp", "ccomp"})
_GOVERNED = frozenset({"xcomp", "ccomp", "advcl"})


def fold_permitted(found: list[Found]) -> None:
    """Absorb the act under "let / allow / permit" when that verb is the infinitive an appeal,
    offer or demand governs ("called on X to let Y V"): asked for or offered, never done."""
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        if f.absorbed or f.entry.pos != "V" or f.code[:2] not in _ASKING_ROOTS:
            continue
        for c in f.tok.children:
            if c.dep_ not in _GOVERNED or c.i < f.tok.i or c.lemma_.lower() not in _PERMITTING:
                continue
            if not to_infinitive(c):
                continue  # "asked ... to let": only the infinitive the appeal governs
            for g in c.children:
                act = by_tok.get(g.i)
                if g.dep_ in _COMPLEMENTS and act is not None and act is not f:
                    act.absorbed = True
