"""Minimal documents for the party stage of leftovers24 (issue 9 section 1: a judged act's agent
is the target): "said the move by Y was illegal" criticises Y; in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "judged_by_agent",  # the "by" agent inside the judged noun phrase
        "Poland said the move by Russia was illegal.",
        "said",
        "pairs",
        {("POL", "RUS")},
    ),
    (
        "judged_by_agent",  # the "of" doer of a judged deployment
        "Kenya said the deployment of Somali troops was provocative.",
        "said",
        "pairs",
        {("KEN", "SOMMIL")},
    ),
]
