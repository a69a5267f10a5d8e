"""The act a request asks to stop is not done by the request (issue 9, clauses32: fresh20's E).

"Somalia asked Kenya to stop returning Somalis", "Ghana urged Togo to cease arresting its
traders", "called on Y to halt / end / keep up / resume V-ing": control folding folds a
request's infinitive into the request, but the infinitive here is an aspectual verb (stop,
cease, keep ...) that is no trigger, and the act under it ("returning", "arresting") escaped
the fold, read as done by the asked state, asserted. What a request asks to stop, continue or
start is part of what is asked, as its first infinitive is: the request keeps its own code
(it names no single act: stopping an act is no act of the act's own root), and the gerund is
no event of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._words import REQUEST_ROOTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

# Verbs of stopping, continuing and starting whose gerund or infinitive names the act.
ASPECTUAL = frozenset(
    {"stop", "cease", "halt", "end", "quit", "keep", "continue", "resume", "start", "begin",
     "discontinue", "refrain", "desist", "suspend"}
)  # fmt: skip
_ASKED = frozenset({"xcomp", "ccomp"})
_ACT = frozenset({"xcomp", "dobj", "pcomp", "prep"})


def fold_stopped_acts(found: list[Found]) -> None:
    """Absorb (in place) a trigger under an aspectual verb that a request asks for (see the
    module)."""
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        if f.absorbed or f.code[:2] not in REQUEST_ROOTS or "ctl" not in f.entry.flags:
            continue
        for c in f.tok.children:
            if c.dep_ not in _ASKED or c.i in by_tok or c.lemma_.lower() not in ASPECTUAL:
                continue
            for g in _acts_under(c):
                inner = by_tok.get(g.i)
                if inner is not None and inner is not f and not inner.absorbed:
                    inner.absorbed = True
                    inner.controller = f


def _acts_under(verb: Token) -> list[Token]:
    """The gerunds or infinitives an aspectual verb takes ("stop returning", "refrain from
    arresting"), and the acts coordinated with them."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ not in _ACT:
            continue
        if c.dep_ == "prep":  # "refrain from arresting"
            out += [g for g in c.children if g.dep_ == "pcomp"]
        else:
            out.append(c)
    return out + [d for a in out for d in conjuncts(a)]
