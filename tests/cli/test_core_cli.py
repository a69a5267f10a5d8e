"""The core commands through the real CLI: ingest, extract, events, dyads, summary, report."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from click.testing import CliRunner, Result
from sample_store import populate

from realpolitik.cli import cli
from realpolitik.store import Store

COMMANDS = ["ingest", "extract", "events", "dyads", "summary", "report"]
ARTICLE = (
    "Putin and Kim sign a treaty\nDate: 2024-06-19\n\n"
    "Russian President Vladimir Putin signed a treaty with North Korea on Wednesday.\n"
)


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample store, written once a module (each test gets its own copy)."""
    path = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    with Store(path) as store:
        populate(store)
    return path


@pytest.fixture
def sample_db(sample_file: Path, db_path: Path) -> Path:
    shutil.copyfile(sample_file, db_path)
    return db_path


@pytest.mark.parametrize("command", COMMANDS)
def test_help_on_every_command(command: str) -> None:
    result = _run(command, "--help")
    assert result.exit_code == 0
    assert (
        f"Usage: cli {command}" in result.output or f"Usage: realpolitik {command}" in result.output
    )


def test_events_table_jsonl_and_csv(sample_db: Path) -> None:
    table = _run("--db", str(sample_db), "events", "--dyad", "RUS,PRK")
    assert table.exit_code == 0, table.output
    assert "RUSGOV" in table.stdout and "Putin signed a treaty" in table.stdout
    assert "Ukraine" not in table.stdout
    lines = _run("--db", str(sample_db), "events", "--actor", "UKR", "--format", "jsonl").stdout
    [record] = [json.loads(x) for x in lines.splitlines()]
    assert record["cameo"] == "195" and record["date"] == "2024-07-08"
    out = _run("--db", str(sample_db), "events", "--since", "2024-07-01", "--format", "csv",
               "--factuality", "all").stdout  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["cameo"] for r in rows] == ["195", "070", "074"]
    limited = _run("--db", str(sample_db), "events", "--limit", "1", "--format", "jsonl")
    assert len(limited.stdout.splitlines()) == 1
    only = _run("--db", str(sample_db), "events", "--factuality", "reported", "--format", "jsonl")
    assert [json.loads(x)["cameo"] for x in only.stdout.splitlines()] == ["074"]


def test_dyads_command(sample_db: Path) -> None:
    out = _run("--db", str(sample_db), "dyads", "--format", "jsonl").stdout
    rows = {(r["source"], r["target"]): r for r in map(json.loads, out.splitlines())}
    assert rows["PRK", "RUS"]["events"] == 2
    assert rows["RUS", "PRK"]["events"] == 1
    everything = _run("--db", str(sample_db), "dyads", "--factuality", "all", "--format", "jsonl")
    rows = {(r["source"], r["target"]): r for r in map(json.loads, everything.stdout.splitlines())}
    assert rows["RUS", "PRK"]["events"] == 2
    table = _run("--db", str(sample_db), "dyads")
    assert "net coop" in table.stdout and "PRK" in table.stdout


def test_summary_command(sample_db: Path) -> None:
    result = _run("--db", str(sample_db), "summary")
    assert result.exit_code == 0
    assert result.stdout.startswith("6 documents (6 sentences, published 2024-05-16 to 2024-10-18)")
    assert "Events per directed dyad" in result.stdout and "Strongest ties" in result.stdout
    as_json = json.loads(_run("--db", str(sample_db), "summary", "--format", "jsonl").stdout)
    assert as_json["events"] == 6


def test_report_command(sample_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = _run("--db", str(sample_db), "report", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_query_without_database_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    for command in ("events", "dyads", "summary", "report"):
        result = _run("--db", str(missing), command)
        assert result.exit_code == 1
        assert result.stderr.strip() == (
            f"realpolitik: error: [E018] {missing}: no database here yet;"
            " run `realpolitik ingest PATH` first or pass --db."
        )
        assert not missing.exists()


def test_bad_options_are_one_line(sample_db: Path) -> None:
    bad = _run("--db", str(sample_db), "events", "--dyad", "RUS")
    assert bad.exit_code == 1
    assert bad.stderr.strip() == "realpolitik: error: [E901] --dyad: 'RUS' is not 'A,B'"
    date = _run("--db", str(sample_db), "events", "--since", "June")
    assert (
        date.exit_code == 2
        and "'June' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD" in date.output
    )


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["ingest", "--date", "2024-13-45", "x.txt"], "[E015] '2024-13-45' is not a date"),
        (["network", "--year", "20x8"], "[E911] '20x8' is not a year"),
        (["events", "--origin", "text,rumour"], "[E912] 'rumour' is not one of"),
        (["events", "--factuality", "asserted,"], None),
    ],
)
def test_bad_option_values_are_coded(sample_db: Path, args: list[str], code: str | None) -> None:
    result = _run("--db", str(sample_db), *args)
    if code is None:  # a trailing comma is not a bad value
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 2 and code in result.output, result.output


