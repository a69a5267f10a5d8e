"""Minimal documents for the party stage of names20 (issue 9: an untargeted measure continues
the doer's latest act with one other state, fresh10's X), in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "continued_act_partner",  # "by cutting ties": the other state of the talks broken off
        "Egypt and Sudan broke off talks in March. This time Egypt has gone further by cutting "
        "ties outright.",
        "cutting",
        "pairs",
        {("EGY", "SDN")},
    ),
    (
        "continued_act_partner",  # "the ban": the state that asked for it to be lifted
        "Syria asked Turkey to lift its ban on wheat exports. Turkey imposed the ban in August.",
        "imposed",
        "pairs",
        {("TUR", "SYR")},
    ),
]
