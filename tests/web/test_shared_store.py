"""The dashboard and the command line read one store at the same time: both open it read-only,
so queries in other processes run while it serves, and both show the same rows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from web_http import get_json

EXE = str(Path(sys.executable).with_name("realpolitik"))


def cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, "--db", str(db), *args], capture_output=True, text=True, check=False
    )


def test_queries_run_while_the_dashboard_serves(base_url: str, web_db: Path) -> None:
    served = get_json(f"{base_url}/api/events?actor=PRK&limit=50")["rows"]
    done = cli(
        web_db, "events", "--actor", "North Korea", "--factuality", "all", "--format", "jsonl"
    )
    assert done.returncode == 0, done.stderr
    listed = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["event_id"] for r in listed} == {r["event_id"] for r in served}
    summary = cli(web_db, "summary", "--format", "jsonl")
    assert summary.returncode == 0 and json.loads(summary.stdout)["documents"] >= 6


def test_the_server_answers_the_same_after_queries_elsewhere(base_url: str, web_db: Path) -> None:
    before = get_json(f"{base_url}/api/summary")
    for command in (["dyads"], ["sql", "SELECT count(*) FROM events"], ["data", "list"]):
        done = cli(web_db, *command, "--format", "csv")
        assert done.returncode == 0, (command, done.stderr)
    assert get_json(f"{base_url}/api/summary") == before
