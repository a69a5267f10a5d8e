"""Minimal documents for the party stages of names17 (issue 9, fresh8's A: "the ministry" /
"it" after the accuser's sentence is the accuser's), in ``test_parties.py``'s shape (stage,
text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "locate_unplaced",  # A: not the state of the capital the note went to (another office
        # than the one named before: "the ministry" alone is that one, parties40's resolver)
        "Serbia's interior ministry accused Hungarian police of beating two Serbian drivers. "
        "The foreign ministry said it had sent a formal note to Budapest and asked the European "
        "Union to look into the incident.",
        "asked",
        "pairs",
        {("SRBGOV", "IGOEUREEC")},
    ),
    (
        "locate_unplaced",  # A: a bare ministry with no state in its sentence
        "Peru accused Chile's navy of harassing Peruvian fishermen. The ministry demanded "
        "compensation.",
        "demanded",
        "pairs",
        {("PERGOV", "")},
    ),
    (
        "locate_unplaced",  # A: "the foreign ministry" after a summons
        "Ghana summoned Togo's ambassador after Togolese soldiers seized two fishing boats. The "
        "foreign ministry later thanked Nigeria for its help.",
        "thanked",
        "pairs",
        {("GHAGOV", "NGA")},
    ),
]
STAGE_CASES += [
    (
        "locate_unplaced",  # A: a dateline's bare ministry, no act before it
        "NAIROBI, March 3 (Reuters) - The foreign ministry summoned Uganda's ambassador on Monday.",
        "summoned",
        "pairs",
        {("KENGOV", "UGAGOV")},
    ),
]
