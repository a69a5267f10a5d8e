"""Minimal documents for the party stages that read the document's earlier acts (issue 9,
xsent8), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees them and ``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "given_again_recipient",
        "Norway sent F-16 jets to Ukraine last month. On Monday, Norway pledged more of the jets.",
        "pledged",
        "targets",
        {"UKR"},
    ),
    (
        "referred_act_parties",
        "Chile signed a trade deal with Peru on Monday. Argentina welcomed the deal.",
        "welcomed",
        "targets",
        {"CHL", "PER"},
    ),
    (
        "response_target",
        "Peru expelled Bolivia's ambassador on Monday. La Paz suspended trade in retaliation.",
        "suspended",
        "targets",
        {"PER"},
    ),
    (
        "joined_exercise_owner",
        "Mexico said it would send a destroyer to take part in Chile's naval exercise next year.",
        "send",
        "targets",
        {"CHL"},
    ),
]
