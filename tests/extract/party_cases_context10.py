"""Minimal documents for the party stages of context10 (issue 9 section 1: targets the act's own
phrase does not name), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected), so
that ``test_every_stage_has_a_case`` sees them and ``test_stage_on_a_minimal_sentence`` runs
them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "force_place_target",  # the coast's state
        "Russia held naval drills off the coast of Norway.",
        "drills",
        "targets",
        {"NOR"},
    ),
    (
        "force_place_target",  # both states of a strait between two
        "Chinese warships held drills in the strait between Japan and South Korea.",
        "drills",
        "targets",
        {"JPN", "KOR"},
    ),
    (
        "own_object_not_borrowed",  # the praise is not of the state urged
        "Morocco praised the resolution and urged Algeria to negotiate.",
        "praised",
        "targets",
        set(),
    ),
    (
        "own_object_not_borrowed",  # the body named a sentence before
        "The African Union adopted a resolution on Monday. Kenya welcomed the vote and called "
        "on Sudan to withdraw its troops.",
        "welcomed",
        "targets",
        {"IGOAFRAFU"},
    ),
    (
        "earlier_act_doer",  # "the release" names the freeing: its doer
        "Chad freed three Sudanese soldiers on Monday. Sudan welcomed the release.",
        "welcomed",
        "targets",
        {"TCD"},
    ),
    (
        "earlier_act_doer",  # "the purchase" names the buying: the buyer, not the seller
        "Poland bought tanks from South Korea. Russia condemned the purchase.",
        "condemned",
        "targets",
        {"POL"},
    ),
    (
        "earlier_act_doer",  # "the purchase" after a sale: the buyer, not the seller
        "South Korea sold tanks to Poland. Russia condemned the purchase.",
        "condemned",
        "targets",
        {"POL"},
    ),
    (
        "deal_partner_recipient",  # the deal's other party: the buyer
        "Romania signed a contract to buy drones from Turkey. Ankara will supply the first "
        "drones next year.",
        "supply",
        "targets",
        {"ROU"},
    ),
    (
        "body_word_target",  # "the vote" of the organisation named a sentence before
        "The UN General Assembly voted on a resolution on Monday. Nicaragua boycotted the vote.",
        "boycotted",
        "targets",
        {"IGOUNO"},
    ),
]
