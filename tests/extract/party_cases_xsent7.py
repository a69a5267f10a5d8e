"""Minimal sentences for the party stages of targets named in an earlier sentence (issue 9,
xsent7), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees them and ``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "described_target",
        "Peru recalled its ambassador from Chile. Lima accused it of meddling.",
        "accused",
        "targets",
        {"CHL"},
    ),
    (
        "mediated_deal_parties",
        "Armenia and Azerbaijan signed a peace agreement. Qatar brokered the deal.",
        "brokered",
        "targets",
        {"ARM", "AZE"},
    ),
]
