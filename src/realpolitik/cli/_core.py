"""CLI commands: ingest, extract, events, dyads, summary, report.

Each is a thin twin of a library function: ``pipeline.ingest``, ``pipeline.extract_paths``,
``store.queries.events`` / ``dyads`` / ``summary`` and ``report.write_report``.
"""

from __future__ import annotations

import csv
import json
import sys
from typing import IO, Any

import click

from realpolitik.cli._common import (
    FORMATS,
    Settings,
    date_callback,
    db_option,
    read_store,
    write_store,
)
from realpolitik.errors import Errors, InputError, RealpolitikError
from realpolitik.ingest import MAX_BYTES

_EVENT_TABLE = [
    ("date", "date"), ("source_code", "source"), ("target_code", "target"), ("cameo", "cameo"),
    ("plover", "plover"), ("goldstein", "gs"), ("factuality", "factuality"),
    ("evidence_sentence", "evidence"),
]  # fmt: skip
_DYAD_TABLE = [
    ("source", "source"), ("target", "target"), ("vc", "VC"), ("mc", "MC"), ("vk", "VK"),
    ("mk", "MK"), ("total", "total"), ("mean_goldstein", "mean gs"),
    ("net_cooperation", "net coop"),
]  # fmt: skip


def load_registry(actors: str | None) -> Any:
    """The default actor registry plus ``--actors FILE``; None (the extractor's default) without."""
    if not actors:
        return None
    from realpolitik.actors import ActorRegistry

    return ActorRegistry.default().with_file(actors)


def load_triggers(triggers: tuple[str, ...]) -> Any:
    """The built-in trigger lexicon plus ``--triggers FILE`` rows; None (built-in) without."""
    if not triggers:
        return None
    from realpolitik.extract import load_lexicon

    return load_lexicon(triggers)


def _debug(ctx: click.Context) -> bool:
    settings: Settings = ctx.find_root().obj or Settings()
    return settings.debug


def _skipped(error: InputError) -> None:
    click.echo(f"realpolitik: skipped: {error}", err=True)


_paths_arg = click.argument(
    "paths", nargs=-1, required=True, type=click.Path(path_type=str, exists=False)
)
_date_opt = click.option(
    "--date",
    callback=date_callback,
    default=None,
    help="Publication date (YYYY-MM-DD) for documents that carry none.",
)
_actors_opt = click.option(
    "--actors",
    type=click.Path(dir_okay=False),
    default=None,
    help="Actor file (name<TAB>code[/code...][<TAB>from<TAB>until]) adding to the built-in registry.",
)
triggers_opt = click.option(
    "--triggers",
    multiple=True,
    type=click.Path(dir_okay=False),
    help="Trigger lexicon file (the format of the built-in triggers.tsv: lemma, pos, when, "
    "cameo, flags, notes); its rows come before the built-in ones. Repeatable.",
)
_background_opt = click.option(
    "--background",
    is_flag=True,
    help="Also keep scene-setting events ('after rebels shelled the town', '..., killing 20') of "
    "sentences that report other news (at 0.6x confidence).",
)
_workers_opt = click.option(
    "--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes."
)
_max_bytes_opt = click.option(
    "--max-bytes",
    type=click.IntRange(1),
    default=MAX_BYTES,
    show_default=True,
    help="Skip files larger than this.",
)


