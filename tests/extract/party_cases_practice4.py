"""Minimal documents for the party stage practice4 widened (issue 9, practice4's class IT): a
refusal with no target answers a request noun its doer received ("X, which received a request
from Y to ..., has refused"); in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "refused_request_maker",  # IT: the request noun the refuser received
        "Ghana, which received a request from Togo to extradite the men, has refused.",
        "refused",
        "targets",
        {"TGO"},
    ),
    (
        "refused_request_maker",  # IT: coordinated refusers, a capital as the maker
        "Ghana and Nigeria, which received similar requests from Washington, have refused to "
        "take in third-country nationals.",
        "refused",
        "targets",
        {"USA"},
    ),
]
