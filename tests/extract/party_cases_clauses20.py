"""Minimal documents for the party stages of clauses20 (issue 9: fresh10's V and RQ classes):
an act conjoined to a call or hosting takes the party called or hosted, and a people's "the
government" is its own state's; in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "contact_partner_target",  # V: "his government's support" is whose, not for whom
        "Uruguay's president telephoned Paraguay's president on Friday and pledged his "
        "government's support for the inquiry.",
        "pledged",
        "targets",
        {"PRYGOV"},
    ),
    (
        "contact_partner_target",  # V: praise after a hosting, with no party of its own
        "Ghana's president received Togo's president in Accra and praised the growing ties.",
        "praised",
        "targets",
        {"TGOGOV"},
    ),
    (
        "locate_unplaced",  # RQ: the fishermen's "the government" is Chile's, not Argentina's
        "Chilean fishermen urged the government to press Argentina for new licences.",
        "urged",
        "pairs",
        {("CHL", "CHLGOV")},
    ),
]
