"""Helpers for the scale-out tests (imported by name: tests have no packages)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
from cli_inprocess import Done, run_cli

from realpolitik.store import Store

TABLES = {
    "documents": "SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY ALL",
    "sentences": "SELECT * FROM sentences ORDER BY ALL",
    "actor_mentions": "SELECT * FROM actor_mentions ORDER BY ALL",
    "events": "SELECT * EXCLUDE (event_id) FROM events ORDER BY ALL",
    "claims": "SELECT * FROM claims ORDER BY ALL",
}


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the extraction tables, sorted (event ids left out)."""
    with Store(db) as store:
        return {name: store.con.execute(sql).fetchall() for name, sql in TABLES.items()}


def manifest(out: Path) -> list[dict[str, Any]]:
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def parts(out: Path, folder: str = "documents") -> list[str]:
    return sorted(p.name for p in (out / folder).iterdir())


def part_rows(out: Path, folder: str, sql: str = "SELECT count(*) FROM t") -> Any:
    con = duckdb.connect()
    con.execute(f"CREATE VIEW t AS SELECT * FROM read_parquet('{out / folder}/part-*.parquet')")
    return con.execute(sql).fetchall()


def cli(*args: str, check: bool = True) -> Done:
    """``realpolitik ARGS`` in this process (cli_inprocess)."""
    done = run_cli(*args)
    if check:
        assert done.returncode == 0, done.stderr
    return done


def jsonl_corpus(path: Path, records: int, bad: tuple[int, ...] = ()) -> Path:
    """A JSON Lines file of ``records`` short articles (1-based line numbers in ``bad`` are not
    JSON)."""
    states = ["Russia", "China", "Japan", "Vietnam", "Ukraine", "India"]
    lines = []
    for i in range(1, records + 1):
        if i in bad:
            lines.append("{not json")
            continue
        a, b = states[i % len(states)], states[(i * 5 + 1) % len(states)]
        if a == b:
            b = "the United States"
        text = f"{a} accused {b} of lying about the talks on day {i}."
        lines.append(json.dumps({"id": f"rec-{i}", "text": text, "date": "2024-03-01"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
