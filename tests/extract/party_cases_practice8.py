"""Minimal documents for the party stages practice8 changed (issue 9, round 27): a count of the
seized things ("three of their trawlers") owns through its "of" phrase, so its "their" is the
people of the coordinated act before; a refusal held against a condition is aimed at the
condition's state, not at the people the refused act would serve; in ``test_parties.py``'s shape (stage, text, trigger,
slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "victims_written_state",  # the count hid the owner: no target (then LKA -> LKA)
        "Sri Lanka arrested 22 Indian fishermen and seized three of their trawlers.",
        "seized",
        "pairs",
        {("LKA", "IND")},
    ),
    (
        "refusal_condition",  # the refugees served were the target (EGY -> SDN 122)
        "Egypt will not reopen its border to Sudanese refugees unless Chad pays for the camps.",
        "reopen",
        "targets",
        {"TCD"},
    ),
]
