"""Minimal documents for the party stages leftovers32 added or widened (issue 9, round 24's
leftovers); in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "voiced_force_doer",  # a passive threat of force held out by the reporting state
        "Serbia said Kosovo's forces would be met with force.",
        "met",
        "sources",
        {"SRB"},
    ),
    (
        "voiced_force_doer",  # a trailing reporter
        "Chinese ships will be met with force, the Philippine president said.",
        "met",
        "sources",
        {"PHLGOV"},
    ),
    (
        "refused_request_maker",  # "turned it down": "it" is the received request
        "Chad received a request from Sudan to extradite the rebels, and turned it down.",
        "turned",
        "targets",
        {"SDN"},
    ),
    (
        "refused_request_maker",  # "got an appeal from Y ... and rejected it"
        "Chad got an appeal from Sudan to reopen the border and rejected it.",
        "rejected",
        "targets",
        {"SDN"},
    ),
    (
        "received_request_target",  # an owned request noun the receiver got
        "Chad received Sudan's request to extradite the rebels.",
        "request",
        "targets",
        {"TCD"},
    ),
]
