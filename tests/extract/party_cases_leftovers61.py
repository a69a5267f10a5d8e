"""Minimal documents for the party stages of issue 9's leftovers61 (acts named by what they gave,
a leader's own state moved out of a deal, recalled envoys, hostile pacts), in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "earlier_act_doer",
        "Japan announced an aid package for the Philippines. Manila welcomed the package.",
        "welcomed",
        "targets",
        {"JPN"},
    ),
    (
        "pact_force_target",
        "Kenya agreed with Uganda to crush Somali rebels.",
        "agreed",
        "sources",
        {"KEN", "UGA"},
    ),
    (
        "own_state_moved",
        "President Macron pulled France out of the agreement with Iran.",
        "pulled",
        "pairs",
        {("FRAGOV", "IRN")},
    ),
    (
        "seat_of_government_doer",
        "Uganda's ambassador in Nairobi was not recalled.",
        "recalled",
        "targets",
        {"KEN"},
    ),
]
