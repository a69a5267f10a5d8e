"""Minimal documents for the party stages of issue 9's leftovers65 (own forces withdrawn, ...),
in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "own_forces_withdrawn",
        "Russia invaded Ukraine in 2022. Russia pulled 2,000 Russian soldiers.",
        "pulled",
        "pairs",
        {("RUS", "UKR")},
    ),
]
