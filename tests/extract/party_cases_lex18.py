"""Minimal sentences for lex18's party stage (an intent noun only talked about is no intent),
in ``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees it and ``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "talked_about_intent",
        "Kenya cast doubt on Uganda's commitment to the ceasefire.",
        "commitment",
        "pairs",
        set(),
    ),
]
