"""``events`` and ``dyads`` on a store of random events: the rows each --format writes are the
rows of the Python twin (``queries.event_rows``, ``queries.dyad_rows``) called with what the
options mean, for state names, actor codes, dyads, date bounds, origins and factualities."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result

from realpolitik.cli import cli
from realpolitik.store import Store, queries

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "store"))
from store_events_data import fill  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("twins-random") / "events.duckdb"
    with Store(path) as store:
        fill(store, n=400, seed=9)
        store.con.execute(
            "INSERT INTO events (origin, date, source_code, source_country, target_code,"
            " target_country, quad_class, goldstein, evidence_sentence)"
            " VALUES ('gdelt', DATE '2019-04-01', 'RUS', 'RUS', 'UKR', 'UKR', 4, -10.0,"
            " '=HYPERLINK(\"x\") and, a comma\nand a line')"
        )
    return path


def invoke(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    assert result.exit_code == 0, (args, result.output, result.exception)
    return result


def jsonl(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def csv_rows(result: Result) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(result.stdout)))


def rounded(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Floats to 9 places: DuckDB may add a mean's terms in another order on each run."""
    return [{k: round(v, 9) if isinstance(v, float) else v for k, v in r.items()} for r in rows]


def as_text(value: Any) -> str:
    """How the csv module writes a value."""
    return "" if value is None else str(value)


# (command line options, the twin's keyword arguments)
EVENT_CASES: list[tuple[list[str], dict[str, Any]]] = [
    ([], {"factuality": ["asserted", "reported"]}),
    (["--factuality", "all"], {}),
    (["--actor", "Russia"], {"actor": "RUS", "factuality": ["asserted", "reported"]}),
    (["--actor", "North Korea", "--factuality", "negated"], {"actor": "PRK", "factuality": ["negated"]}),
    (["--actor", "RUSGOV", "--factuality", "all"], {"actor": "RUSGOV"}),
    (["--actor", "prk", "--origin", "gdelt,icews"], {"actor": "PRK", "origins": ["gdelt", "icews"], "factuality": ["asserted", "reported"]}),
    (["--dyad", "Russia,China", "--factuality", "all"], {"dyad": ("RUS", "CHN")}),
    (["--dyad", "USA,JPN", "--since", "2018", "--until", "2019-06"], {"dyad": ("USA", "JPN"), "since": "2018", "until": "2019-06", "factuality": ["asserted", "reported"]}),
    (["--since", "2020-02-10", "--origin", "text", "--factuality", "possible,negated"], {"since": "2020-02-10", "origins": ["text"], "factuality": ["possible", "negated"]}),
    (["--limit", "7", "--factuality", "all"], {"limit": 7}),
    (["--actor", "UKR", "--limit", "3", "--factuality", "all"], {"actor": "UKR", "limit": 3}),
]  # fmt: skip


@pytest.mark.parametrize(("args", "kw"), EVENT_CASES, ids=lambda v: " ".join(v) if isinstance(v, list) else "")  # fmt: skip
def test_events_jsonl_and_csv_are_the_twins_rows(
    db: Path, args: list[str], kw: dict[str, Any]
) -> None:
    with Store(db, read_only=True) as store:
        want = queries.event_rows(store, **kw)
    assert want, "each case must find events, or it proves nothing"
    got = jsonl(invoke(db, "events", *args, "--format", "jsonl"))
    assert got == json.loads(json.dumps(want, default=str))
    table = csv_rows(invoke(db, "events", *args, "--format", "csv", "--raw"))
    assert [r["event_id"] for r in table] == [str(r["event_id"]) for r in want]
    assert [r["date"] for r in table] == [as_text(r["date"]) for r in want]
    assert [r["source_country"] for r in table] == [as_text(r["source_country"]) for r in want]


def test_events_parquet_keeps_every_column_and_row(db: Path, tmp_path: Path) -> None:
    result = invoke(db, "events", "--actor", "China", "--format", "parquet", "--factuality", "all")
    path = tmp_path / "events.parquet"
    path.write_bytes(result.stdout_bytes)
    read = pq.read_table(path)
    with Store(db, read_only=True) as store:
        want = queries.event_rows(store, actor="CHN")
    assert read.column_names == [name for name, _ in queries.EVENT_COLUMNS]
    assert read.column("event_id").to_pylist() == [r["event_id"] for r in want]
    assert read.column("goldstein").to_pylist() == [r["goldstein"] for r in want]


def test_events_csv_guards_formulas_unless_raw(db: Path) -> None:
    args = ["events", "--dyad", "RUS,UKR", "--origin", "gdelt", "--since", "2019-04-01",
            "--until", "2019-04-01", "--format", "csv"]  # fmt: skip
    guarded = [r for r in csv_rows(invoke(db, *args)) if r["evidence_sentence"]]
    raw = [r for r in csv_rows(invoke(db, *args, "--raw")) if r["evidence_sentence"]]
    text = '=HYPERLINK("x") and, a comma\nand a line'
    assert [r["evidence_sentence"] for r in raw] == [text]
    assert [r["evidence_sentence"] for r in guarded] == ["'" + text]


