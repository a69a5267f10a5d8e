"""Minimal documents for lex33's party stage (issue 9, fresh20's D), in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected), so that ``test_every_stage_has_a_case`` sees it
and ``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "boat_people_target",
        "A boat carrying 40 Haitian migrants was intercepted by the Kenyan navy on Monday.",
        "intercepted",
        "targets",
        {"HTICVL"},
    ),
]
