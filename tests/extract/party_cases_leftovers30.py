"""Minimal documents for the party stage of leftovers30 (issue 9): a plan noun's infinitive is
its owner's act, as a decision noun's (``parties.decided``); in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "decided_act_owner",  # the plan's possessor does the planned act
        "Turkey's plan to expel Greece's ambassador drew criticism.",
        "expel",
        "sources",
        {"TUR"},
    ),
    (
        "decided_act_owner",  # "plans" too
        "Kenya's plans to impose tariffs on Uganda were announced on Monday.",
        "impose",
        "sources",
        {"KEN"},
    ),
]
