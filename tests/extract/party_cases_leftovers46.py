"""Minimal documents for the party stages of leftovers46: a seizure of "its" things voiced by
another state is aimed at the speaker; an act that won a promise is aimed at no one by it; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "voiced_owned_object",  # "X said Y had seized its boats": "its" the speaker's
        "Kenya said Uganda had seized its fishing boats.",
        "seized",
        "targets",
        {"KEN"},
    ),
    (
        "winning_act_not_aimed",  # the refused act's unplaced object is no target
        "Peru's refusal to expel the diplomats won it a promise of loans from China.",
        "refusal",
        "targets",
        set(),
    ),
]
