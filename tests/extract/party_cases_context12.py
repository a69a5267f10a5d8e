"""Minimal documents for the party stages of context12 (issue 9, fresh5's classes X, V and AP:
the recipient a pledge joins, a visitor's hosts, the incident's doer before a conjoined verb's
object, the seat of government of an agentless summons; and G: a denied act's victims), in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "joined_giving_recipient",  # X: pledges that join the aid go to its recipient
        "Vietnam sent rice to the Philippines. Laos and Cambodia have pledged rescue teams.",
        "pledged",
        "targets",
        {"PHL"},
    ),
    (
        "joined_giving_recipient",  # an offer of a thing after aid of an earlier sentence
        "Japan sent aid to Nepal last week. China offered medicine.",
        "offered",
        "targets",
        {"NPL"},
    ),
    (
        "hosts_visited",  # X: the visit in a relative clause of the same sentence
        "Laos's defence minister, who flew to Hanoi for the parade, praised his hosts.",
        "praised",
        "targets",
        {"VNM"},
    ),
    (
        "hosts_visited",  # X: the visit of an earlier sentence
        "Kenya's president visited Ethiopia on Monday. On Tuesday he thanked his hosts.",
        "thanked",
        "targets",
        {"ETH"},
    ),
    (
        "named_act_before_conjoined",  # V: the incident's doer, not the conjoined verb's object
        "Bolivian troops fired on Chilean herders. Chile's president called the incident a "
        "provocation and asked Argentina to join an inquiry.",
        "called",
        "targets",
        {"BOLMIL"},
    ),
    (
        "seat_of_government_doer",  # AP: the ministry in the capital names the summoning state
        "Peru's ambassador was summoned to the foreign ministry in Quito.",
        "summoned",
        "sources",
        {"ECU"},
    ),
    (
        "denied_act_accuser",  # G: the denied shooting's victims are the accuser's side
        "Chile accused Bolivian troops of shooting two herders. Bolivia denied that its "
        "soldiers had fired on the herders.",
        "fired",
        "pairs",
        {("BOLMIL", "CHL")},
    ),
    (
        "clause_bloc_recipient",  # X: the bloc of the when-clause, over the pledged own forces
        "Kenya pledged two battalions when the African Union asked for troops.",
        "pledged",
        "targets",
        {"IGOAFRAFU"},
    ),
    (
        "place_owner_target",  # P: the owner the subordinate clause gives the named place
        "Eritrea withdrew its soldiers from Badme after judges ruled that the village belongs "
        "to Ethiopia.",
        "withdrew",
        "targets",
        {"ETH"},
    ),
]
