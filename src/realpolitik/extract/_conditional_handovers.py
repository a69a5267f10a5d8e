"""A hand-over of people held out on a condition is the hand-over, `possible` (issue 9,
clauses41: fresh29's class F).

"Chile will hand the two men over if the court approves", "Peru would extradite the banker
once Bolivia sends the evidence": judicial cooperation (063, GUIDE rule 7's hand-overs, round
27: "whatever the verb") told as a future act under a condition is not the doer's commitment
(a pledge, promise or offer to hand over stays 0313) but the act the condition may let happen,
rule 4's future and conditional acts: the act's own code, `possible`. Without a condition
clause the future reading stands as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._conditions import condition_clause

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

JUDICIAL = "063"
# Marks of a clause on whose outcome the hand-over waits (a condition, or a time clause of the
# step it needs: "once the court approves").
_WAITING_MARKS = frozenset({"once", "provided", "providing", "assuming"})


def conditional_handover(f: Found) -> bool:
    """``f`` is a hand-over of people (063) whose verb carries a condition clause."""
    if f.code != JUDICIAL or f.entry.pos != "V":
        return False
    for k in f.tok.children:
        if k.dep_ != "advcl":
            continue
        if condition_clause(k):
            return True
        if any(m.dep_ == "mark" and m.lower_ in _WAITING_MARKS for m in k.children):
            return True
    return False


__all__ = ["conditional_handover"]
