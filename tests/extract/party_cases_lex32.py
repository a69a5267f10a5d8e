"""Minimal documents for the party stage of lex32 (issue 9: fresh19_classes.md A): people in
their own state's service said by that state to have been sent home are recalled, no one
deported; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "own_people_sent_home",  # A: the own defence ministry tells of its sailors sent home
        "Danish police detained three Norwegian sailors after a fight in Aarhus on Friday. "
        "Norway's defence ministry apologised to Copenhagen and said the three men had been "
        "sent home.",
        "sent",
        "pairs",
        set(),
    ),
]
