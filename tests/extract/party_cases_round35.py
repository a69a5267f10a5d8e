"""Minimal documents for the lead's party stage of round 35 (a recognised breakaway region), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "recognised_region",
        "Russia recognised Abkhazia as an independent state.",
        "recognised",
        "pairs",
        {("RUS", "")},
    ),
]
