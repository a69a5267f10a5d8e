"""`realpolitik data load/list` as a user runs them, on a real database file: the CLI in this
process (``cli_inprocess.run_cli``: the same commands, exit status and output, without an
interpreter's start and imports a run, ~0.6 CPU-s each). A real ``realpolitik`` process loads
data in test_hostile_files.py (the zip bomb), test_starter.py and test_load_progress.py."""

from __future__ import annotations

import json
from pathlib import Path

from cli_inprocess import Done, run_cli
from datasets_fixtures import UNDL_RESOLUTIONS, UNDL_VOTES, write


def run(*args: str) -> Done:
    return run_cli(*args)


def test_load_then_list(tmp_path: Path) -> None:
    db = str(tmp_path / "rp.duckdb")
    votes = write(tmp_path / "votes.csv.gz", UNDL_VOTES)
    res = write(tmp_path / "res.csv", UNDL_RESOLUTIONS)
    done = run("--db", db, "data", "load", "unga-votes", str(votes), "--resolutions", str(res))
    assert done.returncode == 0, done.stderr
    assert "Loaded 12 rows of unga-votes" in done.stdout
    listed = run("data", "list", "--db", db, "--format", "jsonl")
    entries = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {(e["source"], e["rows"], e["min_year"]) for e in entries} == {
        ("votes.csv.gz", 9, 1965),
        ("res.csv", 3, 1965),
    }
    assert all("Digital Library" in e["citation"] for e in entries)


def test_bad_file_is_one_line_error(tmp_path: Path) -> None:
    db = str(tmp_path / "rp.duckdb")
    bad = write(tmp_path / "votes.csv", UNDL_VOTES.replace(",Y,USA", ",YES,USA", 1))
    done = run("--db", db, "data", "load", str(bad))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"realpolitik: error: [E302] {bad}:2: column 'vote' has 'YES', expected A / N / NV / X / Y."
    ]
