"""The one output path: how cells read in a table, which CSV cells are guarded, what parquet
refuses, and that the footer never mixes into data."""

from __future__ import annotations

import csv
import io
import math

import pytest
from click.testing import CliRunner

from realpolitik.cli._output import cell, emit


def test_cells_read_the_same_in_every_table() -> None:
    assert cell(None) == "" and cell(math.nan) == ""
    assert cell(0.12345) == "0.123" and cell(-10.0) == "-10.000"
    assert cell(12345.6) == "12,346" and cell(2024) == "2024"  # years are never 2,024
    assert cell(True) == "yes" and cell(False) == ""
    assert cell("RUS") == "RUS"


def _capture(*args: object, **kwargs: object) -> tuple[str, str]:
    import click

    @click.command()
    def show() -> None:
        emit(*args, **kwargs)  # type: ignore[arg-type]

    result = CliRunner().invoke(show, [])
    assert result.exit_code == 0, result.output
    return result.stdout, result.stderr


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_csv_guards_every_formula_start(text: str) -> None:
    written = text.replace("\r", "\n")  # a line break in a cell is written as \n, quoted
    out, _ = _capture([{"a": text, "n": -1.5}], "csv", source="X")
    (row,) = list(csv.DictReader(io.StringIO(out, newline="")))
    assert row["a"] == "'" + written and row["n"] == "-1.5"
    raw, _ = _capture([{"a": text}], "csv", raw=True)
    assert list(csv.DictReader(io.StringIO(raw, newline="")))[0]["a"] == written


def test_footer_goes_to_stderr_except_in_tables() -> None:
    out, err = _capture([{"a": 1}], "jsonl", source="Producer", notes=["partial"])
    assert out == '{"a": 1}\n' and err == "Note: partial\nSource: Producer\n"
    table, _ = _capture([{"a": 1}], "table", source="Producer", title="T")
    assert "Source: Producer" in table and "T" in table
    empty, _ = _capture([], "table", fields=["a"])
    assert "(no rows)" in empty


_TABLES = [
    (
        [{"a": "RUS", "n": 12345, "x": 0.5}, {"a": "a longer name", "n": -3, "x": None}],
        [("a", "state"), ("n", "events"), ("x", "share")],
        "Partners of Russia",
    ),
    ([], [("date", "date"), ("source", "source")], ""),
    ([{"a": "Côte d'Ivoire", "flag": True}], [("a", "state"), ("flag", "number of things")], ""),
]


@pytest.mark.parametrize(("rows", "columns", "title"), _TABLES)
def test_the_piped_table_is_what_rich_draws(rows: list, columns: list, title: str) -> None:
    """Piped tables skip importing rich; they must read exactly as rich's own drawing."""
    from rich.console import Console
    from rich.table import Table

    from realpolitik.cli._output import _plain_table

    buf = io.StringIO()
    console = Console(file=buf, width=100_000, soft_wrap=True)
    table = Table(title=title or None, title_justify="left", show_edge=False, pad_edge=False)
    for key, label in columns:
        numeric = any(
            isinstance(r.get(key), int | float) and not isinstance(r.get(key), bool) for r in rows
        )
        table.add_column(
            label, justify="right" if numeric else "left", overflow="fold", no_wrap=True
        )
    for row in rows:
        table.add_row(*(cell(row.get(k)) for k, _ in columns))
    console.print(table, crop=False)
    if not rows:
        console.print("(no rows)")
    out, _ = _capture(rows, "table", columns=columns, title=title)
    assert out == buf.getvalue()
    plain = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(plain):
        assert _plain_table(rows, list(columns), title)
    assert plain.getvalue() == buf.getvalue()


def test_cells_rich_must_measure_go_to_rich() -> None:
    from realpolitik.cli._output import _plain_table

    assert not _plain_table([{"a": "two\nlines"}], [("a", "a")], "")
    assert not _plain_table([{"a": "北京"}], [("a", "a")], "")
    out, _ = _capture([{"a": "北京"}], "table", columns=[("a", "city")], title="")
    assert "北京" in out and "city" in out
