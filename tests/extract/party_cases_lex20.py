"""Minimal sentences for lex20's party stage (a bare acceptance conjoined after the invitation
or offer it answers is aimed at the inviter), in ``test_parties.py``'s shape (stage, text,
trigger, slot, expected), so that ``test_every_stage_has_a_case`` sees it and
``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "conjoined_offer_maker",
        "Modi invited Lula to visit New Delhi, and Lula accepted.",
        "accepted",
        "targets",
        {"INDGOV"},
    ),
    (
        "conjoined_offer_maker",
        "Japan offered Vietnam a loan on Monday, and Vietnam accepted.",
        "accepted",
        "targets",
        {"JPN"},
    ),
]
