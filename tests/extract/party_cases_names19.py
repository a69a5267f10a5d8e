"""Minimal documents for the party stages of names19 (issue 9: a case at an international court
is against the other state, never the court; aid at home has no own-state target; a concession
with no target yields to the story's other state), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "case_not_the_court",  # the other state of the sentence's dispute
        "Kenya said it would take the border dispute with Uganda to the International Court "
        "of Justice.",
        "take",
        "pairs",
        {("KEN", "UGA")},
    ),
    (
        "case_not_the_court",  # the other state of the story's earlier act
        "Ghana accused Togo of grabbing land. Ghana filed a case at the International Court of "
        "Justice on Monday.",
        "filed",
        "pairs",
        {("GHA", "TGO")},
    ),
    (
        "case_not_the_court",  # no other state: no target, not the court
        "Peru took the dispute to the International Court of Justice on Monday.",
        "took",
        "pairs",
        {("PER", "")},
    ),
    (
        "yield_story_partner",  # a concession with no target: the story's other state
        "Ghana protested to Togo over raids on its traders. Togo's president could ease the "
        "pressure by suspending the raids.",
        "suspending",  # ("ease the pressure" is an idiom, the act the by-phrase's: lex28)
        "pairs",
        {("TGOGOV", "GHA")},
    ),
    (
        "no_own_state_help",  # a failure to help at home: no own-state target
        "Nor has Chad helped itself: its government has not sent a single consul to the camps.",
        "sent",
        "pairs",
        {("TCDGOV", "")},
    ),
]
