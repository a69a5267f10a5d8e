"""Minimal documents for the party stages of names18 (issue 9: "the two leaders" after "the
presidents of A and B" in the same sentence, "A's and B's presidents", a state's name inside a
water's name), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "verb_subject",  # the two leaders of the same sentence's office-holders
        "The presidents of Ghana and Togo spoke by phone on Monday, and the two leaders agreed "
        "to reopen the border.",
        "agreed",
        "sources",
        {"GHAGOV", "TGOGOV"},
    ),
    (
        "verb_subject",  # not the place of the meeting ("Addis Ababa")
        "The prime ministers of Kenya and Uganda met in Addis Ababa, and both governments "
        "pledged to reopen the border.",
        "pledged",
        "sources",
        {"KEN", "UGA"},
    ),
    (
        "verb_subject",  # two possessors of one plural office
        "Kenya's and Uganda's presidents met in Nairobi on Monday.",
        "met",
        "sources",
        {"KENGOV", "UGAGOV"},
    ),
    (
        "verb_subject",  # the pair of the sentence before, named by possessors
        "Ghana's and Togo's presidents met in Accra on Monday. The two presidents signed a "
        "trade deal.",
        "signed",
        "sources",
        {"GHAGOV", "TGOGOV"},
    ),
    (
        "direct_object",  # "Lake Chad" is no state: the boats' state is the target
        "Chad's navy seized two Nigerian boats on Lake Chad.",
        "seized",
        "targets",
        {"NGA"},
    ),
]
