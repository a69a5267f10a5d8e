"""Minimal documents for the party stages of context16 (issue 9, the X class of fresh5 to
fresh8: a party named only in an earlier sentence): an object that names again what the doer's
earlier act was done to ("them", "eight of them", "the boats", "the detainees"), a reaction to
"it", an acceptance of an earlier offer, and an agentless "the offer was rejected"; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "earlier_object_owner",  # X: a partitive pronoun after the doer's detention
        "Myanmar's navy detained 20 Thai fishermen last week. Naypyidaw released eight of them "
        "on Friday.",
        "released",
        "targets",
        {"THA"},
    ),
    (
        "earlier_object_owner",  # X: a definite noun naming the seized craft again
        "Peru seized two Chilean fishing boats. Lima returned the boats on Monday.",
        "returned",
        "targets",
        {"CHL"},
    ),
    (
        "held_people_holder",  # X: "they" to be freed are the asker's people the holder took
        "Chile detained 12 Argentine fishermen. Argentina demanded that they be freed.",
        "demanded",
        "targets",
        {"CHL"},
    ),
    (
        "released_holder",  # X: the release of one's own people, at the state that held them
        "Peru seized two Chilean fishing boats. Santiago welcomed their return.",
        "welcomed",
        "targets",
        {"PER"},
    ),
    (
        "pronoun_act_doer",  # X: "it" is the act done to the reacting state
        "Peru deployed troops on the border with Ecuador. Quito condemned it.",
        "condemned",
        "targets",
        {"PER"},
    ),
    (
        "accepted_offer_maker",  # X: a bare acceptance answers the offer made to the accepter
        "Japan offered Vietnam a loan of 2 billion dollars. Hanoi accepted on Monday.",
        "accepted",
        "targets",
        {"JPN"},
    ),
    (
        "asked_act_asker",  # X: the asked act, done, is aimed at the asker
        "Kenya asked Uganda to extradite the suspect. Uganda extradited him on Friday.",
        "extradited",
        "targets",
        {"KEN"},
    ),
    (
        "answered_offer_parties",  # X: the agentless answer is the receiver's, to the maker
        "Kenya asked Uganda to extradite the suspect. The request was turned down.",
        "turned",
        "sources",
        {"UGA"},
    ),
]
