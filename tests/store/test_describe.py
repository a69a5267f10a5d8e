"""docs/schema.md is the live schema of a fresh store (every table and column), kept in sync."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from realpolitik.cli import cli
from realpolitik.store import Store
from realpolitik.store.describe import describe, markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def test_docs_schema_md_is_the_live_schema(db_path: Path) -> None:
    with Store(db_path) as store:
        live = markdown(store)
    assert DOC.read_text(encoding="utf-8") == live, (
        "docs/schema.md is out of date: run `realpolitik --db new.duckdb sql --schema >"
        " docs/schema.md`"
    )


def test_every_table_and_column_is_listed_with_what_it_holds(db_path: Path) -> None:
    with Store(db_path) as store:
        tables = describe(store)
        live = {
            (str(t), str(c))
            for t, c in store.rows(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = 'main' AND table_catalog = current_database()"
            )
        }
    listed = {(t.name, c.name) for t in tables for c in t.columns}
    assert listed == live
    assert {t.name for t in tables} >= {"documents", "events", "un_votes", "ideal_points"}
    assert [t.component for t in tables][0] == "store"  # schema_versions first, then core ...
    unexplained = [(t.name, c.name) for t in tables for c in t.columns if not c.note]
    assert unexplained == []
    events = next(t for t in tables if t.name == "events")
    origin = next(c for c in events.columns if c.name == "origin")
    assert "'text'" in origin.note and origin.type == "VARCHAR"


def test_sql_schema_prints_it(db_path: Path) -> None:
    Store(db_path).close()
    result = CliRunner().invoke(cli, ["--db", str(db_path), "sql", "--schema"])
    assert result.exit_code == 0
    assert result.stdout == DOC.read_text(encoding="utf-8")
    empty = CliRunner().invoke(cli, ["--db", str(db_path), "sql"])
    assert empty.exit_code == 1 and "QUERY" in empty.stderr
