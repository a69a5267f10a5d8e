"""Minimal documents for the party stages of leftovers28 (issue 9): scrambling craft is aimed at
the state whose act it answers, never at the doer's own craft; police shown at home is no act
between states; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "scrambled_own_craft",  # the scrambled jets are the doer's own, not its target
        "Taipei's air force scrambled fighter jets on Monday.",
        "scrambled",
        "targets",
        set(),
    ),
    (
        "scrambled_craft_target",  # the act answered in the sentence before: its doer
        "Canadian forces staged drills near Taipei on Friday. Taipei's air force scrambled "
        "fighter jets.",
        "scrambled",
        "pairs",
        {("TWNMIL", "CANMIL")},
    ),
    (
        "scrambled_craft_target",  # a conjoined "in response", the drills condemned before
        "China launched military drills around Taiwan on Thursday. Taiwan's defence ministry "
        "condemned the drills and said it had scrambled aircraft and dispatched ships in "
        "response.",
        "scrambled",
        "pairs",
        {("TWNMIL", "CHN")},
    ),
    (
        "scrambled_craft_target",  # no other state in the story: no event
        "Japan scrambled fighter jets on Monday.",
        "scrambled",
        "pairs",
        set(),
    ),
    (
        "home_police_patrols",  # own police patrolling at home, no other state: no event
        "Kenyan police stepped up patrols across the capital.",
        "stepped",
        "pairs",
        set(),
    ),
]
