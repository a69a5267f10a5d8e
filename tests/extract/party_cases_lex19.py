"""Minimal sentences for lex19's party stage (a hostile accused act with no victim named is
aimed at the accuser), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected),
so that ``test_every_stage_has_a_case`` sees it and ``test_stage_on_a_minimal_sentence`` runs
it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "accused_victim",
        "Sudan accused Chad on Monday of moving troops to the border.",
        "moving",
        "targets",
        {"SDN"},
    ),
]
