"""Minimal documents for the party stage of leftovers45: a denial told as the appositive or
relative clause of the accusation it answers is aimed at the accuser of its own sentence; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "accuser_in_sentence",  # "..., allegations Y has dismissed": the accuser its target
        "Brasilia has accused Pakistan of spying this week, allegations Islamabad has dismissed.",
        "dismissed",
        "targets",
        {"BRA"},
    ),
]
