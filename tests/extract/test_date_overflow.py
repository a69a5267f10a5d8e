"""A document dated at the end of the calendar that says "tomorrow" is extracted and stored
like any other, with one worker or several (issue 16: OverflowError in dates.py)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from cli_inprocess import run_cli

RECORDS = [
    {"id": "edge", "date": "9999-12-31",
     "text": "Russia attacked Ukraine tomorrow. Japan will meet with China next week."},
    {"id": "start", "date": "0001-01-01", "text": "Japan criticized China 9999 days ago."},
    {"id": "plain", "date": "2024-06-20", "text": "Russia attacked Ukraine on Thursday."},
]  # fmt: skip


@pytest.mark.parametrize("workers", ["1", "2"])
def test_calendar_edges_are_stored(tmp_path: Path, workers: str) -> None:
    source = tmp_path / "edges.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n", encoding="utf-8")
    db = tmp_path / "edges.duckdb"
    done = run_cli("--db", db, "ingest", source, "--workers", workers)
    assert done.returncode == 0, done.stderr
    assert "OverflowError" not in done.stderr and "skipped" not in done.stderr
    with duckdb.connect(str(db), read_only=True) as con:
        docs = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
        dates = con.execute(
            "SELECT doc_id, CAST(date AS VARCHAR) FROM events ORDER BY doc_id"
        ).fetchall()
    assert docs == {"edge", "start", "plain"}
    assert ("edge", "9999-12-31") in dates and ("plain", "2024-06-20") in dates
    assert all(d is not None and d <= "9999-12-31" for _, d in dates)
