"""Minimal documents for the party stages of leftovers17 (issue 9, note29's leftovers): a state
named among a group that acted, states joining others "in V-ing", and the sides of a mediation
offer named before; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "listed_doers",  # the relative clause's act is the member's, not the group's
        "Brazil was among 40 countries that condemned Russia.",
        "condemned",
        "sources",
        {"BRA"},
    ),
    (
        "listed_doers",  # a vote for a resolution condemning Y: the voter's condemnation
        "Mexico voted for a motion condemning Israel.",
        "condemning",
        "sources",
        {"MEX"},
    ),
    (
        "joined_doers",  # the joiner and the states joined
        "Ghana joined Nigeria in imposing sanctions on Niger.",
        "imposing",
        "sources",
        {"GHA", "NGA"},
    ),
    (
        "mediated_sides",  # the sides of the earlier act, not the mediators
        "Talks between Peru and Chile collapsed on Monday. Brazil offered to mediate.",
        "offered",
        "targets",
        {"PER", "CHL"},
    ),
]
