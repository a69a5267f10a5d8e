"""CLI command: report (one self-contained HTML file; twin of ``realpolitik.write_report``)."""

from __future__ import annotations

import click

from realpolitik.cli._common import db_option, read_store
from realpolitik.cli._output import progress


@click.command()
@db_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default="report.html",
    show_default=True,
    help="HTML file to write.",
)
@click.pass_context
def report(ctx: click.Context, db: str | None, output: str) -> None:
    """Write one self-contained HTML report: events with evidence, dyads, claims, measures."""
    from realpolitik.report import STEPS, write_report

    with read_store(ctx, db) as store, progress("report", total=len(STEPS)) as advance:
        path = write_report(store, output, on_step=lambda _name: advance())
    click.echo(f"Wrote {path}")


COMMANDS = [report]
