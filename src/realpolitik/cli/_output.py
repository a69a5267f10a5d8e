"""The one way commands write rows: a table for people, CSV, JSON Lines or Parquet.

* table: rich, numbers right-aligned (floats to 3 decimals, large ones with thousands
  separators), never wrapped when written to a pipe or file; "Source:" and notes under it.
* csv: always a header (also with no rows); cells that a spreadsheet would run as a formula
  (starting with = + - @ tab or CR) get a leading ' unless ``raw`` (OWASP CSV injection).
* jsonl: one JSON object per row. parquet: binary, to a pipe or file, never a terminal.

For csv, jsonl and parquet the source and notes go to stderr, so stdout stays pure data.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    import pyarrow as pa

Row = dict[str, Any]
Columns = Sequence[tuple[str, str]]  # (key, label) shown in the table view
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def rows_of(table: pa.Table) -> tuple[list[Row], list[str]]:
    """A pyarrow Table's rows (dicts) and column names."""
    return table.to_pylist(), list(table.column_names)


def emit(
    rows: Sequence[Row] | pa.Table,
    fmt: str,
    *,
    fields: Sequence[str] | None = None,
    columns: Columns | None = None,
    source: str = "",
    title: str = "",
    notes: Sequence[str] = (),
    raw: bool = False,
) -> None:
    """Write ``rows`` in ``fmt``. ``fields`` are every column (the header when there are no
    rows; a pyarrow Table brings its own); ``columns`` pick and label what the table view
    shows (default: every field)."""
    table: pa.Table | None = None
    if not isinstance(rows, list | tuple):
        table = rows
        rows, names = rows_of(table)
        fields = fields or names
    keys = list(fields or dict.fromkeys(k for r in rows for k in r))
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(_plain(row), ensure_ascii=False, default=str))
    elif fmt == "csv":
        writer = csv.DictWriter(
            sys.stdout, fieldnames=keys, lineterminator="\n", extrasaction="ignore"
        )
        writer.writeheader()
        writer.writerows(_lines(_plain(r) if raw else _guard(_plain(r))) for r in rows)
    elif fmt == "parquet":
        _parquet(list(rows), keys, table)
    else:
        _table(list(rows), list(columns or [(k, k) for k in keys]), title)
        footer(source, notes, to_stderr=False)
        return
    footer(source, notes, to_stderr=True)


def footer(source: str, notes: Sequence[str], *, to_stderr: bool) -> None:
    """Notes and the 'Source:' line (the data producers are always cited)."""
    for note in notes:
        click.echo(f"Note: {note}", err=to_stderr)
    if source:
        click.echo(f"Source: {source}", err=to_stderr)


def _parquet(rows: list[Row], keys: list[str], table: pa.Table | None) -> None:
    from realpolitik.errors import Errors, RealpolitikError

    if sys.stdout.isatty():
        raise RealpolitikError(Errors.E909)
    stream = sys.stdout.buffer
    import pyarrow as pa
    import pyarrow.parquet as pq

    if table is None:
        columns = {k: [_plain(r).get(k) for r in rows] for k in keys}
        arrays = {}
        for key, values in columns.items():
            try:
                arrays[key] = pa.array(values) if values else pa.array([], pa.string())
            except (pa.ArrowInvalid, pa.ArrowTypeError):
                arrays[key] = pa.array([None if v is None else str(v) for v in values])
        table = pa.table(arrays)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    stream.write(sink.getvalue().to_pybytes())
    stream.flush()


def _table(rows: list[Row], columns: list[tuple[str, str]], title: str) -> None:
    piped = not sys.stdout.isatty()
    if piped and _plain_table(rows, columns, title):
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(width=100_000 if piped else None, soft_wrap=piped)
    table = Table(title=title or None, title_justify="left", show_edge=False, pad_edge=False)
    for key, label in columns:
        numeric = _numeric(rows, key)
        wide = key in ("evidence_sentence", "description", "citation", "about", "alliances")
        table.add_column(
            label,
            justify="right" if numeric else "left",
            overflow="fold",
            no_wrap=piped,
            ratio=1 if wide and not piped else None,
        )
    for row in rows:
        table.add_row(*(cell(row.get(k)) for k, _ in columns))
    console.print(table, crop=False)
    if not rows:
        console.print("(no rows)")


