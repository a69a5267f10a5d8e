"""CLI commands: codes (the CAMEO / PLOVER ontology)."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from realpolitik import ontology
from realpolitik.cli._common import FORMATS

_TABLE_HIDDEN = {"root"}  # obvious from the code; kept in jsonl/csv


def _cameo_rows(query: str) -> list[dict[str, Any]]:
    return [
        {
            "code": c.code,
            "name": c.name,
            "root": c.root,
            "goldstein": c.goldstein,
            "quad_class": c.quad_class,
            "penta": c.penta,
            "plover": c.plover,
            "mode": c.mode,
            "description": c.description,
        }
        for c in ontology.search(query)
    ]


def _plover_rows(query: str) -> list[dict[str, Any]]:
    q = query.strip().lower()
    out = []
    for p in ontology.plover_types():
        text = f"{p.name} {p.description} {' '.join(p.mode_names)}".lower()
        if q and q not in text:
            continue
        out.append(
            {
                "plover": p.name,
                "quad_class": p.quad_class,
                "score": p.score,
                "default_cameo": p.default_cameo,
                "modes": "|".join(p.mode_names),
                "description": p.description,
            }
        )
    return out


def _print(rows: list[dict[str, Any]], fmt: str, title: str) -> None:
    if fmt == "jsonl":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    if fmt == "csv":
        fields = list(rows[0]) if rows else []
        w = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
        return
    table = Table(title=title)
    cols = [c for c in (rows[0] if rows else ["code"]) if c not in _TABLE_HIDDEN]
    for col in cols:
        table.add_column(col, overflow="fold", max_width=60 if col == "description" else None)
    for r in rows:
        table.add_row(*("" if r[c] is None else str(r[c]) for c in cols))
    Console().print(table)


def register(cli: click.Group) -> None:
    """Add this module's commands to the top-level group."""

    @cli.command("codes")
    @click.argument("query", required=False, default="")
    @click.option("--plover", "show_plover", is_flag=True, help="List PLOVER event types instead.")
    @click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
    def codes(query: str, show_plover: bool, fmt: str) -> None:
        """List or search CAMEO event codes (or PLOVER types with --plover).

        QUERY is a code prefix ("19", "057") or words found in the name or description
        ("sanction", "military aid"). Shows Goldstein weight, QuadClass, penta class, PLOVER
        type and mode.
        """
        if show_plover:
            rows = _plover_rows(query)
            title = "PLOVER event types"
        else:
            rows = _cameo_rows(query)
            title = f"CAMEO event codes matching {query!r}" if query else "CAMEO event codes"
        if not rows and fmt == "table":
            click.echo(f"No codes match {query!r}.", err=True)
            return
        _print(rows, fmt, title)
