"""Minimal documents for the party stage practice10 added (issue 9, round 28): a protest whose
own "after / when" clause tells the act it answers is aimed at that act's doer; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "occasion_reaction_target",  # the protest had no target (EST -> none)
        "Estonia protested after Russia expelled two Estonian diplomats.",
        "protested",
        "targets",
        {"RUS"},
    ),
]
