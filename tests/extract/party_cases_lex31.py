"""Minimal documents for the party stage lex31 added (issue 9: fresh18's CS): the "for" / "to"
phrase after a verdict's complement ("a setback for X's traders") names the harmed, not the
criticism's target (``verdict_harmed.verdict_harmed_not_target``); in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "verdict_harmed_not_target",  # CS: the harmed traders are no target
        "Kenya called the checks a setback for Kenyan traders.",
        "called",
        "targets",
        set(),
    ),
]
