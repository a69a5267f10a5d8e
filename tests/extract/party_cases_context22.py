"""Minimal documents for the party stage of context22 (issue 9: fresh11's class X): a pledge or
an offer with no target of its own is made to the story's other state; in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "commitment_story_partner",  # X: the beneficiary is the state of the earlier act
        "Belgium returned the remains of nine Congolese people to Congo. Belgium also pledged "
        "50 million euros for land reform in the affected regions.",
        "pledged",
        "pairs",
        {("BEL", "COD")},
    ),
    (
        "commitment_story_partner",  # X: the partner named by the same sentence's first clause
        "India rejected Nepal's claim to the pass but said it remained open to talks.",
        "talks",
        "pairs",
        {("IND", "NPL")},
    ),
]
