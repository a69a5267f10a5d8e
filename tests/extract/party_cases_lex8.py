"""Minimal sentences for the party stage of issue 9's lex8 round, in ``test_parties.py``'s shape
(stage, sentence, trigger, slot, expected), so that ``test_every_stage_has_a_case`` sees it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "instrument_of_an_act",
        "Egypt issued a statement condemning the Israeli raid.",
        "statement",
        "pairs",
        set(),
    ),
]
