"""Minimal documents for parties51's stages (fresh25's D, A, F, L, I, E, M and P: act nouns by
verb family, own firms abroad, conjoined passives, denied private groups, "while" scene
clauses, signings with officials, sites in unknown cities, named foreign groups), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

_GROUP = (
    "Thailand expelled the Malaysian aid group Amal Bakti on Friday, accusing it of helping rebels."
)

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "family_act_doer",
        "Peru agreed to buy 300,000 tonnes of Chilean copper. Chile's trade ministry welcomed "
        "the purchase.",
        "welcomed",
        "targets",
        {"PER"},
    ),
    (
        "own_firms_abroad",
        "Chile's president pledged to triple export credits for Chilean firms building ports in "
        "Peru.",
        "pledged",
        "targets",
        {"PER"},
    ),
    (
        "conjoined_passive_doer",
        "Hungary expelled the Austrian aid group on Wednesday. Two of the group's Austrian staff "
        "were detained in Budapest overnight and freed on Thursday morning.",
        "freed",
        "sources",
        {"HUN"},
    ),
    (
        "denied_group_not_target",
        "Chilean officials denied that Peruvian exporters were routing copper through the country.",
        "denied",
        "pairs",
        {("CHLGOV", "")},
    ),
    (
        "while_scene_no_target",
        "A Ghanaian court ordered the Togolese sailors held for 21 days while police investigate.",
        "investigate",
        "pairs",
        set(),
    ),
    (
        "signed_with_both_ways",
        "Ghana's defence minister signed the contract with Togolese officials in Accra.",
        "signed",
        "pairs",
        {("GHAGOVMIL", "TGOGOV"), ("TGOGOV", "GHAGOVMIL")},
    ),
    (
        "site_in_unknown_city",
        "Ghana's president arrived in Lome on Monday for a state visit. Ghana's president is due "
        "to tour a cocoa plant in Kpalime on Friday.",
        "tour",
        "pairs",
        {("GHAGOV", "TGO")},
    ),
    ("demonym_group_target", _GROUP, "expelled", "targets", {"MYS"}),
    ("participle_it_group", _GROUP, "accusing", "targets", {"MYS"}),
]
