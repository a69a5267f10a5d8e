"""Minimal documents for the party stages of context15 (issue 9, fresh8's classes J and PB: "the
two" who sign after a passive hosting by "his X counterpart NAME" in the same sentence are the
guest and the host, each at the other, never the passive's guest as the signing's only
target), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "each_other",  # J/PB: the conjunct with its own subject shares no passive subject
        "Kenyan President William Ruto was received by his Ugandan counterpart Yoweri Museveni "
        "in Kampala, and the two signed a trade deal.",
        "signed",
        "targets",
        {"KENGOV", "UGA"},
    ),
    (
        "pair_up",  # J/PB: both ways
        "Kenyan President William Ruto was received by his Ugandan counterpart Yoweri Museveni "
        "in Kampala, and the two signed a trade deal.",
        "signed",
        "pairs",
        {("KENGOV", "UGA"), ("UGA", "KENGOV")},
    ),
    (
        "verb_subject",  # J: "the two" after a passive: its subject and its "by" agent
        "Mongolia's prime minister was received by his Japanese counterpart in Tokyo on Monday, "
        "and the two signed an agreement on rare earths.",
        "signed",
        "sources",
        {"MNGGOV", "JPN"},
    ),
]
