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
# Every word a condition clause is read by: a sentence with none of them has none.
CONDITION_WORDS = CONDITION_MARKS | INVERTED_AUX


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


def _inverted_verb(k: Token, via: Token | None) -> bool:
    """ "Were Z1 to impose sanctions on Z2, ...": the auxiliary read as the sentence's first
    verb (an adverbial clause, a subject clause, even the root), its subject after it; the act
    is its infinitive (``via``, the xcomp or advcl the walk came up from), never the main clause's."""
    if (
        k.lower_ != "were"
        or k.i != k.sent.start
        or via is None
        or via.dep_ not in ("xcomp", "advcl")
    ):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in via.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > k.i for c in k.children)


def _opened_inverted(k: Token, tok: Token) -> bool:
    """ "Should Z1 attack Z2, X would ...": the sentence opens on an inverted auxiliary the
    parser hung on the condition's verb ``k`` (even read as the root), and ``tok`` comes before
    the comma that ends the condition."""
    start = k.sent.start
    if not any(c.i == start and c.lower_ in INVERTED_AUX for c in k.children):
        return False
    comma = next((w.i for w in k.sent if w.lower_ == ","), None)
    return comma is not None and k.i < comma and tok.i < comma


def in_condition(tok: Token) -> bool:
    """``tok`` is said inside a condition clause: itself or a verb it hangs from is one ("Were
    Z1 to blockade Z2, ...", "If Z1 were to invade Z2, ...", "Should Z1 attack Z2, ...")."""
    k, via = tok, None
    for _ in range(8):
        if condition_clause(k) or _inverted_verb(k, via) or _opened_inverted(k, tok):
            return True
        if k.head.i == k.i:
            return False
        k, via = k.head, k
    return False


__all__ = [
    "CONDITION_MARKS",
    "CONDITION_WORDS",
    "INVERTED_AUX",
    "condition_clause",
    "in_condition",
]
