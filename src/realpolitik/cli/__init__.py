"""The ``realpolitik`` command line: a thin layer over the library.

Each command parses options, calls one API function and prints its result through
``_output.emit``. Commands live at module level in one module per group; each module lists
them in ``COMMANDS`` (and aliases in ``ALIASES``), and ``MODULES`` below registers them. A new
command group is a new module added to ``MODULES``. Modules import only click at load time,
so ``realpolitik --help`` starts at once.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from realpolitik.cli import (
    _check,
    _codes,
    _data,
    _evaluate,
    _ingest,
    _measures,
    _network,
    _panel,
    _query,
    _report,
    _scale,
    _serve,
    _votes,
)
from realpolitik.cli._common import Settings
from realpolitik.errors import RealpolitikError

MODULES = [
    _ingest, _query, _report, _codes, _evaluate, _data, _votes, _measures, _network, _panel, _serve,
    _check, _scale,
]  # fmt: skip


class _Group(click.Group):
    """Turns library errors into one line on stderr (a traceback only with --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # `realpolitik extract ... | head`: the reader has gone; stop quietly, like cat does.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(141)
        except (RealpolitikError, OSError, ValueError) as exc:
            if ctx.obj is not None and getattr(ctx.obj, "debug", False):
                raise
            click.echo(f"realpolitik: error: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    default=None,
    help="Database file (default: $REALPOLITIK_DB or ./realpolitik.duckdb).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks on errors.")
@click.version_option(package_name="realpolitik")
@click.pass_context
def cli(ctx: click.Context, db: str | None, debug: bool) -> None:
    """Read, map and measure relations between states.

    Conventions shared by every command: dates YYYY, YYYY-MM or YYYY-MM-DD; states as codes,
    names, aliases or capitals; --format table|csv|jsonl|parquet; --plot FILE.png|svg.
    """
    ctx.obj = Settings(db=db, debug=debug)


for _module in MODULES:
    for _command in _module.COMMANDS:
        cli.add_command(_command)
    for _name, _command in getattr(_module, "ALIASES", {}).items():
        cli.add_command(_command, name=_name)


def main() -> None:
    cli.main(args=sys.argv[1:], prog_name="realpolitik")
