"""Minimal documents for the party stage of parties57 (issue 9 round 36): a bare "the
government" answering strikes on a state is the struck state's, a promise made at a meeting
is made to the one met (not the owner of the pact it presses for); in ``test_parties.py``'s shape
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
    (
        "promised_to_the_met",
        "Spain's foreign minister met Chile's president and promised to press for the "
        "ratification of the EU's agreement with Chile.",
        "promised",
        "targets",
        {"CHLGOV"},
    ),
]
