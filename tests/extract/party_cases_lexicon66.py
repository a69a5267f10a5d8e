"""Minimal documents for the party stage of issue 9's lexicon66 (a pronoun for weapons sold or
bought is no party), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "arms_pronoun_no_party",
        "Russia bought 40 tanks from Belarus. Iran buys them with oil money.",
        "buys",
        "pairs",
        {("IRN", "")},
    ),
]
