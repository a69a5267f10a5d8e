"""The lazy command group: its static table equals the real commands, `--help` lists them
without importing them, and a query command imports only what it needs (issue 14, start-up)."""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from sample_store import populate

import realpolitik.cli as cli_package
from realpolitik.cli import cli
from realpolitik.cli._commands import COMMANDS
from realpolitik.store import Store

# Heavy libraries a query command must not load (they cost more than the query itself).
HEAVY = ("rich", "pandas", "numpy", "spacy", "networkx", "trafilatura", "feedparser")


def real_commands() -> dict[str, tuple[str, click.Command]]:
    """Every command the CLI modules define, by name: ("module:attribute", command)."""
    found: dict[str, tuple[str, click.Command]] = {}
    for info in pkgutil.iter_modules(cli_package.__path__):
        if info.name == "_commands":  # the table itself
            continue
        module = importlib.import_module(f"realpolitik.cli.{info.name}")
        where = {id(v): f"{info.name}:{k}" for k, v in vars(module).items()}
        for command in getattr(module, "COMMANDS", []):
            assert command.name is not None
            found[command.name] = (where[id(command)], command)
        for name, command in getattr(module, "ALIASES", {}).items():
            found[name] = (where[id(command)], command)
    return found


REAL = real_commands()


def test_the_table_names_every_command_and_nothing_else() -> None:
    assert len(REAL) >= 20  # the walk found the modules (a broken walk cannot pass)
    assert set(COMMANDS) == set(REAL)
    assert {name: entry[0] for name, entry in COMMANDS.items()} == {
        name: where for name, (where, _) in REAL.items()
    }


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_table_short_help_is_the_commands_own(name: str) -> None:
    stub = click.Command(name, help=COMMANDS[name][1])
    real = REAL[name][1]
    for limit in (20, 45, 60, 80, 10**6):
        assert stub.get_short_help_str(limit) == real.get_short_help_str(limit), limit
    assert cli.get_command(click.Context(cli), name) is real


@pytest.mark.parametrize("width", [50, 80, 120])
def test_help_lists_what_the_real_commands_would(width: int) -> None:
    ctx = click.Context(cli, terminal_width=width, max_content_width=width)
    lazy = click.HelpFormatter(width=width)
    cli.format_commands(ctx, lazy)
    eager = click.HelpFormatter(width=width)
    click.Group.format_commands(cli, ctx, eager)  # loads every command, reads its own help
    assert "summary" in lazy.getvalue()
    assert lazy.getvalue() == eager.getvalue()


def test_unknown_command_is_still_a_usage_error() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "realpolitik", "nosuch"], capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "No such command 'nosuch'" in result.stderr


MODULES_AFTER = """
import json, sys
from realpolitik.cli import cli
try:
    cli.main(args=sys.argv[1:], prog_name="realpolitik")
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
sys.stderr.write(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def modules_after(*args: str) -> tuple[str, int, set[str]]:
    """Run the CLI in a fresh interpreter; its stdout, exit code and loaded modules."""
    result = subprocess.run(
        [sys.executable, "-c", MODULES_AFTER, *args], capture_output=True, text=True, check=False
    )
    report = json.loads(result.stderr.splitlines()[-1])
    return result.stdout, int(report["code"] or 0), set(report["modules"])


def command_modules(modules: set[str]) -> set[str]:
    return {
        m for m in modules if m.startswith("realpolitik.cli._") and m != "realpolitik.cli._commands"
    }


def test_help_imports_no_command_module() -> None:
    out, code, modules = modules_after("--help")
    assert code == 0
    assert "summary" in out and "events" in out
    assert command_modules(modules) == {"realpolitik.cli._common"}
    assert "duckdb" not in modules
    assert not {m.split(".")[0] for m in modules} & set(HEAVY)


@pytest.mark.parametrize(
    "args", [["summary"], ["events"], ["dyads"], ["events", "--format", "csv"]]
)
def test_query_commands_load_no_heavy_library(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "q.duckdb"
    with Store(db) as store:
        populate(store)
    out, code, modules = modules_after("--db", str(db), *args)
    assert code == 0
    assert "RUS" in out  # the query ran and printed stored rows
    assert "duckdb" in modules
    loaded_heavy = {m.split(".")[0] for m in modules} & set(HEAVY)
    assert not loaded_heavy, loaded_heavy
    assert command_modules(modules) <= {
        "realpolitik.cli._common", "realpolitik.cli._query", "realpolitik.cli._output",
    }  # fmt: skip
