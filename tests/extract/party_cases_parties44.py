"""Minimal documents for parties44's stage (envoys and governments of no written state are the
story's other state's), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "foreign_office_target",
        "Ghana detained ten Togolese fishermen. Togo expelled three diplomats.",
        "expelled",
        "pairs",
        {("TGO", "GHA")},
    ),
]
