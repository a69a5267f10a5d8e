"""Minimal sentences for the party stages of names13 (issue 9, fresh5 class A: a decree or an
order that speaks is the state that did the act it names; an unowned government or a titled
unlisted name placed by the story, not by the state it addresses), in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected), so that ``test_every_stage_has_a_case`` sees them
and ``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "issuing_state",  # the expulsion decree names the ordering act: Peru's
        "Peru ordered Mexico's ambassador to leave. The expulsion decree accused Mexico of "
        "meddling.",
        "accused",
        "sources",
        {"PER"},
    ),
    (
        "issuing_state",  # "the order" after an expulsion: an act done by order
        "Kenya expelled Uganda's envoy. The order accused Uganda of spying.",
        "accused",
        "sources",
        {"KEN"},
    ),
    (
        "locate_unplaced",  # the acting dateline state, not the state it accuses
        "MANILA, March 3 (Wire) - The Philippines protested to Vietnam. In a statement, the "
        "government accused Hanoi of piracy.",
        "accused",
        "pairs",
        {("PHLGOV", "VNM")},
    ),
    (
        "locate_unplaced",  # the dateline's state for a titled name the story ties nowhere
        "ACCRA, March 3 (Wire) - President Kofi Temba criticized Togo.",
        "criticized",
        "pairs",
        {("GHAGOV", "TGO")},
    ),
]
