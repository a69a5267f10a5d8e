"""The ``realpolitik`` command line: a thin layer over the library.

Each command parses options, calls one API function and prints its result. Commands live in
small modules by topic; each module has a ``register(group)`` function.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from realpolitik.cli import (
    _check,
    _codes,
    _core,
    _data,
    _extract,
    _idealpoints,
    _measures,
    _panel,
    _serve,
)
from realpolitik.cli._common import Settings
from realpolitik.errors import RealpolitikError


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
    """Read, map and measure relations between states."""
    ctx.obj = Settings(db=db, debug=debug)


for _module in (_core, _extract, _codes, _data, _measures, _idealpoints, _serve, _check):
    _module.register(cli)
_panel.register(cli)


def main() -> None:
    cli.main(args=sys.argv[1:], prog_name="realpolitik")
