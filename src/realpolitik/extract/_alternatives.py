"""Doers joined by "or": alternatives, never a joint pair (issue 9, clauses20: fresh10's OR
class).

"If Qatar or Turkey agreed to mediate, the standoff could end": one of the two would act, not
the two with each other. A disjunction of subjects names alternative doers of one possible
act, so the stages that make joint doers each other's partners ("A and B agreed to ...") must
not pair them: each stays a doer of its own, aimed at the story's parties or at no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

# Conjunctions that offer a choice rather than join ("A or B", "either A or B"; "neither A nor
# B" is left to the negation stages, see ``_neither``).
ALTERNATIVE_CCS = frozenset({"or"})


def alternative_doers(doc: Doc, toks: Sequence[int]) -> bool:
    """Two or more of the doers' head tokens ``toks`` are conjuncts joined by "or" / "nor"."""
    heads = {i for i in toks if 0 <= i < len(doc)}
    if len(heads) < 2:
        return False
    return any(_in_alternative(doc[i]) for i in heads)


def _in_alternative(tok: Token) -> bool:
    """``tok`` is a conjunct of a coordination whose conjunction is "or" / "nor"."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    chain, i = [first], 0
    while i < len(chain):  # the coordination's conjuncts, not what modifies them
        chain += [c for c in chain[i].children if c.dep_ == "conj"]
        i += 1
    if len(chain) < 2:
        return False
    return any(c.dep_ == "cc" and c.lower_ in ALTERNATIVE_CCS for t in chain for c in t.children)
