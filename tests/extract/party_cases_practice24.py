"""Minimal documents for practice24's stages (a trailing threat participle aimed at the party the
main demand presses; a joint act that answers nothing), in ``test_parties.py``'s shape (stage,
text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "participle_threat_target",  # two doers: the demand's target, never their own states
        "Peru and Chile demanded that Bolivia free the sailors, warning that sanctions would "
        "follow if it did not.",
        "warning",
        "targets",
        {"BOL"},
    ),
    (
        "verb_subject",  # a threat after a demand's that-clause is the demander's
        "Peru demanded that Bolivia free the sailors, warning that sanctions would follow.",
        "warning",
        "sources",
        {"PER"},
    ),
]
