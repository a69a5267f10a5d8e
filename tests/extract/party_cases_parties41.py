"""Minimal documents for the party stages of parties41 (issue 9): a region named alone as the
place a strike hits is aimed at the state it lies in (``struck_region_target``); its nationals
held abroad, told of by their own state, are held by the state they are in
(``held_nationals_holder``); a second clause's subject the parser took as a second object is
its verb's subject again (``_object_subjects``, read by ``verb_subject``); in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "struck_region_target",  # a region of the regions table, named without its state
        "Russian missiles struck the Kharkiv region overnight.",
        "struck",
        "targets",
        {"UKR"},
    ),
    (
        "struck_region_target",  # a place preposition, a governorate
        "Turkish drones fired missiles at Hasakah province on Monday.",
        "fired",
        "targets",
        {"SYR"},
    ),
    (
        "held_nationals_holder",  # the place they are held in is the holder, never the teller
        "India told of the arrest of its nationals in Qatar.",
        "arrest",
        "sources",
        {"QAT"},
    ),
    (
        "held_nationals_holder",  # the "its" people are the teller's, with a "by" holder too
        "The Philippines spoke of the arrest of its sailors by China.",
        "arrest",
        "targets",
        {"PHLCVL"},
    ),
    (
        "verb_subject",  # the parse repair: "Uganda's embassy" no second object of "expelled"
        "Kenya expelled two Ugandan journalists and Uganda's embassy complained.",
        "complained",
        "sources",
        {"UGAGOV"},
    ),
]
