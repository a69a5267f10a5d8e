"""Minimal documents for clauses41's stages (fresh29's F: an approved extradition goes to the
state that asked for it; a returned visit to the state whose visit it returns), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "approved_handover_asker",  # the approval names no receiver: the asker of the sentence before
        "Peru asked Chile to extradite the former minister. Chile's Supreme Court must approve "
        "any extradition.",
        "approve",
        "targets",
        {"PER"},
    ),
    (
        "returned_visit_maker",  # the visit returned: the state whose president came first
        "Chile's president toured Lima in January. Peru's president returned the visit in April.",
        "returned",
        "targets",
        {"CHLGOV"},  # (the first visitor as its own clause names it; clauses42)
    ),
]
