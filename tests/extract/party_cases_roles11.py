"""Minimal sentences for the party stages of roles11 (issue 9 round 11: class G, products and
a region's banks as parties; fresh3 class O, an order to one's own forces; class Y, the addressee of "told" as the target of a refusal), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "no_thing_party",  # the jets are what is bought, not the buyer's military
        "Hanoi agreed to buy 20 Airbus jets.",
        "agreed",
        "pairs",
        {("VNM", "")},
    ),
    (
        "no_thing_party",  # a product's maker's state, never its military
        "Vietnam agreed to buy American fighter jets.",
        "agreed",
        "pairs",
        {("VNM", "USA")},
    ),
    (
        "no_thing_party",  # a region's banks: no party, no event
        "European banks froze Russian assets.",
        "froze",
        "pairs",
        set(),
    ),
    (
        "told_addressee",  # a refusal with no actor as object: aimed at whom it is told to
        "Jordan's king told Syria's president that Amman would not accept any meddling.",
        "accept",
        "targets",
        {"SYRGOV"},
    ),
    (
        "own_forces_order",  # a command to its own forces: no demand on the state named next
        "Erdogan ordered the military to prepare an operation in Syria.",
        "ordered",
        "pairs",
        set(),
    ),
]
