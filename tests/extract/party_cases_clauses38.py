"""Minimal sentences for the party stage of clauses38 (issue 9, fresh26's class I), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees it and ``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "light_verb_other",
        "Neither Ghana nor Togo has ever paid a state visit to the other's capital.",
        "visit",
        "targets",
        {"GHA", "TGO"},
    ),
]
