"""Obligations told with "have to" or "need to": "X has to negotiate with Y", "X is going to have
to impose sanctions", "X needs to talk to Y" (leftovers20). What a state has to do is not yet
done: `possible` (GUIDE rule 4), as "must" and "will have to". Only the present or future obligation counts: "had to withdraw" tells
a past act that was done, and "does not have to" is read by ``factuality`` as a negation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._going_plans import to_right_after_head

if TYPE_CHECKING:
    from spacy.tokens import Token

_OBLIGING = frozenset({"have", "need"})
# The present and base forms ("has to", "needs to", "going to have to"); never "had", "needed".
_OBLIGING_TAGS = frozenset({"VBZ", "VBP", "VB", "VBG"})


def obligation(token: Token) -> bool:
    """``token`` is the infinitive of "has / needs to V" (the act obliged, not yet done)."""
    if token.dep_ != "xcomp" or token.head.lemma_.lower() not in _OBLIGING:
        return False
    have = token.head
    return (
        to_right_after_head(token)
        and have.tag_ in _OBLIGING_TAGS
        and not any(c.dep_ == "neg" or c.lower_ in ("had", "'d") for c in have.children)
    )
