"""Plans told with "going to": "X is going to impose sanctions", "was going to send aid"
(leftovers19). The act is the subject's plan, not yet done: `possible` (GUIDE rule 4), as "is set
to" and "plans to". Only the periphrastic future counts: the infinitive's "to" follows "going" at
once, so "is going to Beijing to sign" (a trip, with its purpose) is not read here; "is not going
to" denies the plan (negated, read by ``factuality`` as any negation).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_GOING = "going"
_BE_FORMS = frozenset({"is", "are", "was", "were", "am", "be", "been", "'s", "'re", "'m"})


def to_right_after_head(token: Token) -> bool:
    """``token``'s infinitive "to" follows its head at once ("going to V", "has to V"), so the
    head is the periphrastic verb and not a motion or an object between them ("going to
    Beijing to sign")."""
    to = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return to is not None and to.i == token.head.i + 1


def going_plan(token: Token) -> bool:
    """``token`` is the infinitive of "is / was going to V" (the act planned)."""
    if token.dep_ != "xcomp" or token.head.lower_ != _GOING:
        return False
    going = token.head
    return (
        to_right_after_head(token)
        and any(c.dep_ == "aux" and c.lower_ in _BE_FORMS for c in going.children)
        and not any(c.dep_ == "neg" for c in going.children)
    )
