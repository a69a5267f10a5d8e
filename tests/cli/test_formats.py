"""Each command that returns rows, with each --format: a table for people, CSV with its header
(also when there are no rows), JSON Lines, and Parquet that pyarrow reads back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner, Result
from conventions_store import build

from realpolitik.cli import cli

FORMATS = ("table", "csv", "jsonl", "parquet")
GOLD = '{"id": "g1", "text": "Russia condemned Ukraine.", "date": "2024-01-02", "tuples": [["RUS", "UKR", "111"]]}\n'

# (command line, a column every row has, rows expected at least)
CASES: dict[str, tuple[list[str], str, int]] = {
    "events": (["events", "--since", "2024"], "cameo", 4),
    "dyads": (["dyads", "--origin", "text,gdelt"], "net_cooperation", 4),  # table: "net coop"
    "relations": (["relations", "Russia", "DPRK", "--period", "year"], "period", 2),
    "summary": (["summary"], "what", 5),
    "sql": (["sql", "SELECT origin, count(*) AS n FROM events GROUP BY 1 ORDER BY 1"], "n", 2),
    "codes": (["codes", "19"], "goldstein", 5),
    "data sources": (["data", "sources"], "name", 5),
    "data list": (["data", "list"], "kind", 1),
    "align": (["align", "USA", "RUS", "--since", "2022", "--until", "2023"], "agree", 2),
    "align partners": (["align", "RUS", "--since", "2023", "--until", "2023"], "rank", 3),
    "isolation": (["isolation", "--since", "2023", "--until", "2023"], "mean", 5),
    "idealpoints": (["idealpoints", "--stored", "--states", "US,Russia"], "ideal_point", 6),
    "depend": (["depend", "VNM", "--layer", "arms", "--windows", "2010-2014,2020-2023"],
               "supplier", 3),
    "allies": (["allies", "North Korea", "--year", "2018"], "partner", 2),
    "changepoints": (["changepoints", "--dyad", "USA,CHN", "--min-votes", "1"], "mean", 1),
    "network": (["network", "--layer", "alliances", "--year", "2018"], "strength", 4),
    "graph": (["graph", "--layer", "alliances", "--year", "2018", "-o", "{tmp}/g.gexf"],
              "degree", 4),
    "panel": (["panel", "--since", "2016", "--until", "2018", "--with", "alliance"], "a", 15),
}  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("formats") / "conventions.duckdb")


def run(db: Path, args: list[str], tmp: Path) -> Result:
    line = [a.replace("{tmp}", str(tmp)) for a in args]
    return CliRunner().invoke(cli, ["--db", str(db), *line])


def rows_of(result: Result, fmt: str) -> list[dict[str, object]]:
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(result.stdout)))
    if fmt == "jsonl":
        return [json.loads(line) for line in result.stdout.splitlines()]
    return list(pq.read_table(io.BytesIO(result.stdout_bytes)).to_pylist())


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_row_command_in_every_format(db: Path, tmp_path: Path, case: str, fmt: str) -> None:
    args, column, at_least = CASES[case]
    if case == "panel" and fmt == "table":
        pytest.skip("the panel is for regressions: it has no table view")
    result = run(db, [*args, "--format", fmt], tmp_path)
    assert result.exit_code == 0, result.output
    if fmt == "table":
        shown = {"net_cooperation": "net coop", "what": "documents"}.get(column, column)
        assert shown in result.stdout, result.stdout
        return
    rows = rows_of(result, fmt)
    if case == "summary" and fmt == "jsonl":  # one object with everything (was --json)
        assert rows[0]["documents"] == 7 and rows[0]["top_dyads"]
        return
    assert len(rows) >= at_least, (case, fmt, rows[:3])
    if rows:
        assert all(column in row for row in rows)
    if fmt != "parquet":
        assert "Source:" not in result.stdout  # data only on stdout; the citation goes to stderr


@pytest.mark.slow
@pytest.mark.parametrize("fmt", FORMATS)
def test_evaluate_in_every_format(tmp_path: Path, fmt: str) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(GOLD, encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(gold), "--level", "country_root",
                                      "--format", fmt])  # fmt: skip
    assert result.exit_code == 0, result.output
    if fmt == "table":
        assert "country_root" in result.stdout and "P" in result.stdout
        return
    (row,) = rows_of(result, fmt)
    assert row["level"] == "country_root" and str(row["records"]) == "1"


@pytest.mark.parametrize(
    "args",
    [
        ["events", "--since", "2030"],
        ["dyads", "--since", "2030"],
        ["data", "list"],
        ["codes", "no such thing at all"],
        ["sql", "SELECT * FROM events WHERE false"],
    ],
)
def test_csv_has_its_header_when_there_are_no_rows(
    db: Path, tmp_path: Path, args: list[str]
) -> None:
    target = db
    if args[:2] == ["data", "list"]:
        from realpolitik.store import Store

        target = tmp_path / "empty.duckdb"
        Store(target).close()
    result = run(target, [*args, "--format", "csv"], tmp_path)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and "," in lines[0], lines  # a header and nothing else


def test_parquet_of_no_rows_keeps_the_columns(db: Path, tmp_path: Path) -> None:
    result = run(db, ["events", "--since", "2030", "--format", "parquet"], tmp_path)
    table = pq.read_table(io.BytesIO(result.stdout_bytes))
    assert table.num_rows == 0 and "evidence_sentence" in table.column_names
