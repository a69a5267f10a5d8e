"""Helpers for the tests of bench/'s gold scorers (imported by name: tests have no packages):
bench/ on the import path, and a one-record gold file written by hand around a short text."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))


def one_record_gold(doc_id: str, date: str, text: str, relations: list[str]) -> str:
    """A gold file of one news record: ``relations`` are its lines below the text."""
    lines = "\n".join(relations)
    return f"=== {doc_id}\ndate: {date}\nkind: news\n\n{text}\n---\n{lines}\n"


def span(text: str, sentence: str) -> tuple[int, int]:
    """Where ``sentence`` starts and ends in ``text``."""
    start = text.index(sentence)
    return start, start + len(sentence)
