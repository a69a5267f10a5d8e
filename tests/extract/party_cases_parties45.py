"""Minimal documents for the party stages of parties45 (issue 9: fresh22's D and J): a joint act
of two states whose target is one of them is between them; border checks kept with no one
named are aimed at the story's other state; in ``test_parties.py``'s shape (stage, text,
trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "doers_each_others_target",  # "to Chile" inside the agreed act names one of the pair
        "Chile and Peru agreed to open talks on sales of Peruvian gas to Chile.",
        "agreed",
        "targets",
        {"CHL", "PER"},
    ),
    (
        "story_other_side",  # the checks of an op-ed on two states: at the other one
        "Few neighbours quarrel as quietly as Austria and Hungary. "
        "Vienna has kept its border checks for two years.",
        "kept",  # (clauses34's "keep ... checks" row reads the verb; the noun folds into it)
        "pairs",
        {("AUT", "HUN")},
    ),
]
