"""Minimal documents for the party stage lex30 widened (issue 9: fresh17's PC): a state's
mission that protests "that ..." lodges its protest with the state it is posted in, and a
complaint's "its" is no addressee (``story_protests.protest_story_partner``); in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "protest_story_partner",  # PC: the mission's host, named by its "in" phrase
        "Latvia's high commission in Tallinn protested that the men had been beaten.",
        "protested",
        "pairs",
        {("LVAGOV", "EST")},
    ),
    (
        "protest_story_partner",  # PC: the complaint's "its" is the protester's own state
        "Kenya's embassy in Kampala protested that its citizens had been mistreated.",
        "protested",
        "pairs",
        {("KENGOV", "UGA")},
    ),
]
