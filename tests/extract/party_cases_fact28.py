"""Minimal documents for the party stage fact28 widened (issue 9: fresh16's TU): a refusal held
out on a condition another state must meet is aimed at that state, as a coercive act so held
out is (``told.ultimatum_target``); in ``test_parties.py``'s shape (stage, text, trigger,
slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "ultimatum_target",  # TU: a guessed refusal, aimed at whoever must meet the condition
        "Peru could refuse further shipments unless Ecuador pays its debts.",
        "refuse",
        "targets",
        {"ECU"},
    ),
]
