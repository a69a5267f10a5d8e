"""Minimal sentences for the party stage of eye8 (issue 9, the blind fresh2 review's classes), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees it and ``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "label_victim",  # nothing names the test's doer: the victim the label names
        "Kenya denounced the missile test as a violation of Uganda's sovereignty.",
        "denounced",
        "targets",
        {"UGA"},
    ),
]
