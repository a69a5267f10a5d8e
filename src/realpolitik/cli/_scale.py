"""CLI for scale-out: ``merge DIR`` and the sharded run behind ``extract ... --out DIR``.

Thin twins of ``realpolitik.scale.extract_shards`` and ``realpolitik.scale.merge``. The
``extract`` command (``_ingest``) carries ``shard_options``: without ``--out`` it writes JSON
Lines as before, with ``--out DIR`` it calls ``run_sharded`` and writes Parquet shards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from realpolitik.cli._common import db_option, write_store
from realpolitik.errors import Errors, RealpolitikError


def shard_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options of a sharded run (``extract --out DIR``), stacked on ``extract``."""
    for option in reversed(
        [
            click.option(
                "--out",
                "out_dir",
                type=click.Path(file_okay=False, path_type=str),
                default=None,
                help="Write Parquet shards (documents, sentences, mentions, events, claims) and a "
                "manifest to this folder instead of JSON Lines; re-running skips finished shards.",
            ),
            click.option(
                "--shard-size",
                default="20MB",
                show_default=True,
                help="Input bytes per shard (with --out), e.g. 20MB, 500KB.",
            ),
            click.option(
                "--dask-local",
                type=click.IntRange(1, 256),
                default=None,
                help="Run shards on a Dask LocalCluster of N single-threaded workers (needs "
                "realpolitik[dask]).",
            ),
            click.option(
                "--scheduler",
                default=None,
                metavar="ADDRESS",
                help="Run shards on the Dask cluster at ADDRESS, e.g. tcp://host:8786 (needs "
                "realpolitik[dask]).",
            ),
            click.option("-v", "--verbose", is_flag=True, help="With --out: one line per shard."),
        ]
    ):
        command = option(command)
    return command


def check_shard_use(shard: dict[str, Any], output: str | None) -> bool:
    """True when the run is sharded; refuses backends without --out and -o with --out."""
    if shard["out"] is None:
        if shard["dask_local"] or shard["scheduler"]:
            raise click.UsageError("--dask-local and --scheduler need --out DIR.")
        return False
    if output:
        raise click.UsageError("-o/--output writes JSON Lines; --out writes shards: pick one.")
    return True


@click.command()
@click.argument("folder", type=click.Path(file_okay=False, path_type=str))
@db_option
@click.option(
    "--batch-docs",
    type=click.IntRange(1),
    default=5000,
    show_default=True,
    help="Documents per transaction (whole shards are added until a batch has this many).",
)
@click.option("-v", "--verbose", is_flag=True, help="One line per committed batch.")
@click.pass_context
def merge(ctx: click.Context, folder: str, db: str | None, batch_docs: int, verbose: bool) -> None:
    """Load the Parquet shards of `extract --out FOLDER` into the database.

    One transaction per batch of shards; a document already stored unchanged is skipped
    (content hash), so merging again or after a kill stores nothing twice.
    """
    from realpolitik.scale import MergeInterrupted
    from realpolitik.scale import merge as run

    def committed(report: Any) -> None:
        if verbose:
            click.echo(
                f"committed batch {report.transactions}: {report.shards} shard(s),"
                f" {report.stored} document(s) stored so far",
                err=True,
            )

    with write_store(ctx, db) as store:
        try:
            report = run(
                folder, store, batch_docs=batch_docs, on_error=_skipped, on_batch=committed
            )
        except MergeInterrupted as stop:
            click.echo(
                f"realpolitik: interrupted: {stop.report.shards} shard(s) merged before"
                " Ctrl-C, the database is consistent; run the same command to resume.",
                err=True,
            )
            ctx.exit(130)
    click.echo(report.line())


def run_sharded(ctx: click.Context, kwargs: dict[str, Any], shard: dict[str, Any]) -> None:
    """``extract --out DIR``: shards on the chosen backend, then the run's summary line."""
    from realpolitik.scale import ShardsInterrupted, extract_shards

    verbose = bool(shard["verbose"])

    def done(result: Any, tries: int) -> None:
        if verbose:
            again = f", after {tries} tries" if tries > 1 else ""
            click.echo(
                f"shard {result.part:05d} done: {result.documents} documents,"
                f" {result.events} events in {result.seconds:.1f} s (pid {result.pid}{again})",
                err=True,
            )

    def started(what: str) -> None:
        if verbose:
            click.echo(f"realpolitik: extracting on {what}", err=True)

    try:
        report = extract_shards(
            kwargs["paths"],
            shard["out"],
            shard_size=shard["shard_size"],
            workers=kwargs["workers"],
            scheduler=shard["scheduler"],
            dask_local=shard["dask_local"],
            date=kwargs["date"],
            actors=kwargs["actors"],
            triggers=kwargs["triggers"],
            background=kwargs["background"],
            max_bytes=kwargs["max_bytes"],
            on_error=_skipped,
            on_shard=done,
            on_start=started,
        )
    except ShardsInterrupted as stop:
        click.echo(
            f"realpolitik: interrupted: {stop.report.done} shard(s) finished before Ctrl-C are"
            f" recorded in {shard['out']}/manifest.jsonl; run the same command to resume.",
            err=True,
        )
        ctx.exit(130)
    click.echo(report.line())
    if report.failed:
        raise RealpolitikError(Errors.E807, count=report.failed, total=report.shards)


def _skipped(line: str) -> None:
    click.echo(f"realpolitik: skipped: {line}", err=True)


COMMANDS = [merge]
