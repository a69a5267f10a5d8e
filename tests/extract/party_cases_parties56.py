"""Minimal documents for the party stages of parties56 (issue 9 round 36, fresh30's classes B,
D and A): a release or a stop of people held, told after a holding given as background, is the
holder's; an office-holder named by title and an unknown name is a party as an object too, placed
by a title told before with its state; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "carried_victims",  # B: a second participle's release, the holding told as background
        "Peru's foreign ministry summoned Chile's ambassador after Chilean police detained four "
        "Peruvian miners. The miners were questioned for a day and released without charge.",
        "released",
        "sources",
        {"CHLCOP"},
    ),
    (
        "carried_victims",  # B: "by border police" with no state: the holding's police
        "Kenya protested to Uganda after Ugandan police detained two Kenyan students. A "
        "spokesman said the students had been stopped by border police near the border.",
        "stopped",
        "sources",
        {"UGACOP"},
    ),
    (
        "titled_object",  # D: a title-named office-holder the tables lack, as the object
        "Norway's fisheries minister met Trade Minister Juan Perez on Tuesday.",
        "met",
        "targets",
        {"---GOV"},
    ),
    (
        "locate_unplaced",  # D: the title told before with its state; the other, the story's
        "Norway and Chile signed a fisheries accord, during the first visit to Santiago by a "
        "Norwegian fisheries minister. Fisheries Minister Lina Vesk met Foreign Minister Rui "
        "Alvesson.",
        "met",
        "pairs",
        {("NORGOV", "CHLGOV")},
    ),
]
