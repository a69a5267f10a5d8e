"""Minimal documents for the party stage practice7 widened (issue 9, practice7's class TO): a
readiness or offer told to someone ("told Y-ian officials that it was ready to V") is aimed at
whom it is told to, the adjective read under the told clause's copula; in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "told_addressee",  # TO: a readiness told to a demonym's officials
        "Afghanistan told Tajik officials that it was ready to hold a joint investigation.",
        "ready",
        "targets",
        {"TJKGOV"},
    ),
]
