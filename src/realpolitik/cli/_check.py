"""CLI command: check (claims of articles against the loaded datasets).

A thin twin of :func:`realpolitik.claimcheck.check`: read options, call it, print the records as a
table, CSV or JSON Lines (the full records, with each figure's SQL query).
"""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from realpolitik.errors import Errors, InputError, RealpolitikError

_TABLE = [
    ("claim", "claim"), ("subject", "subj"), ("object", "obj"), ("measure", "measure"),
    ("claimed", "claimed"), ("computed", "computed"), ("when", "period"),
    ("verdict", "verdict"), ("note", "dataset / reason"),
]  # fmt: skip
_CSV = [
    "doc_id", "sentence", "claim", "subject", "object", "measure", "factuality", "claimed",
    "computed", "period", "basis", "verdict", "dataset", "reason", "source", "query",
]  # fmt: skip


def register(cli: click.Group) -> None:
    """Add this module's command to the top-level group."""

    @cli.command("check")
    @click.argument("paths", nargs=-1, type=click.Path(path_type=str))
    @click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default=None,
        help="Database with the loaded datasets (default: $REALPOLITIK_DB or"
        " ./realpolitik.duckdb); opened read-only.",
    )
    @click.option("--stored", is_flag=True, help="Check the claims already in the store.")
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "jsonl", "csv"]),
        default="table",
        show_default=True,
        help="jsonl gives the full records with each figure's SQL query.",
    )
    @click.option(
        "--tolerance",
        type=float,
        default=None,
        metavar="PTS",
        help="Allowed difference in percentage points for shares and agreement levels (percent"
        " of the value for amounts); default: the precision the claim states.",
    )
    @click.option(
        "--date", default=None, help="Publication date (YYYY-MM-DD) for documents without one."
    )
    @click.pass_context
    def check_cmd(
        ctx: click.Context,
        paths: tuple[str, ...],
        db: str | None,
        stored: bool,
        fmt: str,
        tolerance: float | None,
        date: str | None,
    ) -> None:
        """Check the claims in PATH... (or --stored) against the loaded datasets.

        Each claim (a share, an amount, a ranking, an alliance, a UN voting agreement) is
        supported, contradicted or unverifiable, with the dataset's figure, its source and
        the SQL that produced it.
        """
        from realpolitik.claimcheck import check, row
        from realpolitik.store import resolve_db_path

        if paths and stored:
            raise RealpolitikError(Errors.E601)
        if not paths and not stored:
            raise RealpolitikError(Errors.E602)
        if tolerance is not None and not tolerance >= 0:
            raise RealpolitikError(Errors.E604, value=tolerance)
        if date is not None:
            _valid_date(date)
        root = ctx.find_root().obj
        path = resolve_db_path(db or getattr(root, "db", None))
        if stored and not path.exists():
            raise RealpolitikError(Errors.E603, path=path)
        if not path.exists():
            click.echo(
                f"realpolitik: note: {path} does not exist, so no datasets are loaded;"
                " every claim is unverifiable (not_loaded).",
                err=True,
            )
        records = check(
            paths, db=path, stored=stored, date=date, tolerance=tolerance, on_error=_skipped
        )
        if fmt == "jsonl":
            for rec in records:
                click.echo(json.dumps(rec.to_dict(), ensure_ascii=False, default=str))
            return
        rows = [row(rec) for rec in records]
        if fmt == "csv":
            writer = csv.DictWriter(sys.stdout, fieldnames=_CSV, lineterminator="\n")
            writer.writeheader()
            writer.writerows({k: r[k] for k in _CSV} for r in rows)
            return
        _table(rows)


def _skipped(error: InputError) -> None:
    click.echo(f"realpolitik: skipped: {error}", err=True)


def _valid_date(value: str) -> None:
    import datetime as dt

    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise RealpolitikError(Errors.E015, value=value) from None


def _table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 200)
    table = Table(show_edge=False, pad_edge=False)
    for _, title in _TABLE:
        table.add_column(title, overflow="fold")
    for r in rows:
        when = r["period"] + (f" ({r['basis']})" if r["basis"] and r["basis"] != "stated" else "")
        r = {**r, "note": r["reason"] or r["dataset"], "when": when}
        table.add_row(*(str(r[key]) for key, _ in _TABLE))
    console.print(table)
    if not rows:
        console.print("(no claims)")
    sources = sorted({r["source"] for r in rows if r["source"]})
    for source in sources:
        console.print(f"Source: {source}", style="dim", soft_wrap=True)
    if rows:
        console.print(
            "--format jsonl shows each record in full, with the SQL query behind each figure.",
            style="dim",
        )
