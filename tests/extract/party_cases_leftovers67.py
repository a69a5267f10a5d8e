"""Minimal documents for the party stages of issue 9's leftovers67 (agentless returns of held
people, ...), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "unnamed_doer",
        "Two fishermen were repatriated to India on Friday.",
        "repatriated",
        "sources",
        {"---"},
    ),
    (
        "prepositional_target",
        "The remains of 12 soldiers were handed back to Ukraine.",
        "handed",
        "targets",
        {"UKR"},
    ),
]
