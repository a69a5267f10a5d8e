"""Minimal documents for the party stages of leftovers51: force at a place no table knows is
aimed at the paragraph's other state, in ``test_parties.py``'s shape (stage, text, trigger,
slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "unknown_place_other_state",  # the speaker's state, never the doer's own
        "Eritrea said Ethiopian jets had bombed the port of Kessar.",
        "bombed",
        "pairs",
        {("ETHMIL", "ERI")},
    ),
]
