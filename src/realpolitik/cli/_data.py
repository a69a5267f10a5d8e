"""CLI commands: data load / fetch / list (the field's datasets)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import click

from realpolitik.cli._common import db_option, format_option, read_store, write_store
from realpolitik.cli._output import emit, progress_of

# The limits' defaults, kept here so that `--help` does not import the loaders (a test checks).
MAX_EXPANDED = 4_000_000_000
FETCH_MAX_BYTES = 10_000_000_000
FETCH_IDLE = 60.0  # the defaults of datasets.fetch (timeout, max_seconds), without importing it
FETCH_MAX_SECONDS = 6 * 3600.0

if TYPE_CHECKING:
    from realpolitik.datasets import StarterTable


@click.group()
def data() -> None:
    """Load, fetch and list datasets (UN votes, ATOP, SIPRI, trade, GDELT, ICEWS)."""


@data.command("load")
@click.argument("args", nargs=-1, required=True, metavar="[KIND] FILE...")
@click.option("--resolutions", "extra", multiple=True, type=click.Path(dir_okay=False),
              help="unga-votes: the resolutions / roll-call (or issues) file to load with the votes.")  # fmt: skip
@click.option("--encoding", default="utf-8", show_default=True,
              help="Text encoding of the files (e.g. latin-1 for SIPRI trade registers).")  # fmt: skip
@click.option("--origin", default=None, help="trade: producer of the file (baci, dots, comtrade).")
@click.option("--products", default=None, metavar="all|CODES",
              help="trade (CEPII BACI): keep HS6 rows, 'all' or comma-separated HS codes"
              " (2/4/6-digit prefixes); default: exporter-importer-year totals.")  # fmt: skip
@click.option("--allow-empty", is_flag=True,
              help="Store a file with no data rows (it replaces that file's earlier rows).")  # fmt: skip
@click.option("--max-expanded", type=click.IntRange(min=1), default=MAX_EXPANDED,
              show_default=True, metavar="BYTES",
              help="Refuse a zip member that unpacks to more than this many bytes.")  # fmt: skip
@db_option
@click.pass_context
def load_command(
    ctx: click.Context,
    args: tuple[str, ...],
    extra: tuple[str, ...],
    encoding: str,
    origin: str | None,
    products: str | None,
    allow_empty: bool,
    max_expanded: int,
    db: str | None,
) -> None:
    """Load dataset FILE(s) into the database in one transaction.

    KIND is one of unga-votes, atop, sipri, trade, gdelt, icews, icews-counts (ICEWS dyad-year
    QuadClass counts), cow-states, cow-nmc, cow-trade, cow-igo, cow-distance, gw-states
    (Gleditsch-Ward); without it the kind is read from the first file's header. Loading a file again replaces its earlier rows.
    `data load starter` loads the starter pack shipped with realpolitik (UN votes 1946-2019,
    ATOP 5.1, COW states and capabilities; see docs/data.md).
    """
    from realpolitik import datasets

    if args == ("starter",):
        with write_store(ctx, db) as store:
            tables = datasets.load_starter(store)
        _print_starter(tables)
        return
    kind: str | None = args[0] if args[0] in datasets.KINDS else None
    paths = list(args[1:] if kind else args) + list(extra)
    if not paths:
        raise click.UsageError("give at least one FILE")
    with write_store(ctx, db) as store, progress_of("loading", in_bytes=True) as report:
        result = datasets.load(
            store, kind, paths, encoding=encoding, origin=origin, products=products,
            allow_empty=allow_empty, max_expanded=max_expanded, progress=report,
        )  # fmt: skip
        loaded = {
            d.source: d
            for d in datasets.list_loaded(store)
            if d.kind in (result.kind, "gdelt", "icews", "icews-counts")
        }
    click.echo(f"Loaded {result.rows:,} rows of {result.kind} from {len(paths)} file(s).")
    for path in paths:
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        if name in loaded:
            d = loaded[name]
            years = f"{d.min_year}–{d.max_year}" if d.min_year is not None else "no years"
            click.echo(f"  {name}: {d.rows:,} rows, {years}")


def _print_starter(tables: list[StarterTable]) -> None:
    for t in tables:
        if t.loaded:
            years = f"{t.min_year}–{t.max_year}" if t.min_year is not None else "no years"
            click.echo(f"  {t.name}: {t.rows:,} rows, {years} ({t.kind} {t.version})")
        else:
            click.echo(f"  {t.name}: kept the newer data ({t.skipped_because})")
    loaded = sum(t.rows for t in tables if t.loaded)
    click.echo(
        f"Loaded the starter pack: {loaded:,} rows. Cite the producers: `realpolitik data list`."
    )


@data.command("fetch")
@click.argument("name")
@click.option("--url", default=None, help="Download from this URL instead of the known one.")
@click.option("--cache-dir", default=None, type=click.Path(file_okay=False),
              help="Where to keep downloads (default $REALPOLITIK_CACHE or ~/.cache/realpolitik).")  # fmt: skip
@click.option("--sha256", default=None, help="Expected SHA-256 of the file.")
@click.option("--size", default=None, type=int, help="Expected size in bytes.")
@click.option("--date", default=None,
              help="Dated sources (GDELT): which file, e.g. 20240105 or 20240105120000.")  # fmt: skip
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=FETCH_MAX_BYTES,
              show_default=True, help="Stop a download that passes this many bytes.")  # fmt: skip
@click.option("--insecure", is_flag=True, help="Allow plain http (not encrypted) URLs.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=FETCH_IDLE,
              show_default=True, metavar="SECONDS",
              help="Give up when no data arrives for this long (connecting included).")  # fmt: skip
@click.option("--max-seconds", type=click.FloatRange(min=0, min_open=True),
              default=FETCH_MAX_SECONDS, show_default=True, metavar="SECONDS",
              help="Give up when the whole download takes longer than this.")  # fmt: skip
def fetch_command(
    name: str,
    url: str | None,
    cache_dir: str | None,
    sha256: str | None,
    size: int | None,
    date: str | None,
    quiet: bool,
    max_bytes: int,
    insecure: bool,
    timeout: float,
    max_seconds: float,
) -> None:
    """Download dataset NAME (resumable) and print where it is.

    NAME is one of `realpolitik data sources`; any name works with --url. Known URLs are the
    publishers' as of 2025-26 and are not checked offline: pass --url when one has moved.
    """
    from realpolitik import datasets

    path = datasets.fetch(
        name, url=url, cache=cache_dir, sha256=sha256, size=size, progress=not quiet, date=date,
        max_bytes=max_bytes, insecure=insecure, timeout=timeout, max_seconds=max_seconds,
        on_warning=lambda line: click.echo(f"realpolitik: warning: {line}", err=True),
    )  # fmt: skip
    click.echo(str(path))


@data.command("sources")
@format_option
def sources_command(fmt: str, raw: bool) -> None:
    """What `data fetch` knows: direct downloads, dated (--date) ones, and manual ones."""
    from realpolitik import datasets

    rows = datasets.list_sources()
    emit(rows, fmt, title="Dataset sources (URLs overridable with --url; not checked offline)",
         raw=raw)  # fmt: skip


@data.command("list")
@format_option
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False),
              help="Write the list to FILE (.parquet, .csv or .jsonl, by --format) instead.")  # fmt: skip
@db_option
@click.pass_context
def list_command(
    ctx: click.Context, fmt: str, raw: bool, output: str | None, db: str | None
) -> None:
    """Show what is loaded: rows, years, version, citation, and whether a starter-pack layer is
    still active or was replaced by a publisher's file."""
    from realpolitik import datasets

    with read_store(ctx, db) as store:
        rows = [dataclasses.asdict(d) for d in datasets.list_loaded(store)]
    fields = [f.name for f in dataclasses.fields(datasets.LoadedDataset)]
    if output:
        _write(rows, fields, fmt, output)
        return
    for row in rows:
        row["active"] = "yes" if not row.get("replaced_by") else f"replaced by {row['replaced_by']}"
    view = [("kind", "kind"), ("source", "file"), ("rows", "rows"), ("min_year", "from"),
            ("max_year", "to"), ("version", "version"), ("active", "active"),
            ("citation", "citation")]  # fmt: skip
    emit(rows, fmt, fields=[*fields, "active"], columns=view, title="Loaded datasets", raw=raw)
    if not rows and fmt == "table":
        click.echo("No datasets loaded; run `realpolitik data load KIND FILE`.", err=True)


def _write(rows: list[dict[str, object]], fields: list[str], fmt: str, output: str) -> None:
    """The rows to a file in ``fmt`` (parquet, csv or jsonl)."""
    import pyarrow as pa

    table = (
        pa.Table.from_pylist(rows)
        if rows
        else pa.table({f: pa.array([], pa.string()) for f in fields})
    )
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, output)
    elif fmt == "csv":
        import pyarrow.csv as pcsv

        pcsv.write_csv(table, output)
    elif fmt == "jsonl":
        import json

        with open(output, "w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        raise click.UsageError("-o FILE needs --format parquet, csv or jsonl")
    click.echo(f"Wrote {len(rows)} dataset(s) to {output}", err=True)


COMMANDS = [data]
