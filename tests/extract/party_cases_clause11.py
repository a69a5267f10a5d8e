"""Minimal sentences for the party stages of clause11 (issue 9, fresh4 classes B and U: a
trailing participle of a formal act aimed where its main act is; force "for X" on X's side),
in ``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees them and ``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "participle_act_target",  # the suspension is aimed where the recall is
        "Ghana recalled its envoy from Togo, suspending all cross-border trade.",
        "suspending",
        "targets",
        {"TGO"},
    ),
    (
        "light_verb_subject",  # "went to war for X": the doer, and X is no target
        "Egypt has never gone to war for Libya.",
        "war",
        "targets",
        set(),
    ),
]
