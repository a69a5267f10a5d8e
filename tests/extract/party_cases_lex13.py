"""Minimal sentences for the party stages of lex13: a measure named before whose reach is the
act ("The restrictions now extend to Lithuania": the doer of the restrictions), and a refusal
assured to an addressee; in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected), so that ``test_every_stage_has_a_case`` sees them and
``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "measure_doer",  # the restrictions' doer, named the sentence before
        "Russia imposed restrictions on Polish imports. The restrictions now extend to Lithuania.",
        "extend",
        "sources",
        {"RUS"},
    ),
    (
        "measure_doer",
        "Japan banned imports from China on Monday. The ban now extends to Vietnam.",
        "extends",
        "sources",
        {"JPN"},
    ),
    (
        "told_addressee",  # assured, as told: the refusal is aimed at whom it is assured to
        "China assured Pakistan that it would not tolerate any attack.",
        "tolerate",
        "targets",
        {"PAK"},
    ),
]
