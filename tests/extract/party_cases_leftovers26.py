"""Minimal documents for the party stage of leftovers26 (issue 9): a demanded release's "from"
names the holder, the demand's target; in ``test_parties.py``'s shape (stage, text, trigger,
slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "release_holder",  # the released people are the asker's own; the holder is "from" Y
        "The United States demanded the release of the American journalist from Russia.",
        "demanded",
        "targets",
        {"RUS"},
    ),
    (
        "release_holder",  # a noun trigger's "for" object
        "France renewed its demand for the release of two French nationals from Iran.",
        "demand",
        "targets",
        {"IRN"},
    ),
]