def test_debug_shows_the_traceback(sample_db: Path) -> None:
    result = CliRunner().invoke(cli, ["--debug", "--db", str(sample_db), "events", "--dyad", "X"])
    assert result.exception is not None
    assert "E901" in str(result.exception)


@pytest.mark.slow
def test_ingest_and_extract(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "treaty.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    result = _run("--db", str(db), "ingest", str(corpus), "-v")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("1 document(s) read: 1 new, 0 replaced")
    assert result.stderr.startswith("stored treaty (")
    again = _run("ingest", str(corpus), "--db", str(db))  # --db after the command works too
    assert "0 new, 0 replaced, 1 unchanged" in again.stdout

    out = tmp_path / "events.jsonl"
    extracted = _run("extract", str(corpus), "-o", str(out), "--mentions")
    assert extracted.exit_code == 0, extracted.output
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert records and all(r["doc_id"] == "treaty" for r in records)
    assert any(r["kind"] == "actor_mention" for r in records)
    to_stdout = _run("extract", str(corpus))
    plain = [json.loads(x) for x in to_stdout.stdout.splitlines()]
    assert plain and all(r["kind"] != "actor_mention" for r in plain)


@pytest.mark.slow
def test_actors_file(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(
        "Think tank\nDate: 2024-04-16\n\nThe Zorgon Policy Institute criticised North Korea.\n",
        encoding="utf-8",
    )
    actors = tmp_path / "actors.tsv"
    actors.write_text("# mine\nZorgon Policy Institute\tKORNGO\n", encoding="utf-8")
    result = _run("extract", str(text), "--mentions", "--actors", str(actors))
    assert result.exit_code == 0, result.output
    mentions = [json.loads(x) for x in result.stdout.splitlines()]
    assert any(m.get("code") == "KORNGO" for m in mentions if m["kind"] == "actor_mention")
    actors.write_text("just one column\n", encoding="utf-8")
    bad = _run("extract", str(text), "--actors", str(actors))
    assert bad.exit_code == 1
    assert bad.stderr.startswith(f"realpolitik: error: [E201] {actors}:1:")


@pytest.mark.slow
def test_exit_status_of_a_real_process(tmp_path: Path) -> None:
    """The console script as a user runs it: 0 when something was read, 1 when nothing. The
    good file is stored first in this process, so that the real one reads it (unchanged) without
    loading the parser: the status counts what was read, not what was new."""
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    exe = Path(sys.executable).with_name("realpolitik")
    db = tmp_path / "p.duckdb"
    assert run_cli("--db", db, "ingest", good).returncode == 0
    ok = subprocess.run(
        [str(exe), "--db", str(db), "ingest", str(good), str(empty)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr
    assert "1 unchanged" in ok.stdout
    assert (
        ok.stderr.strip()
        == f"realpolitik: skipped: [E001] {empty}: file is empty; nothing to read."
    )
    bad = subprocess.run(
        [str(exe), "--db", str(db), "ingest", str(empty)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 1
    assert bad.stderr.splitlines() == [
        f"realpolitik: skipped: [E001] {empty}: file is empty; nothing to read.",
        "realpolitik: error: [E014] Nothing could be read from the 1 input(s) given.",
    ]


@pytest.mark.slow
def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import os
    import pty

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"s{i}.txt").write_text(ARTICLE.replace("Wednesday", f"day {i}"), "utf-8")
    exe = str(Path(sys.executable).with_name("realpolitik"))
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [exe, "--db", str(tmp_path / "t.duckdb"), "ingest", str(corpus)],
        stdout=subprocess.PIPE,
        stderr=slave,
    )
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=60)
    os.close(master)
    assert proc.returncode == 0
    assert b"ingesting" in seen and b"3 stored" in seen
    # piped: the same command in this process (cli_inprocess), whose stderr is no terminal;
    # the bar's choice is made on sys.stderr when the command runs
    piped = run_cli("--db", tmp_path / "u.duckdb", "ingest", corpus)
    assert piped.returncode == 0
    assert piped.stderr == ""  # no bar, no noise when stderr is not a terminal


def test_a_closed_pipe_ends_output_quietly(db_path: Path) -> None:
    """`realpolitik events --format jsonl | head -1`: no error line, no traceback."""
    with Store(db_path) as store:
        populate(store)
        # 240 events, more than a pipe buffer holds: the sample's six, 39 more times over
        store.con.execute(
            "INSERT INTO events BY NAME"
            " SELECT e.* EXCLUDE (event_id) FROM events e CROSS JOIN range(39)"
        )
        assert store.count("events") == 240
    exe = str(Path(sys.executable).with_name("realpolitik"))
    proc = subprocess.Popen(
        [exe, "--db", str(db_path), "events", "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert json.loads(first)["cameo"]
    assert err == b""
    assert proc.returncode == 141
