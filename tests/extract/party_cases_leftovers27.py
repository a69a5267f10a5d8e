"""Minimal documents for the party stages of leftovers27 (issue 9): a release with no "by"
agent is done by the state the people were held in ("were freed in X", "walked free from an X
jail"), else the story's other state; in ``test_parties.py``'s shape (stage, text, trigger,
slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "held_place_holder",  # an agentless passive release: the place's state holds them
        "Two Japanese nationals were freed in North Korea on Monday.",
        "freed",
        "sources",
        {"PRK"},
    ),
    (
        "held_place_holder",  # "walked free" (rev), no place: the story's other state gives
        "Togo arrested three Ghanaian sailors in May. Three Ghanaian sailors walked free on "
        "Monday.",
        "walked",
        "targets",
        {"TGO"},
    ),
    (
        "held_place_holder",  # the held participle on the people names the place
        "Two Peruvian traders held in Santiago were released on Friday.",
        "released",
        "sources",
        {"CHL"},
    ),
]
