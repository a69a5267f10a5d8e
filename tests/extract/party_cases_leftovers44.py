"""Minimal documents for the party stage of leftovers44 (issue 9): a pair's "both / the two /
they" acting on the state the pair acted on in the sentence before; in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "pair_third_target",  # no target named: the state the pair condemned
        "Mali and Niger condemned France on Monday. They imposed sanctions.",
        "imposed",
        "pairs",
        {("MLI", "FRA"), ("NER", "FRA")},
    ),
    (
        "pair_third_target",  # "their borders": the pair's own, aimed at the third state
        "Mali and Niger condemned France on Monday. The two closed their borders.",
        "closed",
        "pairs",
        {("MLI", "FRA"), ("NER", "FRA")},
    ),
]
