"""Minimal documents for clauses43's stage ``dismissed_statement_critic`` (fresh30's E: a
statement dismissed after the same sentence's criticism is denied at its maker) and its
widening of ``final_answer_refuser`` (a stance said to stand after a request refuses it), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "dismissed_statement_critic",  # the same sentence's critic takes the denial
        "Ghana's embassy criticised Nigeria's new tariff, and Nigeria's foreign ministry "
        "dismissed the embassy's statement.",
        "dismissed",
        "targets",
        {"GHAGOV"},
    ),
    (
        "final_answer_refuser",  # a stance unchanged after a request: the speaker refuses
        "Kenya asked Tanzania to back its candidate. Tanzania's foreign minister said its "
        "position had not changed.",
        "changed",
        "sources",
        {"TZAGOV"},
    ),
]
