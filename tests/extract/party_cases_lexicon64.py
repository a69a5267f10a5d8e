"""Minimal documents for the party stages of issue 9's lexicon64 (a contract is no buyer,
contraband seized names no state by a place), in ``test_parties.py``'s shape (stage, text,
trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "document_not_buyer",
        "A Swedish contract buys 40 howitzers for Peru.",
        "buys",
        "pairs",
        set(),
    ),
    (
        "contraband_not_owned",
        "Spain's coast guard seized 3 tonnes of cocaine from a vessel off Venezuela.",
        "seized",
        "pairs",
        set(),
    ),
    (
        "own_people_told_to_leave",
        "Britain told British citizens to leave Lebanon.",
        "told",
        "pairs",
        set(),
    ),
]
