"""Minimal sentences for the party stage parties43 widened (a state's bare complaint), in
``test_parties.py``'s shape (stage, sentence, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "protest_story_partner",  # a state's complaint with nothing complained of
        "Estonia detained a Russian journalist on Monday, and Russia's foreign ministry"
        " complained.",
        "complained",
        "pairs",
        {("RUSGOV", "EST")},
    ),
]