def _numeric(rows: list[Row], key: str) -> bool:
    return any(
        isinstance(r.get(key), int | float) and not isinstance(r.get(key), bool) for r in rows
    )


def _plain_table(rows: list[Row], columns: list[tuple[str, str]], title: str) -> bool:
    """The piped table, drawn as rich draws it but without importing rich (a tenth of a
    second at start-up). False where rich must measure the text itself: a line break or a
    character outside the narrow Latin ranges in a cell or label."""
    header = [label for _, label in columns]
    body = [[cell(row.get(key)) for key, _ in columns] for row in rows]
    for text in (title, *header, *(c for line in body for c in line)):
        if "\n" in text or "\r" in text or any(ord(ch) >= 0x300 or ord(ch) < 32 for ch in text):
            return False
    if not columns:
        return False
    widths = [max([len(h), *(len(line[i]) for line in body)]) for i, h in enumerate(header)]
    right = [_numeric(rows, key) for key, _ in columns]

    def line(cells: list[str], sep: str, *, justify: bool) -> str:
        padded = [
            c.rjust(w) if justify and r else c.ljust(w)
            for c, w, r in zip(cells, widths, right, strict=True)
        ]
        return sep.join(padded)

    out = []
    if title:
        out.append(title)
    out.append(line(header, " ┃ ", justify=True))
    out.append("━╇━".join("━" * w for w in widths))
    out.extend(line(cells, " │ ", justify=True) for cells in body)
    if not rows:
        out.append("(no rows)")
    click.echo("\n".join(out))
    return True


def cell(value: Any) -> str:
    """How a value reads in a table: floats to 3 decimals (thousands separated from 10,000)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if abs(value) >= 10_000:
            return f"{value:,.0f}"
        return f"{value:.3f}"
    return str(value)


def _plain(row: Row) -> Row:
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}


def _lines(row: Row) -> Row:
    """Line breaks inside a cell as \\n (the csv module quotes those; a lone CR it would not)."""
    return {
        k: (v.replace("\r\n", "\n").replace("\r", "\n") if isinstance(v, str) else v)
        for k, v in row.items()
    }


def _guard(row: Row) -> Row:
    return {
        k: ("'" + v if isinstance(v, str) and v.startswith(_FORMULA) else v) for k, v in row.items()
    }


@contextmanager
def progress(label: str, total: int | None = None) -> Iterator[Any]:
    """A progress bar with a total and time left on a terminal (stderr); nothing when piped.

    Yields ``advance(n=1)``; with no total it shows elapsed time only.
    """
    with _bar(label, total) as found:
        if found is None:
            yield lambda n=1: None
            return
        bar, task = found
        yield lambda n=1: bar.advance(task, n)


@contextmanager
def progress_of(label: str, *, in_bytes: bool = False) -> Iterator[Any]:
    """The same bar fed by a library's ``progress(done, total)`` callback (bytes shown as
    sizes with ``in_bytes``); yields None when stderr is piped, so the library reports nothing."""
    with _bar(label, None, in_bytes=in_bytes) as found:
        if found is None:
            yield None
            return
        bar, task = found
        yield lambda done, total: bar.update(task, completed=done, total=total or None)


@contextmanager
def _bar(label: str, total: int | None, *, in_bytes: bool = False) -> Iterator[Any]:
    """(rich Progress, task) on a terminal, None when stderr is piped."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    done = DownloadColumn() if in_bytes else MofNCompleteColumn()
    columns = [SpinnerColumn(), TextColumn(label), BarColumn(), done,
               TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn()]  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        yield bar, bar.add_task(label, total=total)


def wrote(path: object) -> None:
    click.echo(f"Wrote {path}", err=True)
