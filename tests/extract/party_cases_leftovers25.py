"""Minimal documents for the party stage change of leftovers25: a passive refusal of entry with no
agent gets an unnamed doer, which ``locate_unplaced`` places in the state entered; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "unnamed_doer",  # the refusal of entry has a doer, not named
        "Kenya's ministers were denied entry to Uganda.",
        "denied",
        "sources",
        {"---"},
    ),
    (
        "locate_unplaced",  # ... placed in the state entered
        "Kenyan traders were refused entry into Uganda on Monday.",
        "refused",
        "pairs",
        {("UGA", "KENBUS")},
    ),
]
