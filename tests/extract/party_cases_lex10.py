"""Minimal sentences for the party stages of lex10 (the fresh3 lexicon classes): a case before
a trade body or a court aimed at the party whose act it is to rule on, and an aid or commitment
that is only discussed; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected), so
that ``test_every_stage_has_a_case`` sees them and ``test_stage_on_a_minimal_sentence`` runs
them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "case_defendant",  # the duties' imposer, not the WTO asked to rule
        "Canada asked the WTO to rule on the duties China imposed.",
        "asked",
        "targets",
        {"CHN"},
    ),
    (
        "case_defendant",
        "Gambia asked the ICJ to rule on Myanmar's treatment of the Rohingya.",
        "asked",
        "targets",
        {"MMR"},
    ),
    (
        "thing_of_other_verb",  # the commitments are what the envoys reviewed: no event
        "The envoys reviewed Japan's commitments to the Philippines.",
        "commitments",
        "pairs",
        set(),
    ),
]
