"""Minimal documents for the party stages leftovers42 added (issue 9, round 29's leftovers); in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "served_side",  # a doer of no state serving a named side is that side's
        "Jets flying for NATO bombed Serbian positions.",
        "bombed",
        "sources",
        {"IGOWSTNAT"},
    ),
    (
        "craft_origin",  # a craft struck after it left a state: that state
        "American forces struck a boat that had left Venezuela.",
        "struck",
        "targets",
        {"VEN"},
    ),
]
