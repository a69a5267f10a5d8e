"""Minimal documents for the party stage of fact27 (issue 9: fresh15's NC): the act of a threat
noun that an appositive says was never carried out is the noun owner's; in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "unfulfilled_act_owner",  # NC: the threatener's retaliation, never carried out
        "Abdel Fattah el-Sisi's threat to retaliate against Jordanian goods, never enforced, "
        "was soon forgotten.",
        "retaliate",
        "sources",
        {"EGYGOV"},
    ),
]
