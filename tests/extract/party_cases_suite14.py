"""Minimal sentences for the party stage of suite14: the means of a response aimed at the
answered side ("Kenya answered Uganda's move by offering talks"); in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected), so that ``test_every_stage_has_a_case`` sees
them and ``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "means_answered_party",  # the answered act's doer, named in its possessive
        "Kenya answered Uganda's move by offering talks.",
        "offering",
        "targets",
        {"UGA"},
    ),
    (
        "means_answered_party",  # the answered state, the response verb's "to" phrase
        "Chile responded to Peru by expelling two diplomats.",
        "expelling",
        "targets",
        {"PER"},
    ),
]
