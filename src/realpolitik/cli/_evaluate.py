"""CLI command: evaluate (score extraction against gold sentences)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from realpolitik.cli._common import format_option
from realpolitik.cli._ingest import load_triggers, triggers_option
from realpolitik.cli._output import emit

if TYPE_CHECKING:
    from realpolitik.extract.evaluate import EvalReport

LEVELS = ("full", "country_root", "country_plover", "root_only", "plover_only", "penta")
EVAL_FIELDS = ("level", "records", "precision", "recall", "f1", "tp", "fp", "fn", "accuracy")


@click.command("evaluate")
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
@triggers_option
@format_option
def evaluate(
    gold: str, level: str, actors: str | None, triggers: tuple[str, ...], fmt: str, raw: bool
) -> None:
    """Score extraction on GOLD.jsonl (id, text, date, tuples) and print P/R/F1.

    The table view adds per-class scores and the commonest confusions; csv, jsonl and parquet
    give one row per level.
    """
    from realpolitik.actors import ActorRegistry
    from realpolitik.extract.evaluate import evaluate as run
    from realpolitik.extract.evaluate import format_report

    registry = ActorRegistry.default()
    if actors:
        registry = registry.with_file(actors)
    report = run(gold, level=level, registry=registry, lexicon=load_triggers(triggers))
    if fmt == "table":
        click.echo(format_report(report))
        return
    emit(score_rows(report), fmt, fields=EVAL_FIELDS, raw=raw)


def score_rows(report: EvalReport) -> list[dict[str, object]]:
    """One row per scored level (penta: accuracy)."""
    rows: list[dict[str, object]] = [
        {"level": s.level, "records": report.records, "precision": s.precision,
         "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp, "fn": s.fn, "accuracy": None}
        for s in report.levels.values()
    ]  # fmt: skip
    if report.penta is not None:
        rows.append(
            {"level": "penta", "records": report.records, "precision": None, "recall": None,
             "f1": None, "tp": report.penta.correct, "fp": None, "fn": None,
             "accuracy": report.penta.accuracy}
        )  # fmt: skip
    return rows


COMMANDS = [evaluate]
