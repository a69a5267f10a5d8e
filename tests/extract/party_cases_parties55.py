"""Minimal documents for the party stages of parties55 (issue 9 round 35, fresh29's classes C, D,
A and B): a measure lifted under a pronoun or a pointing noun is aimed where the measure was; a
person's extradition asked for at his holder; a purchase signed with the story's seller; a
planned visit to a site in an unknown town; a passive reaction to a named act; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "lifted_pronoun_measure",  # C: "them" is the similar bans, aimed at the earlier ban's target
        "Peru banned imports of Chilean wine. Bolivia and Ecuador, which imposed similar bans "
        "last month, have since lifted them.",
        "lifted",
        "targets",
        {"CHL"},
    ),
    (
        "handed_person_holder",  # D: a request for a person's extradition is at his holder
        "Ecuador recalled its ambassador from Bogota after Colombia granted asylum to a former "
        "Ecuadorian minister. Quito has asked for the man's extradition.",
        "asked",
        "targets",
        {"COL"},
    ),
    (
        "signed_purchase_seller",  # D: a document to buy, signed with the story's other state
        "Swedish police arrested a Moroccan smuggler at Rabat's request. Morocco's defence "
        "ministry also signed a letter of intent to buy 12 Gripen jets.",
        "signed",
        "pairs",
        {("MARMIL", "SWE")},
    ),
    (
        "site_in_unknown_city",  # D: a planned visit to a site, the town hung on the verb
        "Brazil offered to sell Vietnam four patrol ships. A Vietnamese delegation is expected "
        "to visit the naval shipyard in Itajai next month.",  # (a firm's name, "the Embraer
        "visit",  # shipyard", is its state's business actor, BRABUS, since leftovers67)
        "pairs",
        {("VNMGOV", "BRA")},
    ),
    (
        "earlier_act_doer",  # D: a passive reaction's subject names the act it answers
        "Kenya offered to sell Ghana four patrol boats. The offer was welcomed by President "
        "John Mahama.",
        "welcomed",
        "targets",
        {"KEN"},
    ),
    (
        "each_other",  # A: "their" bodies acting together are each other's partners
        "Egypt and Kenya make an unlikely pair. Yet their armies have trained together twice "
        "since 2023.",
        "trained",
        "targets",
        {"EGYMIL", "KENMIL"},
    ),
    (
        "replied_refusal_requester",  # B: a refusal told as a reply answers the requester
        "Sweden asked Hungary to back new sanctions on Moscow. Orban replied that Hungary "
        "would not give up its stake in the Paks nuclear plant.",
        "give",
        "targets",
        {"SWE"},
    ),
]
