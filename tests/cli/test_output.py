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
