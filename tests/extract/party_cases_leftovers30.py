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
STAGE_CASES += [
    (
        "light_verb_subject",  # a verb that widens a measure carries it (its subject the doer)
        "France expanded sanctions on Moscow.",
        "sanctions",
        "sources",
        {"FRA"},
    ),
    (
        "light_verb_subject",  # an owned measure: the verb's "on" names the target
        "Greece toughened its tariffs on Jordan.",
        "tariffs",
        "targets",
        {"JOR"},
    ),
]
