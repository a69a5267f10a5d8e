"""Minimal documents for the party stages of leftovers34 (issue 9): "its" ground entered
through an "into" phrase is the speaker's state (``parties.speakers_ground``), and a refusal
held against a condition is aimed at the state that must meet it (``parties.told``'s
``refusal_condition``); in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "speakers_ground",  # "crossed into its airspace": the "into" phrase's ground
        "Finland said that Russia had crossed into its airspace.",
        "crossed",
        "targets",
        {"FIN"},
    ),
    (
        "refusal_condition",  # the refused verb's "until" clause
        "Turkey would not sign the accord until Greece withdrew its ships.",
        "sign",
        "targets",
        {"GRC"},
    ),
    (
        "refusal_condition",  # a refused act noun: the condition hangs on its verb
        "Mexico said it would not resume talks until Ethiopia withdrew its ships.",
        "talks",
        "targets",
        {"ETH"},
    ),
]
