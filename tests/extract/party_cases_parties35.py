"""Minimal documents for the party stages of parties35 (issue 9: fresh18's X, RE, DM and DN):
talks offered after a measure go to its other side, a visit not made goes to the story's other
state, "the traders" three sentences on are the story act's people, "neither ... the other" is
the pair both ways, "the workers" after "labourers" are the same people, a pronoun aimed at
("fired at it") that came back home is the story's other state; in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "commitment_story_partner",  # X: talks after a hostile measure, to its other side
        "Chile suspended import licences for Argentine beef on Monday. Chilean officials said "
        "the suspension was temporary and offered talks in Santiago next week.",
        "offered",
        "pairs",
        {("CHLGOV", "ARG")},
    ),
    (
        "story_kind_partner",  # X: a visit not made, naming no place
        "Kenyan police beat Ugandan workers in May. Uganda protested. Nairobi has not sent its "
        "labour minister to explain what happened.",
        "sent",
        "pairs",
        {("KEN", "UGA")},
    ),
    (
        "carried_victims",  # X: the act's own people noun, three sentences on
        "Ugandan police arrested 14 Kenyan traders at the border on Monday. Kenya's foreign "
        "ministry summoned Uganda's ambassador. Nairobi demanded their release. A police "
        "spokesman said the traders could be deported once the investigation was complete.",
        "deported",
        "sources",
        {"UGACOP"},
    ),
    (
        "each_other",  # RE: a distributive subject and "the other"
        "Chile and Argentina have quarrelled over beef all year. Neither capital has "
        "threatened the other so far.",
        "threatened",
        "targets",
        {"CHL", "ARG"},
    ),
    (
        "carried_victims",  # DM: "the workers" after "labourers", inside a denial
        "Kenyan authorities deported 100 Ugandan labourers last week. Kenya's foreign minister "
        "denied that the workers had been mistreated.",
        "mistreated",
        "sources",
        {"KENGOV"},
    ),
    (
        "pronoun_not_home",  # DN: "fired warning shots at it", the seized boat's state
        "Togo's navy seized a Ghanaian trawler on Sunday. Accra protested the seizure. Togo's "
        "fisheries minister denied that the navy had fired warning shots at it.",
        "fired",
        "pairs",
        {("TGOMIL", "GHA")},
    ),
]
