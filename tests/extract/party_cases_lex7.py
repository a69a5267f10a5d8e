"""Minimal sentences for the party stages of issue 9's lex7 round, in ``test_parties.py``'s shape
(stage, sentence, trigger, slot, expected), so that ``test_every_stage_has_a_case`` sees them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "speaker_own_act",
        "Iran warned that it would strike Israel if the attacks continued.",
        "warned",
        "targets",
        {"ISR"},
    ),
]
