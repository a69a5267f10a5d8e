"""Acts coordinated with an asked act that is no trigger: "called on Nairobi to try them quickly
or send them home" (issue 9, lex27: fresh14's class RQ).

Control folding (``_folding.fold_control``) folds a request's infinitive and the infinitives
coordinated with it into the request: they are asked for, not done. When the first infinitive
is no trigger ("to try them", "to put them on trial", "to stay calm"), the fold stops there and
a trigger coordinated with it ("or send them home", "and release the men") escaped the request:
it was read as done, asserted. Every act coordinated with a request's infinitive is asked for
as much as the first one, so it folds into the request here (the request keeps its own code: it
names no single act).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._words import REQUEST_ROOTS

if TYPE_CHECKING:
    from realpolitik.extract._found import Found

_ASKED_DEPS = frozenset({"xcomp", "ccomp"})
_BASE_FORM = "VB"  # "or send them home": an infinitive without its "to", as asked as the first


def fold_asked_conjuncts(found: list[Found]) -> None:
    """Fold (in place) the triggers coordinated after a request's first infinitive where that
    infinitive is no trigger (see the module)."""
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        if f.absorbed or f.code[:2] not in REQUEST_ROOTS or f.entry.pos != "V":
            continue
        if "ctl" not in f.entry.flags:
            continue
        for c in f.tok.children:
            if c.dep_ not in _ASKED_DEPS or c.i in by_tok or c.i < f.tok.i:
                continue
            for d in conjuncts(c):
                inner = by_tok.get(d.i)
                if inner is None or inner.absorbed or d.i < c.i or d.tag_ != _BASE_FORM:
                    continue  # ("asked X to help and pledged Y": a past form is the asker's)
                inner.absorbed = True  # asked for, as the first infinitive is
                inner.controller = f


__all__ = ["fold_asked_conjuncts"]
