"""CLI commands that read text: ingest (into the store) and extract (JSON Lines, no store).

Thin twins of ``realpolitik.pipeline.ingest`` and ``realpolitik.pipeline.extract_paths``.
"""

from __future__ import annotations

import json
import sys
from typing import IO, TYPE_CHECKING

import click

from realpolitik.cli._common import db_option, settings, write_store
from realpolitik.cli._scale import check_shard_use, run_sharded, shard_options

if TYPE_CHECKING:
    from realpolitik.actors import ActorRegistry
    from realpolitik.errors import InputError
    from realpolitik.extract import Lexicon
    from realpolitik.models import Extraction

MAX_BYTES = (
    20_000_000  # = realpolitik.ingest.MAX_BYTES (a test checks), without importing the readers
)


def load_registry(actors: str | None) -> ActorRegistry | None:
    """The default actor registry plus ``--actors FILE``; None (the extractor's default) without."""
    if not actors:
        return None
    from realpolitik.actors import ActorRegistry

    return ActorRegistry.default().with_file(actors)


def load_triggers(triggers: tuple[str, ...]) -> Lexicon | None:
    """The built-in trigger lexicon plus ``--triggers FILE`` rows; None (built-in) without."""
    if not triggers:
        return None
    from realpolitik.extract import load_lexicon

    return load_lexicon(triggers)


def _skipped(error: InputError) -> None:
    click.echo(f"realpolitik: skipped: {error}", err=True)


paths_argument = click.argument(
    "paths", nargs=-1, required=True, type=click.Path(path_type=str, exists=False)
)


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A document date is a day: YYYY-MM-DD."""
    if value is None:
        return None
    import datetime as dt

    from realpolitik.errors import Errors, RealpolitikError

    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(str(RealpolitikError(Errors.E015, value=value))) from None


date_option = click.option(
    "--date",
    callback=_day,
    default=None,
    metavar="YYYY-MM-DD",
    help="Publication date for documents that carry none.",
)
actors_option = click.option(
    "--actors",
    type=click.Path(dir_okay=False),
    default=None,
    help="Actor file (name<TAB>code[/code...][<TAB>from<TAB>until]) adding to the built-in registry.",
)
triggers_option = click.option(
    "--triggers",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Trigger lexicon file (the format of the built-in triggers.tsv: lemma, pos, when, "
    "cameo, flags, notes); its rows come before the built-in ones. Repeatable.",
)
background_option = click.option(
    "--background",
    is_flag=True,
    help="Also keep scene-setting events ('after rebels shelled the town', '..., killing 20') of "
    "sentences that report other news (at 0.6x confidence).",
)
workers_option = click.option(
    "--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes."
)
max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(1),
    default=MAX_BYTES,
    show_default=True,
    help="Skip files larger than this.",
)


@click.command()
@paths_argument
@db_option
@date_option
@actors_option
@triggers_option
@background_option
@workers_option
@max_bytes_option
@click.option("-v", "--verbose", is_flag=True, help="One line per stored document.")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    date: str | None,
    actors: str | None,
    triggers: tuple[str, ...],
    background: bool,
    workers: int,
    max_bytes: int,
    verbose: bool,
) -> None:
    """Read files, directories, feeds and JSON Lines; extract events; store them.

    Documents already stored unchanged are skipped, changed ones replaced; each document
    is one transaction, so an interrupted run can simply be run again. Bad files are
    reported one line each; the exit status is non-zero only if nothing could be read.
    """
    from realpolitik.errors import Errors, RealpolitikError
    from realpolitik.pipeline import Interrupted
    from realpolitik.pipeline import ingest as run

    registry = load_registry(actors)
    lexicon = load_triggers(triggers)

    def stored(extraction: Extraction, status: str) -> None:
        doc = extraction.document
        click.echo(
            f"{'replaced' if status == 'changed' else 'stored'} {doc.doc_id}"
            f" ({len(extraction.events)} events, {len(extraction.claims)} claims)",
            err=True,
        )

    with write_store(ctx, db) as store:
        try:
            report = run(
                paths,
                store,
                date=date,
                registry=registry,
                workers=workers,
                progress=True,
                max_bytes=max_bytes,
                on_error=_skipped,
                on_document=stored if verbose else None,
                strict=settings(ctx).debug,
                lexicon=lexicon,
                background=background,
            )
        except Interrupted as stop:
            click.echo(
                f"realpolitik: interrupted: {stop.report.stored} document(s) stored before"
                " Ctrl-C, the database is consistent; run the same command to resume.",
                err=True,
            )
            ctx.exit(130)
    click.echo(report.line())
    if report.read == 0:
        raise RealpolitikError(Errors.E014, count=len(paths))


@click.command()
@paths_argument
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write to FILE."
)
@date_option
@click.option("--mentions", is_flag=True, help="Also write actor_mention records.")
@actors_option
@triggers_option
@background_option
@workers_option
@max_bytes_option
@shard_options
@click.pass_context
def extract(
    ctx: click.Context,
    paths: tuple[str, ...],
    output: str | None,
    date: str | None,
    mentions: bool,
    actors: str | None,
    triggers: tuple[str, ...],
    background: bool,
    workers: int,
    max_bytes: int,
    out_dir: str | None,
    shard_size: str,
    dask_local: int | None,
    scheduler: str | None,
    verbose: bool,
) -> None:
    """Read and extract without a database; JSON Lines to stdout or FILE.

    One record per event, claim (and actor mention with --mentions). For .jsonl input a
    record's doc_id is the input line's id. With --out DIR: Parquet shards and a manifest
    instead (load them with `realpolitik merge DIR`), on --workers N processes or Dask.
    """
    from realpolitik.pipeline import extract_paths

    shard = {
        "out": out_dir,
        "shard_size": shard_size,
        "dask_local": dask_local,
        "scheduler": scheduler,
        "verbose": verbose,
    }
    if check_shard_use(shard, output):
        kwargs = {
            "paths": paths,
            "workers": workers,
            "date": date,
            "actors": actors,
            "triggers": triggers,
            "background": background,
            "max_bytes": max_bytes,
        }
        run_sharded(ctx, kwargs, shard)
        return

    registry = load_registry(actors)
    lexicon = load_triggers(triggers)
    records = extract_paths(
        paths,
        date=date,
        registry=registry,
        mentions=mentions,
        workers=workers,
        max_bytes=max_bytes,
        on_error=_skipped,
        strict=settings(ctx).debug,
        lexicon=lexicon,
        background=background,
    )
    with open(output, "w", encoding="utf-8") if output else _Stdout() as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


class _Stdout:
    """stdout as a context manager that is not closed on exit."""

    def __enter__(self) -> IO[str]:
        return sys.stdout

    def __exit__(self, *exc: object) -> None:
        sys.stdout.flush()


COMMANDS = [ingest, extract]
