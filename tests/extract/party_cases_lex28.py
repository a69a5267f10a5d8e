"""Minimal documents for the party stages of lex28 (issue 9: fresh15's GR, HO, L, BP): a grant
of what was asked is aimed at the asker, a wanted person handed over at the state that wants
him, a measure kept by a pronoun ("the one on pears") at the state the measure is on, a bare
protest at the story's other state; in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "granted_request_maker",  # GR: "it" is the access asked for, granted to the asker
        "Togo asked Benin for access to the detained traders. Benin granted it on Friday.",
        "granted",
        "targets",
        {"TGO"},
    ),
    (
        "wanted_by_state",  # HO: the relative clause names the state that wants him
        "Benin has not yet handed over the former general whom Lome wants to try.",
        "handed",
        "targets",
        {"TGO"},
    ),
    (
        "measure_pronoun_target",  # L: "the one" stands for the curbs on Chilean apples
        "Argentina lifted its curbs on Chilean apples in May but kept the one on pears.",
        "kept",
        "targets",
        {"CHL"},
    ),
    (
        "protest_story_partner",  # BP: the bare protest is lodged with the detaining state
        "Estonian guards detained three Latvian drivers in March. Riga protested, and Tallinn "
        "said nothing for weeks.",
        "protested",
        "pairs",
        {("LVA", "EST")},
    ),
]
