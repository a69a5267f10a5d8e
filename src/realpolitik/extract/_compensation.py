"""A payment made to compensate another state's people is monetary aid, one act (issue 9,
leftovers33; fresh18's review codes "paid ... to Y's towns to compensate them" 071).

"Japan paid 5 million dollars to South Korea's fishermen to compensate them for the spill":
the payment row reads a plain payment (061, economic exchange), and the purpose infinitive "to
compensate them" is its own trigger (071) that only says what the payment is for. The payment
takes the purpose's code (monetary aid, CAMEO 071) and the purpose is folded into it, no second
act (GUIDE rule 1: an act's purpose is not coded apart).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive

if TYPE_CHECKING:
    from realpolitik.extract._found import Found

_PAYING = frozenset({"pay", "give", "transfer", "grant", "allocate", "disburse", "send"})
_COMPENSATING = frozenset({"compensate", "indemnify", "reimburse"})
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})


def fold_compensating_payment(found: list[Found]) -> None:
    """ "paid N to Y's farmers to compensate them": the payment coded as the compensation
    (071), the purpose infinitive absorbed."""
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        if f.absorbed or f.entry.pos != "V" or f.tok.lemma_.lower() not in _PAYING:
            continue
        objects = [k for k in f.tok.children if k.dep_ == "dobj"]
        # (the parser may hang the purpose on the sum paid: "5 million dollars to compensate")
        for c in [*f.tok.children, *(k for o in objects for k in o.children)]:
            inner = by_tok.get(c.i)
            if inner is None or c.dep_ not in _PURPOSE_DEPS or not to_infinitive(c):
                continue
            if c.lemma_.lower() in _COMPENSATING and c.i > f.tok.i:
                f.code = inner.code
                inner.absorbed = True
                inner.controller = f
                break


__all__ = ["fold_compensating_payment"]
