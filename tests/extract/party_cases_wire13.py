"""Minimal sentences for the party stage of a reaction conjoined after the act it answers
(issue 9, wire13), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees it and ``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "conjunct_act_doer",
        "India airdropped food into Sri Lanka's north, and Sri Lanka condemned the airdrop.",
        "condemned",
        "targets",
        {"IND"},
    ),
    (
        "conjunct_act_doer",
        "Pakistani troops shelled an Indian border post, and India lodged a protest.",
        "protest",
        "targets",
        {"PAKMIL"},
    ),
]
