"""Minimal documents for the party stages practice8 changed (issue 9, round 27): a count of the
seized things ("three of their trawlers") owns through its "of" phrase, so its "their" is the
people of the coordinated act before; in ``test_parties.py``'s shape (stage, text, trigger,
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
]
