"""Condition clauses, marked or inverted: "if Y refuses", "unless Y agrees", and with the
auxiliary before the subject and no mark, "should Y refuse", "were Y to refuse", "had Y agreed"
(leftovers23: the rules that read a condition looked for the mark only, so an inverted one set
no target of the threat it conditions and did not make "would not" hypothetical).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

CONDITION_MARKS = frozenset({"if", "unless"})
# Auxiliaries that open an inverted condition.
INVERTED_AUX = frozenset({"should", "were", "had"})


def condition_clause(clause: Token) -> bool:
    """Whether ``clause`` (an adverbial clause's verb) is a condition: marked "if" / "unless",
    or opened by an inverted auxiliary before its subject ("Should Y refuse, ...")."""
    if clause.dep_ != "advcl" and not (clause.dep_ == "ccomp" and clause.i < clause.head.i):
        return False  # (a fronted condition may be read as a complement: "Should Y V, X is ...")
    subj = None
    aux = None
    for k in clause.children:
        if k.dep_ == "mark" and k.lower_ in CONDITION_MARKS:
            return True
        if k.dep_ in ("nsubj", "nsubjpass") and subj is None:
            subj = k
        elif k.dep_ in ("aux", "auxpass") and k.lower_ in INVERTED_AUX and aux is None:
            aux = k
    return aux is not None and subj is not None and aux.i < subj.left_edge.i


__all__ = ["CONDITION_MARKS", "INVERTED_AUX", "condition_clause"]
