"""CLI command: check (claims of articles against the loaded datasets).

A thin twin of :func:`realpolitik.claimcheck.check`: read options, call it, print the records as a
table, CSV or JSON Lines (the full records, with each figure's SQL query).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from realpolitik.cli._common import db_option, format_option, settings
from realpolitik.cli._ingest import date_option
from realpolitik.cli._output import emit

if TYPE_CHECKING:
    from realpolitik.errors import InputError

_TABLE = [
    ("claim", "claim"), ("subject", "subj"), ("object", "obj"), ("measure", "measure"),
    ("claimed", "claimed"), ("computed", "computed"), ("when", "period"),
    ("verdict", "verdict"), ("note", "dataset / reason"),
]  # fmt: skip
_CSV = [
    "doc_id", "sentence", "claim", "subject", "object", "measure", "factuality", "claimed",
    "computed", "period", "basis", "verdict", "dataset", "reason", "source", "query",
]  # fmt: skip


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@db_option
@click.option("--stored", is_flag=True, help="Check the claims already in the store.")
@format_option
@click.option(
    "--tolerance",
    type=float,
    default=None,
    metavar="PTS",
    help="Allowed difference in percentage points for shares and agreement levels (percent"
    " of the value for amounts); default: the precision the claim states.",
)
@date_option
@click.pass_context
def check_cmd(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    stored: bool,
    fmt: str,
    raw: bool,
    tolerance: float | None,
    date: str | None,
) -> None:
    """Check the claims in PATH... (or --stored) against the loaded datasets.

    Each claim (a share, an amount, a ranking, an alliance, a UN voting agreement) is
    supported, contradicted or unverifiable, with the dataset's figure, its source and
    the SQL that produced it (jsonl gives the full records with each figure's query). The
    database is opened read-only.
    """
    from realpolitik.claimcheck import check, row
    from realpolitik.errors import Errors, RealpolitikError
    from realpolitik.store import resolve_db_path

    if paths and stored:
        raise RealpolitikError(Errors.E601)
    if not paths and not stored:
        raise RealpolitikError(Errors.E602)
    if tolerance is not None and not tolerance >= 0:
        raise RealpolitikError(Errors.E604, value=tolerance)
    path = resolve_db_path(db or settings(ctx).db)
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
    if fmt == "table":
        _table(rows)
        return
    sources = " ".join(sorted({r["source"] for r in rows if r["source"]}))
    emit([{k: r[k] for k in _CSV} for r in rows], fmt, fields=_CSV, source=sources, raw=raw)


def _skipped(error: InputError) -> None:
    click.echo(f"realpolitik: skipped: {error}", err=True)


def _table(rows: list[dict[str, Any]]) -> None:
    import sys

    from rich.console import Console
    from rich.table import Table

    piped = not sys.stdout.isatty()
    console = Console(width=100_000 if piped else None, soft_wrap=piped)
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


COMMANDS = [check_cmd]
