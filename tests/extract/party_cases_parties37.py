"""Minimal documents for the party stages of parties37 (issue 9: fresh19's B, C, H and L): a
rejected complaint answers the complainer, help after a colon, to the people who work the
buyer's goods or in an unknown region goes to the other state, two people touring a site visit
no one, the victims of a condemned attack are no target, and
"neither government" with a body in its complement is each toward the other; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "earlier_act_doer",  # B: the complaint is said; its maker, never the arresting agency
        "Egyptian intelligence officers arrested three Sudanese students in Cairo. Sudan's "
        "foreign ministry said its consul had not been allowed to see the men and called on "
        "Cairo to grant access. A spokesman for Egypt's foreign ministry rejected the complaint.",
        "rejected",
        "targets",
        {"SDNGOV"},
    ),
    (
        "elaboration_recipient",  # C: the state named before the colon
        "Norway has been generous with Kenya: it has trained its rangers.",
        "trained",
        "pairs",
        {("NOR", "KEN")},
    ),
    (
        "elaboration_recipient",  # C: the people who work the buyer's goods
        "Peru buys Chinese drones, and China has trained the pilots who fly them.",
        "trained",
        "pairs",
        {("CHN", "PER")},
    ),
    (
        "region_story_recipient",  # C: an unknown region of the story's other state
        "Iran and Tajikistan held talks in Dushanbe. Tajik officials said Iran had offered to "
        "finance a solar plant in the Khatlon region.",
        "offered",
        "pairs",
        {("IRN", "TJK")},
    ),
    (
        "joint_tour",  # B: the guest and the host touring a site visit neither each other
        "French Armed Forces Minister Catherine Vautrin arrived in Bucharest and was welcomed by "
        "President Nicusor Dan. The two men toured the headquarters of the French battle group.",
        "toured",
        "pairs",
        set(),
    ),
    (
        "condemned_victims_not_target",  # H: the attacked traders are no agent
        "Kenya's foreign minister condemned the attacks on Ugandan traders in Eldoret.",
        "condemned",
        "pairs",
        set(),
    ),
    (
        "each_other",  # L: "neither capital" with a court in the complement
        "Peru and Chile have argued over fishing rights. Neither capital has threatened to go "
        "to the International Court of Justice.",
        "threatened",
        "targets",
        {"PER", "CHL"},
    ),
]
