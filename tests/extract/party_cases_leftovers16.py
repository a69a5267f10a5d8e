"""Minimal sentences for leftovers16's party stages (a countryless group that a state's police
or courts act on is that state's; aid goes to the state it was promised to), in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected), so that ``test_every_stage_has_a_case`` sees it and ``test_stage_on_a_minimal_sentence``
runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "countryless_home_group",
        "Kenyan police broke up a rally staged by students at Moi University in Eldoret.",
        "broke",
        "pairs",
        {("KENCOP", "KENEDU")},
    ),
    (
        "promised_recipient",
        "Japan has not delivered the aid it pledged to the Philippines.",
        "delivered",
        "targets",
        {"PHL"},
    ),
]
