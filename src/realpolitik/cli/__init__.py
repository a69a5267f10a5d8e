"""The ``realpolitik`` command line: a thin layer over the library.

Each command parses options, calls one API function and prints its result through
``_output.emit``. Commands live at module level in one module per group; each module lists
them in ``COMMANDS`` (and aliases in ``ALIASES``). The group is lazy (click's LazyGroup
pattern): ``_commands.COMMANDS`` names each command's module and short help, so ``--help``
lists commands without importing them and a command imports only its own module. A new
command is a line in that table.
"""

from __future__ import annotations

import os
import sys
from gettext import gettext as _
from importlib import import_module
from typing import Any

import click

from realpolitik.cli._commands import COMMANDS
from realpolitik.cli._common import Settings


class _Group(click.Group):
    """Loads a command's module when that command is asked for; turns library errors into one
    line on stderr (a traceback only with --debug)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return super().get_command(ctx, cmd_name)
        module, _, attribute = entry[0].partition(":")
        command = getattr(import_module(f"realpolitik.cli.{module}"), attribute)
        assert isinstance(command, click.Command)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """Lists the table's short help (shortened as click does) without loading commands."""
        rows = []
        for name in self.list_commands(ctx):
            entry = COMMANDS.get(name)
            command = click.Command(name, help=entry[1]) if entry else self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, command))
        if rows:
            limit = formatter.width - 6 - max(len(name) for name, _ in rows)
            with formatter.section(_("Commands")):
                formatter.write_dl([(name, c.get_short_help_str(limit)) for name, c in rows])

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # `realpolitik extract ... | head`: the reader has gone; stop quietly, like cat does.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(141)
        except Exception as exc:
            from realpolitik.errors import RealpolitikError  # not loaded for `--help`

            if not isinstance(exc, RealpolitikError | OSError | ValueError):
                raise
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


def main() -> None:
    cli.main(args=sys.argv[1:], prog_name="realpolitik")
