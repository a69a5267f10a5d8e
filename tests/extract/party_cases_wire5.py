"""Minimal documents for the party stages of wire5: a vetoed resolution is aimed at the state its
own clause condemns or punishes, in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "vetoed_resolution_subject",  # the condemned state, not the body whose resolution it was
        "Russia vetoed a Security Council resolution condemning Syria.",
        "vetoed",
        "targets",
        {"SYR"},
    ),
]
