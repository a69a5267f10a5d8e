"""Minimal documents for the party stage of seeds26 (issue 9, suite l25_call_purpose): in a call's
purpose, the possessive of the act's own words ("to offer his sympathy") is the caller's and no
target; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "contact_purpose_target",  # "his": the caller's sympathy, offered to the one called
        "Taiwan's interior minister telephoned Afghanistan's foreign minister to offer his "
        "sympathy.",
        "offer",
        "targets",
        {"AFGGOV"},
    ),
    (
        "contact_purpose_target",  # "their", a demonym counterpart
        "Kenya's president rang his Ugandan counterpart to express their sympathy.",
        "express",
        "targets",
        {"UGA"},
    ),
]
