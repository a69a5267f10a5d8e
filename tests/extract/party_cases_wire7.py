"""Minimal sentences for the party stage of reactions drawn "from" a party (issue 9, wire7), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees it and ``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "drew_reaction",
        "Venezuela's annexation plan drew a rebuke from Guyana.",
        "rebuke",
        "targets",
        {"VEN"},
    ),
    (
        "drew_reaction",
        "The decision drew condemnation from Brazil.",
        "condemnation",
        "sources",
        {"BRA"},
    ),
]
