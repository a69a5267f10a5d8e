"""Minimal documents for the party stages of leftovers35 (issue 9): a refused act noun's verb
with an "unless" condition aims the refusal at the state that must meet it (``parties.told``'s
``refusal_condition``); in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "refusal_condition",  # a refused act noun: the "unless" clause hangs on its verb
        "Egypt said it would not resume talks unless Colombia paid compensation.",
        "talks",
        "targets",
        {"COL"},
    ),
]
