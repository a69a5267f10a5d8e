"""Minimal documents for the party stage of clauses34 (issue 9, fresh22's M): envoys named with
no state, the subject of a clause a state reports, are that state's (``parties.speakers_envoys``);
in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "speakers_envoys",  # the staff's appeal, conjoined after their visit
        "Kenya's foreign ministry said consular staff had visited the fans and asked Tanzanian "
        "authorities to speed up their cases.",
        "asked",
        "sources",
        {"KEN"},
    ),
    (
        "speakers_envoys",  # a demand of their own clause
        "Peru said diplomats had demanded access to the detained sailors in Chile.",
        "demanded",
        "sources",
        {"PER"},
    ),
]
