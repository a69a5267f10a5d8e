"""CLI commands: data load / fetch / list (the field's datasets)."""

from __future__ import annotations

import csv
import dataclasses
import json
import sys

import click
from rich.console import Console
from rich.table import Table

from realpolitik import datasets
from realpolitik.cli._common import FORMATS, db_option, read_store, write_store
from realpolitik.datasets.fetch import MAX_BYTES as FETCH_MAX_BYTES

_KIND_HELP = (
    "Dataset kind: " + ", ".join(datasets.KINDS) + " (detected from the header if left out)."
)


def register(cli: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    cli.add_command(data)


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
@click.option("--max-expanded", type=click.IntRange(min=1), default=datasets.MAX_EXPANDED,
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
    QuadClass counts), cow-states, cow-nmc, cow-trade, cow-igo, cow-distance; without it the
    kind is read from the first file's header. Loading a file again replaces its earlier rows.
    `data load starter` loads the starter pack shipped with realpolitik (UN votes 1946-2019,
    ATOP 5.1, COW states and capabilities; see docs/data.md).
    """
    if args == ("starter",):
        with write_store(ctx, db) as store:
            tables = datasets.load_starter(store)
        _print_starter(tables)
        return
    kind: str | None = args[0] if args[0] in datasets.KINDS else None
    paths = list(args[1:] if kind else args) + list(extra)
    if not paths:
        raise click.UsageError("give at least one FILE")
    with write_store(ctx, db) as store:
        result = datasets.load(
            store, kind, paths, encoding=encoding, origin=origin, products=products,
            allow_empty=allow_empty,
            max_expanded=max_expanded,
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


def _print_starter(tables: list[datasets.StarterTable]) -> None:
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
) -> None:
    """Download dataset NAME (resumable) and print where it is.

    NAME is one of `realpolitik data sources`; any name works with --url. Known URLs are the
    publishers' as of 2025-26 and are not checked offline: pass --url when one has moved.
    """
    path = datasets.fetch(
        name, url=url, cache=cache_dir, sha256=sha256, size=size, progress=not quiet, date=date,
        max_bytes=max_bytes, insecure=insecure,
        on_warning=lambda line: click.echo(f"realpolitik: warning: {line}", err=True),
    )  # fmt: skip
    click.echo(str(path))


@data.command("sources")
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def sources_command(fmt: str) -> None:
    """What `data fetch` knows: direct downloads, dated (--date) ones, and manual ones."""
    rows = datasets.list_sources()
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
        return
    table = Table(title="Dataset sources (URLs overridable with --url; not checked offline)")
    for column in ("name", "kind", "access", "url / where", "about"):
        table.add_column(column, overflow="fold", no_wrap=column in ("name", "kind"))
    for row in rows:
        table.add_row(*row.values())
    Console().print(table)


@data.command("list")
@click.option("--format", "fmt", type=click.Choice([*FORMATS.choices, "parquet"]), default="table",
              show_default=True, help="parquet needs -o FILE.")  # fmt: skip
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False),
              help="Write the list to FILE (with --format parquet).")  # fmt: skip
@db_option
@click.pass_context
def list_command(ctx: click.Context, fmt: str, output: str | None, db: str | None) -> None:
    """Show what is loaded: rows, years, version, citation, and whether a starter-pack layer is
    still active or was replaced by a publisher's file."""
    with read_store(ctx, db) as store:
        rows = [dataclasses.asdict(d) for d in datasets.list_loaded(store)]
    if fmt == "parquet":
        if not output:
            raise click.UsageError("--format parquet needs -o FILE.parquet")
        import pyarrow as pa
        import pyarrow.parquet as pq

        fields = [f.name for f in dataclasses.fields(datasets.LoadedDataset)]
        pq.write_table(
            pa.Table.from_pylist(rows) if rows else pa.table({f: [] for f in fields}), output
        )
        click.echo(f"Wrote {len(rows)} dataset(s) to {output}", err=True)
        return
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if fmt == "csv":
        fields = [f.name for f in dataclasses.fields(datasets.LoadedDataset)]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
        return
    if not rows:
        click.echo("No datasets loaded; run `realpolitik data load KIND FILE`.")
        return
    table = Table(title="Loaded datasets")
    for column in ("kind", "file", "rows", "years", "version", "active", "citation"):
        table.add_column(column, overflow="fold")
    for row in rows:
        years = f"{row['min_year']}–{row['max_year']}" if row["min_year"] is not None else ""
        active = "yes" if not row["replaced_by"] else f"replaced by {row['replaced_by']}"
        table.add_row(
            row["kind"], row["source"], f"{row['rows']:,}", years, row["version"], active,
            row["citation"],
        )  # fmt: skip
    Console().print(table)
