"""Minimal documents for the party stage leftovers39 added (issue 9, round 28's leftovers); in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "voiced_sending_doer",  # an agentless passive sending: the reporting state sends
        "Britain said troops would be sent to Estonia.",
        "sent",
        "sources",
        {"GBR"},
    ),
    (
        "voiced_sending_doer",  # a trailing reporter
        "Aid will be delivered to Sudan, the French foreign ministry said.",
        "delivered",
        "sources",
        {"FRAGOV"},
    ),
]