def test_events_cite_the_producers_of_what_they_show(db: Path) -> None:
    gdelt = invoke(db, "events", "--origin", "gdelt", "--format", "jsonl", "--limit", "5")
    text = invoke(db, "events", "--origin", "text", "--format", "jsonl", "--limit", "5")
    assert "GDELT" in gdelt.stderr and "GDELT" not in gdelt.stdout
    assert "GDELT" not in text.stderr
    assert {r["origin"] for r in jsonl(gdelt)} == {"gdelt"}


def test_events_refuses_what_it_cannot_do(db: Path) -> None:
    runner = CliRunner()
    bad = {
        "--dyad RUS": ["events", "--dyad", "RUS"],
        "--dyad ,PRK": ["events", "--dyad", ",PRK"],
        "icews-counts": ["events", "--origin", "icews-counts"],
        "--since 2019-13": ["events", "--since", "2019-13"],
        "--origin twitter": ["events", "--origin", "twitter"],
        "--factuality rumoured": ["events", "--factuality", "rumoured"],
        "--actor Atlantis": ["events", "--actor", "Atlantis"],
        "--limit 0": ["events", "--limit", "0"],
    }
    for name, args in bad.items():
        result = runner.invoke(cli, ["--db", str(db), *args])
        assert result.exit_code != 0, name
        assert result.stdout == "", name  # nothing half-written to the data stream
        assert result.stderr.strip(), name


DYAD_CASES: list[tuple[list[str], dict[str, Any]]] = [
    ([], {}),
    (["Russia"], {"a": "RUS"}),
    (["Russia", "North Korea"], {"a": "RUS", "b": "PRK"}),
    (["--period", "year", "--origin", "text"], {"period": "year", "origins": ("text",)}),
    (["CHN", "--period", "month", "--since", "2019", "--until", "2019"], {"a": "CHN", "period": "month", "since": "2019", "until": "2019"}),
    (["--undirected", "--factuality", "all"], {"directed": False, "factuality": None}),
    (["USA", "--origin", "icews-counts"], {"a": "USA", "origins": ("icews-counts",)}),
    (["--factuality", "negated", "--origin", "text"], {"factuality": ("negated",), "origins": ("text",)}),
]  # fmt: skip


@pytest.mark.parametrize(("args", "kw"), DYAD_CASES, ids=lambda v: " ".join(v) if isinstance(v, list) else "")  # fmt: skip
def test_dyads_jsonl_is_the_twins_rows(db: Path, args: list[str], kw: dict[str, Any]) -> None:
    with Store(db, read_only=True) as store:
        want = queries.dyad_rows(store, **kw)
    assert want, "each case must find dyads, or it proves nothing"
    got = rounded(jsonl(invoke(db, "dyads", *args, "--format", "jsonl")))
    assert got == rounded(json.loads(json.dumps(want, default=str)))
    relations = rounded(jsonl(invoke(db, "relations", *args, "--format", "jsonl")))
    assert relations == got  # the alias is the same command


def test_dyads_top_keeps_the_first_rows(db: Path) -> None:
    every = rounded(jsonl(invoke(db, "dyads", "--format", "jsonl")))
    top = rounded(jsonl(invoke(db, "dyads", "--format", "jsonl", "--top", "3")))
    assert len(every) > 3 and top == every[:3]


def test_dyads_csv_has_every_column_even_when_empty(db: Path) -> None:
    result = invoke(db, "dyads", "RUS", "PRK", "--since", "1990", "--until", "1991",
                    "--format", "csv")  # fmt: skip
    assert result.stdout.splitlines() == [",".join(name for name, _ in queries.DYAD_COLUMNS)]


def test_summary_jsonl_and_csv_are_the_twins_summary(db: Path) -> None:
    with Store(db, read_only=True) as store:
        want = queries.summary(store, top=4)
    got = json.loads(invoke(db, "summary", "--top", "4", "--format", "jsonl").stdout)
    plain = json.loads(json.dumps(want, default=str))
    assert len(got["top_dyads"]) == 4 and len(got["strongest_ties"]) == 4
    for key in ("top_dyads", "strongest_ties"):
        assert rounded(got.pop(key)) == rounded(plain.pop(key))
    assert got == plain and got["events"] == 401
    flat = {r["what"]: r["value"] for r in csv_rows(invoke(db, "summary", "--format", "csv"))}
    assert flat["events"] == "401" and flat["documents"] == "0"
    assert flat["first_published"] == ""  # no documents: no dates, an empty cell
    for fact, n in want["by_factuality"].items():
        assert flat[f"events_{fact}"] == str(n)


def test_sql_rows_equal_the_store_and_refuse_writes(db: Path) -> None:
    query = "SELECT origin, count(*) AS n FROM events GROUP BY 1 ORDER BY 1"
    with Store(db, read_only=True) as store:
        want = [{"origin": o, "n": n} for o, n in store.rows(query)]
    assert jsonl(invoke(db, "sql", query, "--format", "jsonl")) == want
    assert csv_rows(invoke(db, "sql", query, "--format", "csv")) == [
        {"origin": r["origin"], "n": str(r["n"])} for r in want
    ]
    refused = CliRunner().invoke(cli, ["--db", str(db), "sql", "DELETE FROM events"])
    assert refused.exit_code != 0 and "E106" in refused.stderr
    with Store(db, read_only=True) as store:
        assert store.count("events") == 401  # nothing lost
