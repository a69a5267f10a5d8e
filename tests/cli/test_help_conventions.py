"""Every command's --help, walked: the shared options exist where they should and mean the same
everywhere (same choices, default, help text and value check)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import click
import pytest
from click.testing import CliRunner

from realpolitik.cli import cli

ROW_COMMANDS = {
    "events", "dyads", "relations", "summary", "sql", "codes", "evaluate", "data sources",
    "data list", "align", "isolation", "idealpoints", "depend", "allies", "changepoints",
    "network", "graph", "panel",
}  # fmt: skip
CHART_COMMANDS = {"events", "dyads", "relations", "align", "isolation", "idealpoints", "depend",
                  "allies", "changepoints", "network", "graph"}  # fmt: skip
DATE_COMMANDS = {"events", "dyads", "relations", "align", "isolation", "idealpoints", "depend",
                 "changepoints", "panel"}  # fmt: skip
VOTE_COMMANDS = {"align", "isolation", "changepoints", "network", "graph"}  # --min-votes
ISSUE_COMMANDS = {"align", "isolation", "idealpoints", "changepoints"}
ORIGIN_COMMANDS = {"events", "dyads", "relations", "network", "graph"}
LAYER_COMMANDS = {"depend", "network", "graph"}
STORE_FREE = {"extract", "codes", "evaluate", "data sources", "data fetch"}


def commands() -> Iterator[tuple[str, click.Command]]:
    """Every command by its full name (subcommands of groups too, aliases included)."""
    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        assert command is not None
        if isinstance(command, click.Group):
            sub_ctx = click.Context(command)
            for sub in command.list_commands(sub_ctx):
                found = command.get_command(sub_ctx, sub)
                assert found is not None
                yield f"{name} {sub}", found
        else:
            yield name, command


ALL = dict(commands())


def option(command: click.Command, flag: str) -> click.Option | None:
    for param in command.params:
        if isinstance(param, click.Option) and flag in param.opts:
            return param
    return None


def test_the_walk_finds_every_command() -> None:
    assert set(ALL) >= ROW_COMMANDS
    assert {"ingest", "extract", "report", "sql", "serve", "data load", "data fetch"} <= set(ALL)
    assert ALL["relations"] is ALL["dyads"]  # one command, one SQL: relations is an alias


@pytest.mark.parametrize("name", sorted(ALL))
def test_help_of_every_command(name: str) -> None:
    result = CliRunner().invoke(cli, [*name.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert f"Usage: cli {name}" in result.output or f"Usage: realpolitik {name}" in result.output
    for param in ALL[name].params:
        if isinstance(param, click.Option) and not param.hidden:
            assert param.opts[-1] in result.output, (name, param.opts)


def test_row_commands_have_every_format_and_raw() -> None:
    for name in sorted(ROW_COMMANDS):
        fmt = option(ALL[name], "--format")
        assert fmt is not None, name
        assert isinstance(fmt.type, click.Choice), name
        assert list(fmt.type.choices) == ["table", "csv", "jsonl", "parquet"], name
        if name not in ("panel",):
            assert option(ALL[name], "--raw") is not None, name


def test_chart_commands_take_plot_file() -> None:
    for name in sorted(CHART_COMMANDS):
        plot = option(ALL[name], "--plot")
        assert plot is not None and plot.metavar == "FILE", name
        assert "FILE.png or FILE.svg" in (plot.help or ""), name


def test_every_store_command_takes_db() -> None:
    for name, command in ALL.items():
        if name in STORE_FREE or isinstance(command, click.Group):
            continue
        assert option(command, "--db") is not None, name


@pytest.mark.parametrize(
    ("flag", "where"),
    [
        ("--since", DATE_COMMANDS),
        ("--until", DATE_COMMANDS),
        ("--plot", CHART_COMMANDS),
        ("--min-votes", VOTE_COMMANDS),
        ("--issue", ISSUE_COMMANDS),
        ("--origin", ORIGIN_COMMANDS),
        ("--layer", LAYER_COMMANDS),
        ("--raw", ROW_COMMANDS - {"panel"}),
        ("--db", set(ALL) - STORE_FREE - {"data"}),
    ],
)
def test_shared_options_mean_the_same_everywhere(flag: str, where: set[str]) -> None:
    seen: dict[tuple[object, ...], list[str]] = defaultdict(list)
    for name in sorted(where):
        found = option(ALL[name], flag)
        assert found is not None, f"{name} lacks {flag}"
        choices = tuple(found.type.choices) if isinstance(found.type, click.Choice) else None
        callback = getattr(found.callback, "__qualname__", None)
        seen[(found.help, repr(found.default), choices, callback, found.required)].append(name)
    assert len(seen) == 1, {k[:1]: v for k, v in seen.items()}


def test_factuality_and_top_have_one_meaning() -> None:
    facts = {(o.help, o.default) for n in ("events", "dyads", "network", "graph")
             if (o := option(ALL[n], "--factuality")) is not None}  # fmt: skip
    assert facts == {(facts and next(iter(facts))[0], "asserted,reported")}
    helps = {o.help for n in ALL if (o := option(ALL[n], "--top")) is not None}
    assert len(helps) == 1


def test_the_layer_has_the_same_choices_and_is_always_required() -> None:
    for name in sorted(LAYER_COMMANDS):
        layer = option(ALL[name], "--layer")
        assert layer is not None and layer.required, name
        assert isinstance(layer.type, click.Choice)
        assert list(layer.type.choices) == ["votes", "alliances", "arms", "trade", "events"]


def test_min_votes_defaults_to_twenty_and_idealpoints_takes_states() -> None:
    for name in sorted(VOTE_COMMANDS):
        min_votes = option(ALL[name], "--min-votes")
        assert min_votes is not None and min_votes.default == 20, name
    assert option(ALL["idealpoints"], "--states") is not None
    assert option(ALL["idealpoints"], "-o") is None  # rows go through --format, charts --plot


def test_the_old_dialects_are_gone() -> None:
    assert option(ALL["dyads"], "--all-factuality") is None  # --factuality all
    assert option(ALL["summary"], "--json") is None  # --format jsonl
    assert ALL["dyads"].params and option(ALL["dyads"], "--period") is not None


def test_the_help_defaults_are_the_librarys() -> None:
    """Defaults the command line keeps to itself (so --help imports no loader) match them."""
    from realpolitik.cli import _data, _evaluate, _ingest
    from realpolitik.datasets._io import MAX_EXPANDED
    from realpolitik.datasets.fetch import MAX_BYTES as FETCH_MAX_BYTES
    from realpolitik.extract.evaluate import LEVELS
    from realpolitik.ingest import MAX_BYTES

    assert _ingest.MAX_BYTES == MAX_BYTES
    assert _data.MAX_EXPANDED == MAX_EXPANDED and _data.FETCH_MAX_BYTES == FETCH_MAX_BYTES
    assert _evaluate.LEVELS == LEVELS


def test_help_imports_no_heavy_module() -> None:
    import subprocess
    import sys

    code = (
        "import sys\nfrom realpolitik.cli import cli\n"
        "try:\n    cli.main(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('duckdb', 'pyarrow', 'numpy', 'spacy', 'trafilatura', 'rich',"
        " 'realpolitik.extract', 'realpolitik.datasets', 'realpolitik.analysis.alignment')"
        " if m in sys.modules]\nprint(heavy, file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip() == "[]"