def register(cli: click.Group) -> None:
    """Add this module's commands to the top-level group."""

    @cli.command()
    @_paths_arg
    @db_option
    @_date_opt
    @_actors_opt
    @triggers_opt
    @_background_opt
    @_workers_opt
    @_max_bytes_opt
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
        from realpolitik.pipeline import Interrupted
        from realpolitik.pipeline import ingest as run

        registry = load_registry(actors)
        lexicon = load_triggers(triggers)

        def stored(extraction: Any, status: str) -> None:
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
                    strict=_debug(ctx),
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

    @cli.command()
    @_paths_arg
    @click.option(
        "-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write to FILE."
    )
    @_date_opt
    @click.option("--mentions", is_flag=True, help="Also write actor_mention records.")
    @_actors_opt
    @triggers_opt
    @_background_opt
    @_workers_opt
    @_max_bytes_opt
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
    ) -> None:
        """Read and extract without a database; JSON Lines to stdout or FILE.

        One record per event, claim (and actor mention with --mentions). For .jsonl input a
        record's doc_id is the input line's id.
        """
        from realpolitik.pipeline import extract_paths

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
            strict=_debug(ctx),
            lexicon=lexicon,
            background=background,
        )
        with open(output, "w", encoding="utf-8") if output else _stdout() as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")

    @cli.command()
    @db_option
    @click.option("--actor", default=None, help="Source or target code or country, e.g. RUS.")
    @click.option("--dyad", default=None, help="Directed dyad SOURCE,TARGET, e.g. RUS,PRK.")
    @click.option("--since", callback=date_callback, default=None, help="From YYYY-MM-DD.")
    @click.option("--until", callback=date_callback, default=None, help="Until YYYY-MM-DD.")
    @click.option("--origin", default=None, help="text, gdelt or icews (default: all).")
    @click.option(
        "--factuality",
        default=None,
        help="Comma list of asserted,reported,possible,negated (default: all).",
    )
    @click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
    @click.option("--limit", type=click.IntRange(1), default=None, help="At most N events.")
    @click.pass_context
    def events(
        ctx: click.Context,
        db: str | None,
        actor: str | None,
        dyad: str | None,
        since: str | None,
        until: str | None,
        origin: str | None,
        factuality: str | None,
        fmt: str,
        limit: int | None,
    ) -> None:
        """List stored events with their evidence sentences."""
        from realpolitik.store import queries

        facts = [f.strip() for f in factuality.split(",") if f.strip()] if factuality else None
        with read_store(ctx, db) as store:
            rows = queries.events(store, actor, dyad, since, until, origin, facts, limit)
        _emit(rows, fmt, _EVENT_TABLE)

    @cli.command()
    @db_option
    @click.option("--since", callback=date_callback, default=None, help="From YYYY-MM-DD.")
    @click.option("--until", callback=date_callback, default=None, help="Until YYYY-MM-DD.")
    @click.option("--origin", default=None, help="text, gdelt or icews (default: all).")
    @click.option(
        "--all-factuality",
        is_flag=True,
        help="Count possible and negated events too (default: asserted and reported only).",
    )
    @click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
    @click.pass_context
    def dyads(
        ctx: click.Context,
        db: str | None,
        since: str | None,
        until: str | None,
        origin: str | None,
        all_factuality: bool,
        fmt: str,
    ) -> None:
        """Per directed dyad: events per QuadClass, mean Goldstein, net cooperation."""
        from realpolitik.store import queries

        facts = None if all_factuality else queries.FACTUAL
        with read_store(ctx, db) as store:
            rows = queries.dyads(store, since, until, origin, facts)
        _emit(rows, fmt, _DYAD_TABLE)

    @cli.command()
    @db_option
    @click.option("--top", type=click.IntRange(1), default=10, show_default=True)
    @click.option("--json", "as_json", is_flag=True, help="One JSON object instead of tables.")
    @click.pass_context
    def summary(ctx: click.Context, db: str | None, top: int, as_json: bool) -> None:
        """Documents, events per dyad and the strongest ties in the database."""
        from realpolitik.store import queries

        with read_store(ctx, db) as store:
            result = queries.summary(store, top=top)
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False, default=str))
            return
        _print_summary(result)

    @cli.command()
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
        from realpolitik.report import write_report

        with read_store(ctx, db) as store:
            path = write_report(store, output)
        click.echo(f"Wrote {path}")


class _stdout:
    """stdout as a context manager that is not closed on exit."""

    def __enter__(self) -> IO[str]:
        return sys.stdout

    def __exit__(self, *exc: object) -> None:
        sys.stdout.flush()


def _emit(rows: list[dict[str, Any]], fmt: str, table: list[tuple[str, str]]) -> None:
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    else:
        from realpolitik.models import shown_date

        if rows and "date_precision" in rows[0]:  # events: dates as precise as the text
            rows = [{**r, "date": shown_date(r["date"], r["date_precision"])} for r in rows]
        _print_table(rows, table)


def _print_table(
    rows: list[dict[str, Any]], columns: list[tuple[str, str]], title: str = ""
) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 160)
    table = Table(title=title or None, title_justify="left", show_edge=False, pad_edge=False)
    for key, label in columns:
        numeric = key in {"vc", "mc", "vk", "mk", "total", "events", "mean_goldstein", "strength"}
        table.add_column(
            label,
            justify="right" if numeric or key in {"goldstein", "net_cooperation"} else "left",
            overflow="fold" if key == "evidence_sentence" else "ellipsis",
            ratio=1 if key == "evidence_sentence" else None,
        )
    for row in rows:
        table.add_row(*(_cell(row.get(k)) for k, _ in columns))
    console.print(table)
    if not rows:
        console.print("(none)")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _print_summary(result: dict[str, Any]) -> None:
    span = ""
    if result["first_published"]:
        span = f", published {result['first_published']} to {result['last_published']}"
    click.echo(
        f"{result['documents']} documents ({result['sentences']} sentences{span}); "
        f"{result['events']} events, {result['claims']} claims, "
        f"{result['mentions']} actor mentions."
    )
    if result["by_factuality"]:
        parts = ", ".join(f"{k} {v}" for k, v in result["by_factuality"].items())
        click.echo(f"Events by factuality: {parts}.")
    click.echo("")
    _print_table(result["top_dyads"], _DYAD_TABLE, "Events per directed dyad (asserted, reported)")
    click.echo("")
    ties = [("a", "state"), ("b", "state"), ("events", "events"), ("mean_goldstein", "mean gs")]
    ties += [("strength", "|sum gs|"), ("tone", "leans to")]
    _print_table(result["strongest_ties"], ties, "Strongest ties (|sum of Goldstein|, both ways)")
