"""Minimal documents for the party stage of leftovers29 (issue 9): a release another state
secured is done by the holder named by "held by / in" or "from", to the securer; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "secured_release_parties",  # the "by" agent of the participle on the people
        "India secured the release of sailors held by Iran.",
        "release",
        "sources",
        {"IRN"},
    ),
    (
        "secured_release_parties",  # the securer is the target (not the doer)
        "Indonesia won the release of seven fishermen held by Malaysia.",
        "release",
        "targets",
        {"IDN"},
    ),
]
