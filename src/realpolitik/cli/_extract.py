"""CLI commands: evaluate (score extraction against gold sentences)."""

from __future__ import annotations

import click

from realpolitik.cli._core import load_triggers, triggers_opt
from realpolitik.extract.evaluate import LEVELS, evaluate, format_report


def register(cli: click.Group) -> None:
    """Add this module's commands to the top-level group."""

    @cli.command("evaluate")
    @click.argument("gold", type=click.Path(exists=True, dir_okay=False))
    @click.option(
        "--level",
        type=click.Choice([*LEVELS, "all"]),
        default="all",
        show_default=True,
        help="Matching level: full (exact actors and code), country_root, country_plover, "
        "root_only, plover_only, penta (five-class sentence accuracy), or every level that "
        "the gold's codes allow.",
    )
    @click.option(
        "--actors",
        type=click.Path(exists=True, dir_okay=False),
        default=None,
        help="Extra actors, one 'name<TAB>code[/code...][<TAB>from<TAB>until]' per line; they win.",
    )
    @triggers_opt
    def evaluate_cmd(gold: str, level: str, actors: str | None, triggers: tuple[str, ...]) -> None:
        """Score extraction on GOLD.jsonl (id, text, date, tuples) and print P/R/F1."""
        from realpolitik.actors import ActorRegistry

        registry = ActorRegistry.default()
        if actors:
            registry = registry.with_file(actors)
        lexicon = load_triggers(triggers)
        click.echo(format_report(evaluate(gold, level, registry, lexicon=lexicon)))
