"""Minimal documents for the party stages of leftovers54: a state and its own rebels are two
parties, and a story's unplaced army and rebels are its one state's, in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "pair_up",  # a bare state and its own armed group: two makers, never "one state twice"
        "Sri Lanka and the Tamil Tigers signed a truce.",
        "signed",
        "pairs",
        {("LKA", "LKAREB"), ("LKAREB", "LKA")},
    ),
    (
        "story_state_rebels",  # the army and insurgents of no state: the story's one state's
        "Colombia and the ELN resumed talks. The army clashed with insurgents in the north.",
        "clashed",
        "pairs",
        {("COLMIL", "COLREB")},
    ),
]
