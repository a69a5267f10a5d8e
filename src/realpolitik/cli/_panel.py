"""CLI command: panel (the dyad-year table of every layer, for regressions)."""

from __future__ import annotations

import sys
import time

import click

from realpolitik.cli._common import FORMATS, db_option, read_store, since_until
from realpolitik.cli._output import emit, progress_of

_LAYERS = (
    "agreement, idealpoint_distance, alliance, arms, trade, events, capabilities, distance, igo"
)


@click.command("panel")
@since_until
@click.option(
    "--directed", is_flag=True, help="Both (a, b) and (b, a); default: each pair once, a < b."
)
@click.option("--with", "layers", default="all", show_default=True, metavar="LAYERS",
              help=f"Comma-separated layers: {_LAYERS}.")  # fmt: skip
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False),
              help="Write FILE (.parquet, .csv or .jsonl); without it CSV or JSON Lines go to stdout.")  # fmt: skip
@click.option("--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="table, csv, jsonl or parquet (default: from the file name; csv on stdout).")  # fmt: skip
@click.option("--system", type=click.Choice(["cow", "gw"]), default="cow", show_default=True,
              help="Whose list of states makes the rows: Correlates of War (cow) or"
              " Gleditsch-Ward (gw, after `data load gw-states FILE`).")  # fmt: skip
@db_option
@click.pass_context
def panel_command(
    ctx: click.Context,
    since: str | None,
    until: str | None,
    directed: bool,
    layers: str,
    output: str | None,
    fmt: str | None,
    system: str,
    db: str | None,
) -> None:
    """One row per dyad of state-system members per year, one column per layer.

    Rows: the Correlates of War (or, with --system gw, Gleditsch-Ward) system members of each
    year (members at the list's end are carried forward; the output's metadata says so). A
    layer's columns are empty where it has no coverage, never zero. Example: `realpolitik panel --since 1990 --until 2023 -o panel.parquet`.
    Python: `realpolitik.analysis.dyad_year_panel(store, since=1990, until=2023)`.
    """
    from realpolitik.analysis import panel

    started = time.perf_counter()
    with read_store(ctx, db) as store, progress_of("panel") as report:
        table = panel.dyad_year_panel(
            store, since=since, until=until, directed=directed,
            columns=panel.parse_columns(layers), system=system, progress=report,
        )  # fmt: skip
    if output is None:
        if fmt in (None, "csv"):  # codes and numbers only: nothing a spreadsheet would run
            import pyarrow.csv as pcsv

            pcsv.write_csv(table, sys.stdout.buffer)
        else:
            emit(table, fmt)
    else:
        if fmt == "table":
            raise click.UsageError("-o FILE needs --format csv, jsonl or parquet")
        panel.write_panel(table, output, fmt=fmt)
    info = panel.describe(table)
    seconds = time.perf_counter() - started
    click.echo(
        f"{table.num_rows:,} dyad-years x {table.num_columns} columns ({info['realpolitik.years']},"
        f" {'directed' if directed else 'undirected'}) in {seconds:.1f} s"
        + (f" -> {output}" if output else ""),
        err=True,
    )
    click.echo(f"Rows: {info['realpolitik.membership']}.", err=True)
    import json

    for layer, note in json.loads(info["realpolitik.layers"]).items():
        click.echo(f"  {layer}: {note}", err=True)
    cites = dict.fromkeys(json.loads(info["realpolitik.citations"]).values())
    click.echo("Source: " + " ".join(c for c in cites if c), err=True)


COMMANDS = [panel_command]
