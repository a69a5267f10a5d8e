"""Minimal documents for the doers leftovers22 reads (issue 9, section 4): the subject of the
verb that holds a noun of plan, negotiation or imminence over the act ("has no plans to
deploy", "is in talks to buy", "is on the verge of signing"); in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    ("verb_subject", "Japan has no plans to impose sanctions on Russia.", "impose",
     "sources", {"JPN"}),
    ("verb_subject", "Turkey is in talks to buy jets from Sweden.", "buy", "sources", {"TUR"}),
    ("verb_subject", "Israel is on the verge of invading Lebanon.", "invading", "sources",
     {"ISR"}),
]  # fmt: skip
