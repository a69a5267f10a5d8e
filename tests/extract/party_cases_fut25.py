"""Minimal documents for the party stages of fut25 (issue 9: fresh13's classes TH and AP): a
trade shift held out on a condition targets the state that must meet it; an agentless harm to
the people of the story act before is that act's doer's; in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "held_out_shift_target",  # TH: the condition's state, never the route state
        "Kenya said it would ship its goods via Tanzania unless Uganda protected the convoys.",
        "ship",
        "targets",
        {"UGA"},
    ),
    (
        "carried_victims",  # AP: the story act's doer, the victims' state carried over
        "Kenyan police detained 15 Ugandan traders on Monday. Three of the men were assaulted "
        "in a cell, their union said.",
        "assaulted",
        "sources",
        {"KENCOP"},
    ),
]
