"""The act a request asks to stop is not done by the request (issue 9, clauses32: fresh20's E).

"Somalia asked Kenya to stop returning Somalis", "Ghana urged Togo to cease arresting its
traders", "called on Y to halt / end / keep up / resume V-ing": control folding folds a
request's infinitive into the request, but the infinitive here is an aspectual verb (stop,
cease, keep ...) that is no trigger, and the act under it ("returning", "arresting") escaped
the fold, read as done by the asked state, asserted. What a request asks to stop, continue or
start is part of what is asked, as its first infinitive is: the request keeps its own code
(it names no single act: stopping an act is no act of the act's own root), and the gerund is
no event of its own.

A commitment does the same (practice22): "the two leaders agreed to keep talking", "Kenya
agreed to keep sending troops to Somalia", "X pledged to continue buying Y's gas" read the gerund
as done today, asserted, where "agreed to resume talks" folds it into the intent (03). A
cooperative act (roots 03-08) a commitment undertakes to keep up, continue or resume is the
commitment's content; a hostile one ("vowed to keep up its strikes") stays its own reading (a
threat, leftovers57).
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
_COMMITTED = frozenset({"keep", "continue", "resume"})
_COOPERATIVE = frozenset({"03", "04", "05", "06", "07", "08"})
_ACT = frozenset({"xcomp", "dobj", "pcomp", "prep"})


def fold_stopped_acts(found: list[Found]) -> None:
    """Absorb (in place) a trigger under an aspectual verb that a request asks for, or a
    cooperative one a commitment undertakes to keep up (see the module)."""
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        if f.absorbed or "ctl" not in f.entry.flags:
            continue
        request = f.code[:2] in REQUEST_ROOTS
        if not request and f.code[:2] != "03":
            continue
        for c in f.tok.children:
            if c.dep_ not in _ASKED or c.i in by_tok:
                continue
            if c.lemma_.lower() not in (ASPECTUAL if request else _COMMITTED):
                continue
            for g in _acts_under(c):
                inner = by_tok.get(g.i)
                if inner is None or inner is f or inner.absorbed:
                    continue
                if request or inner.code[:2] in _COOPERATIVE:
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
