"""Minimal documents for the party stages of parties49 (issue 9: fresh24's A, D and E): a visit
to a city no table knows at the story's other state, a coordinated verb's pronoun object as
the first verb's object, and an investment noun whose predicate names no act at the story's
other state; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "unknown_city_visit",  # a city no table knows: the paragraph's other state
        "Bolivia's trade minister met Chilean officials in La Paz. Chile's foreign minister "
        "later flew to Santa Lucerna.",
        "flew",
        "pairs",
        {("CHLGOV", "BOL")},
    ),
    (
        "coordinated_pronoun_object",  # "him" is the reporter the first verb held
        "Chilean police detained a Peruvian reporter on Saturday and deported him two days later.",
        "deported",
        "targets",
        {"PERMED"},
    ),
    (
        "act_noun_subject_partner",  # "is flowing" names no act: the story's other state
        "Norway's ties with Finland have mended. Norwegian investment, which never really "
        "stopped, is flowing again.",
        "investment",
        "pairs",
        {("NOR", "FIN")},
    ),
    (
        "reported_it_main_subject",  # "it" after "Chilean officials say": Peru
        "Although Peru has signed patrol agreements with Chile, it has refused to join drills, "
        "and Chilean officials say it turned down an invitation to send observers.",
        "turned",
        "sources",
        {"PER"},
    ),
    (
        "denied_access_holder",  # the court's state holds the man: its refusal
        "A Kenyan court sentenced a Ugandan national to five years in prison. Uganda's foreign "
        "ministry said its consular officers had been denied access to the man.",
        "denied",
        "sources",
        {"KENJUD"},
    ),
]
