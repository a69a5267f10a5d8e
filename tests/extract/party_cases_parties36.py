"""Minimal documents for the party stages parties36 extended (issue 9): an agentless summons
of X's envoy answered in kind ("after Manila summoned China's envoy") is the other state's,
and the envoy's own post phrase ("the Bahamas' ambassador in Havana") names who summoned; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "seat_of_government_doer",  # answered in kind, in an after-clause
        "The Philippines' ambassador was summoned on Tuesday after Manila summoned China's "
        "envoy over the incident.",
        "summoned",
        "sources",
        {"CHN"},
    ),
    (
        "seat_of_government_doer",  # the envoy's own post
        "The Bahamas' ambassador in Havana was summoned on Friday.",
        "summoned",
        "sources",
        {"CUB"},
    ),
]
