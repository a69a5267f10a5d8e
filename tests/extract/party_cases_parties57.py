"""Minimal documents for the party stage of parties57 (issue 9 round 36): a bare "the
government" answering strikes on a state is the struck state's; in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "struck_state_government",
        "Indian jets bombed Lahore. The government demanded an end to the strikes.",
        "demanded",
        "pairs",
        {("PAKGOV", "INDMIL")},
    ),
]
