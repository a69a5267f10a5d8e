"""Minimal sentences for the party stages of issue 9's actor round (actors7), in
``test_parties.py``'s shape (stage, sentence, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "received_from",
        "Ukraine received fighter jets from Denmark.",
        "received",
        "pairs",
        {("DNK", "UKR")},
    ),
]
