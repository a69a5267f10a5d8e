"""Minimal documents for the party stage practice11 added (issue 9, round 29): a judgement of
"it" for the act another judgement of the sentence named is aimed at that act's doer; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "shared_judgement_target",  # "it" was read as Hungary itself (HUN -> HUN)
        "Russian jets bombed a Ukrainian town. Poland condemned the attack, while Hungary "
        "welcomed it.",
        "welcomed",
        "targets",
        {"RUSMIL"},
    ),
]
