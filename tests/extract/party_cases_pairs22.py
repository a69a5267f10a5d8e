"""Minimal sentences for pairs22's party stages (an envoy summoned by a passive and handed a
protest is its target; the state the object's relative clause passes a fee or aid to; the
unplaced officers who beat the story's deportees are the deporter's), in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected), so that ``test_every_stage_has_a_case`` sees it
and ``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "handed_to_passive_subject",
        "Argentina's ambassador was called in to the ministry in Santiago and handed a formal "
        "protest.",
        "handed",
        "sources",
        {"CHL"},
    ),
    (
        "relative_clause_recipient",
        "Japan cut the aid it gives Laos.",
        "cut",
        "targets",
        {"LAO"},
    ),
    (
        "group_handlers_state",
        "Kenya deported 40 Tanzanian traders last week. Officers had beaten several of the "
        "deportees.",
        "beaten",
        "sources",
        {"KENMIL"},
    ),
]
