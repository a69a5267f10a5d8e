"""Minimal documents for clauses40's stage (fresh28's I: aid conjoined to another giver's aid
goes to the same recipient), in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "conjoined_aid_recipient",  # the bank's loan names no recipient: Kenya's, of the first aid
        "Japan sent food aid to Kenya, and the World Bank has matched its money with a loan of its "
        "own.",
        "matched",
        "targets",
        {"KEN"},
    ),
]
