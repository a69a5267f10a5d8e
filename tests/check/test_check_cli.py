"""`realpolitik check` through the real CLI (in-process, cli_inprocess; one run in a real
subprocess for the exit status): formats, --stored after ingest, a missing database, and one
coded line for each bad option."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_inprocess import Done, run_cli

ARTICLE = (
    "Arms and votes\nDate: 2024-03-01\n\n"
    "Russia supplied more than 80 percent of Vietnam's arms imports in 2010-2014. Russia's"
    " share of Vietnam's arms imports between 2020 and 2023 was about 60 percent.\n\n"
    "North Korea was Russia's closest partner in General Assembly votes in 2023. North Korea"
    " sent about 11,000 troops to Russia.\n"
)
EXPECTED = [
    ("arms_share", "supported"),
    ("arms_share", "contradicted"),
    ("un_closest_partner", "supported"),
    ("troops", "unverifiable"),
]


def run(*args: str, cwd: Path | None = None) -> Done:
    return run_cli(*args, cwd=cwd)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "arms-and-votes.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_jsonl_records_with_runnable_queries(article: Path, fixture_dbs: dict[str, Path]) -> None:
    done = run("check", str(article), "--db", str(fixture_dbs["full"]), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["claim"]["measure"], r["verdict"]) for r in records] == EXPECTED
    first = records[0]
    assert first["doc_id"] == "arms-and-votes" and first["computed"] == pytest.approx(0.85)
    assert first["claim"]["qualifier"] == "more than" and first["comparator"] == ">"
    assert first["evidence"]["sentence"].startswith("Russia supplied more than 80 percent")
    import duckdb

    with duckdb.connect(str(fixture_dbs["full"]), read_only=True) as con:
        share = con.execute(first["query"]).fetchall()[0][2]
    assert share == pytest.approx(0.85)
    assert records[3]["reason"].startswith("no_dataset:")


def test_table_and_csv(article: Path, fixture_dbs: dict[str, Path]) -> None:
    table = run("check", str(article), "--db", str(fixture_dbs["full"]))
    assert table.returncode == 0, table.stderr
    assert "contradicted" in table.stdout and "Source: SIPRI" in table.stdout
    done = run("check", str(article), "--db", str(fixture_dbs["full"]), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["measure"], r["verdict"]) for r in rows] == EXPECTED
    assert rows[0]["computed"] == "85.0%" and rows[0]["period"] == "2010-2014"
    assert rows[2]["query"].startswith("WITH v AS")


def test_stored_claims_after_ingest(
    article: Path, fixture_dbs: dict[str, Path], tmp_path: Path
) -> None:
    db = tmp_path / "with-articles.duckdb"
    shutil.copy(fixture_dbs["full"], db)
    ingest = run("--db", str(db), "ingest", str(article))
    assert ingest.returncode == 0, ingest.stderr
    done = run("check", "--stored", "--db", str(db), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["claim"]["measure"], r["verdict"]) for r in records] == EXPECTED
    assert records[1]["claim"]["precision"] == pytest.approx(0.05)
    assert records[1]["claim"]["period"] == [2020, 2023]


def test_without_a_database_every_claim_is_not_loaded(article: Path, tmp_path: Path) -> None:
    done = run("check", str(article), "--format", "jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "no datasets are loaded" in done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    reasons = [r["reason"].split(":")[0] for r in records]
    assert reasons == ["not_loaded", "not_loaded", "not_loaded", "no_dataset"]
    assert not (tmp_path / "realpolitik.duckdb").exists()  # checking never creates a store


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["check"], "E602"),
        (["check", "ARTICLE", "--stored"], "E601"),
        (["check", "--stored", "--db", "MISSING"], "E603"),
        (["check", "ARTICLE", "--tolerance", "-2"], "E604"),
        (["check", "NOWHERE.txt"], "E014"),
    ],
)
def test_bad_options_give_one_coded_line(
    args: list[str], code: str, article: Path, tmp_path: Path
) -> None:
    args = [
        str(article) if a == "ARTICLE" else str(tmp_path / "none.duckdb") if a == "MISSING" else a
        for a in args
    ]
    done = run(*args, cwd=tmp_path)
    assert done.returncode == 1
    lines = [line for line in done.stderr.splitlines() if "error" in line]
    assert len(lines) == 1 and f"[{code}]" in lines[0], done.stderr
    assert "Traceback" not in done.stderr


def test_a_real_process_exits_1_with_one_coded_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "realpolitik", "check"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.splitlines() == [done.stderr.strip()] and "[E602]" in done.stderr
