"""Minimal documents for the party stages of parties41 (issue 9): a region named alone as the
place a strike hits is aimed at the state it lies in (``struck_region_target``); in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "struck_region_target",  # a region of the regions table, named without its state
        "Russian missiles struck the Kharkiv region overnight.",
        "struck",
        "targets",
        {"UKR"},
    ),
    (
        "struck_region_target",  # a place preposition, a governorate
        "Turkish drones fired missiles at Hasakah province on Monday.",
        "fired",
        "targets",
        {"SYR"},
    ),
]
