"""Minimal documents for the party stages of parties39 (issue 9): no state is the doer of a
natural event or an accident, so its trigger gives no event; a person handed over or
extradited is handed to the state of the "to" phrase, the act's target; in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "natural_agent",  # the struck state was made its own doer (TUR -> TUR 190)
        "An earthquake struck Turkey on Monday, killing 40 people.",
        "struck",
        "pairs",
        set(),
    ),
    (
        "natural_agent",  # another named state was made the doer (HTI -> CUB)
        "A hurricane struck Cuba and then hit Haiti.",
        "hit",
        "pairs",
        set(),
    ),
    (
        "handed_to_state",  # the people handed over were read as the target (THA -> KHMOPP)
        "Thailand arrested two Cambodian activists and handed them over to Malaysia.",
        "handed",
        "targets",
        {"MYS"},
    ),
    (
        "handed_to_state",  # an extradition of another state's nationals (the codebook's note)
        "Spain extradited two Ecuadorian bankers to Peru on Monday.",
        "extradited",
        "targets",
        {"PER"},
    ),
]
