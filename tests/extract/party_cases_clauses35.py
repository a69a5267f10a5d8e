"""Minimal documents for the party stage of clauses35 (issue 9: fresh23's C): the state named
inside a rejected charge ("any suggestion of Tanzanian involvement") is the one charged, never
the denial's target; the accuser of the sentence before takes it; in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "charged_party_not_target",  # "of Tanzanian involvement": the denier's own, dropped
        "Uganda accused Tanzania of threatening a reporter. "
        "Tanzania rejected allegations of Tanzanian involvement.",
        "rejected",  # (the story's accuser, UGA, takes it later: ``story_kind_partner``)
        "targets",
        set(),
    ),
]
