"""Load the field's datasets into the store: UN votes, ATOP, SIPRI, trade, GDELT, ICEWS.

ICEWS comes as event files (``icews``) or as dyad-year QuadClass counts (``icews-counts``).

``load(store, kind, paths)`` is the one entry point (``realpolitik data load``). Each call is
one transaction: a bad file fails with a message naming file, line and column, and the store
stays as it was. Re-loading a file (same file name) replaces its earlier rows. Every load is
logged in ``dataset_loads`` with its rows, years and the citation to show with results.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from realpolitik.datasets import (
    _baci,
    atop,
    cow,
    events,
    gw,
    icews_counts,
    sipri,
    starter,
    trade,
    unga,
)
from realpolitik.datasets._decode import MAX_EXPANDED, expansion_limit
from realpolitik.datasets._io import (
    find_header,
    first_line_cells,
    readable,
)
from realpolitik.datasets._progress import metered, part
from realpolitik.datasets.citations import CITATIONS
from realpolitik.datasets.fetch import SOURCES, Source, fetch, list_sources, source_url
from realpolitik.datasets.starter import StarterTable, build_pack, load_starter
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:  # the store imports datasets.schema: no import cycle at run time
    from realpolitik.store import Store

__all__ = [
    "CITATIONS",
    "KINDS",
    "MAX_EXPANDED",
    "SOURCES",
    "LoadResult",
    "LoadedDataset",
    "Source",
    "StarterTable",
    "build_pack",
    "detect_kind",
    "fetch",
    "list_loaded",
    "list_sources",
    "load",
    "load_starter",
    "source_url",
]

KINDS = ("unga-votes", "atop", "sipri", "trade", "gdelt", "icews", "icews-counts", *cow.KINDS,
         gw.KIND)  # fmt: skip


@dataclass(frozen=True)
class LoadResult:
    kind: str
    paths: tuple[str, ...]
    rows: int  # data rows read from the files


@dataclass(frozen=True)
class LoadedDataset:
    """One line of ``data list``."""

    kind: str
    source: str
    rows: int
    min_year: int | None
    max_year: int | None
    citation: str
    loaded_at: str
    version: str = ""
    licence: str = ""
    replaced_by: str = ""  # a starter-pack layer replaced by a publisher's file ('' = active)

    @property
    def active(self) -> bool:
        return not self.replaced_by


def load(
    store: Store,
    kind: str | None,
    paths: Sequence[str | Path],
    *,
    encoding: str = "utf-8",
    origin: str | None = None,
    products: str | Sequence[str] | None = None,
    allow_empty: bool = False,
    max_expanded: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    """Load one dataset (several files for ``unga-votes``) in one transaction.

    ``kind`` None detects it from the first file's header. ``origin`` names the producer of a
    trade file (baci, dots, comtrade) when its name does not say. ``products`` (CEPII BACI):
    None stores bilateral totals, 'all' every HS6 row, a list of HS codes those products' rows.
    A file that yields no rows (a header only) stops the load with E340 and the rows stored
    before stay, unless ``allow_empty`` (then it replaces that file's rows with none).
    ``max_expanded``: no zip member is unpacked past this many bytes (default 4 GB).
    ``progress(done, total)`` is called from another thread about ten times a second with the
    bytes of the files loaded so far and their total size (for a progress bar).
    """
    with expansion_limit(max_expanded):
        try:
            return _load(store, kind, paths, encoding, origin, products, allow_empty, progress)
        except (RealpolitikError, KeyboardInterrupt):
            raise
        except Exception as exc:  # noqa: BLE001 (a file found a hole in the checks: say so)
            text = str(exc).splitlines()[0] if str(exc) else ""
            reason = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
            shown = ", ".join(str(p) for p in paths)
            raise RealpolitikError(Errors.E380, path=shown, reason=reason) from exc


def _load(
    store: Store,
    kind: str | None,
    paths: Sequence[str | Path],
    encoding: str,
    origin: str | None,
    products: str | Sequence[str] | None,
    allow_empty: bool,
    report: Callable[[int, int], None] | None = None,
) -> LoadResult:
    if not paths:
        raise RealpolitikError(Errors.E901, option="FILE", reason="give at least one file")
    if kind is None:
        kind = detect_kind(paths[0], encoding)
    if kind not in KINDS:
        raise RealpolitikError(Errors.E305, kind=kind, choices=", ".join(KINDS))
    rows = 0
    with store.transaction() as con, metered(con, paths, report) as meter:
        if kind == "unga-votes":
            with part(meter, 0, len(paths) - 1):
                rows = unga.load_unga(con, paths, encoding=encoding)
        else:
            for i, path in enumerate(paths):
                with part(meter, i):
                    rows += _load_one(con, kind, path, encoding, origin, products)
        if not allow_empty:
            _refuse_empty(con, paths)
        starter.retire(con, kind, [Path(p).name for p in paths])
        for table in (
            "_stage",
            "_stage2",
            "_votes",
            "_rc",
            "_atop_dyads",
            "_atop_members",
            "_atop_alliances",
            "_sipri_deals",
            "_ev",
            "_cnt",
            "_cow_states",
            "_cow_state_years",
            "_cow_rows",
            "_cow_pairs",
        ):
            con.execute(f"DROP TABLE IF EXISTS {table}")
    return LoadResult(kind, tuple(str(p) for p in paths), rows)


def _load_one(
    con: duckdb.DuckDBPyConnection,
    kind: str,
    path: str | Path,
    encoding: str,
    origin: str | None,
    products: str | Sequence[str] | None,
) -> int:
    if kind == "atop":
        return atop.load_atop(con, path, encoding=encoding)
    if kind == "sipri":
        return sipri.load_sipri(con, path, encoding=encoding)
    if kind == "trade":
        return trade.load_trade(con, path, encoding=encoding, origin=origin, products=products)
    if kind == "gdelt":
        return events.load_gdelt(con, path, encoding=encoding)
    if kind == "icews-counts":
        return icews_counts.load_icews_counts(con, path, encoding=encoding)
    if kind in cow.KINDS:
        return cow.load_cow(con, kind, path, encoding=encoding)
    if kind == gw.KIND:
        return gw.load_gw(con, path, encoding=encoding)
    return events.load_icews(con, path, encoding=encoding)


def _refuse_empty(con: duckdb.DuckDBPyConnection, paths: Sequence[str | Path]) -> None:
    """E340 for the first file whose load recorded no rows: an empty export must not wipe
    what that file name stored before (the transaction rolls back)."""
    names = [Path(p).name for p in paths]
    marks = ", ".join("?" for _ in names)
    row = con.execute(
        f"SELECT source FROM dataset_loads WHERE rows = 0 AND source IN ({marks})",  # noqa: S608
        names,
    ).fetchone()
    if row:
        shown = next(Path(p) for p in paths if Path(p).name == row[0])
        raise RealpolitikError(Errors.E340, path=shown)


def detect_kind(path: str | Path, encoding: str = "utf-8") -> str:
    """The dataset kind a file's header (or, for GDELT, its column count) points to."""
    checks = (
        ("unga-votes", lambda cells: unga.layout_of(cells) is not None),
        ("atop", lambda cells: atop.layout_of(cells) is not None),
        ("sipri", lambda cells: sipri.layout_of(cells) is not None),
        ("icews", lambda cells: set(events.ICEWS) <= {c.lower() for c in cells}),
        ("icews-counts", lambda cells: icews_counts.layout_of(cells) is not None),
        *((k, lambda cells, k=k: cow.layout_of(k, cells) is not None) for k in cow.KINDS),
        (gw.KIND, lambda cells: gw.layout_of(cells) is not None or gw.headerless(cells)),
        ("gdelt", events._is_reduced),
        ("trade", trade._matches),
    )
    if _baci.find_release(path) is not None:  # a BACI zip or folder: no member extracted
        return "trade"
    with readable(path) as (real, shown):
        for kind, matches in checks:
            if find_header(real, shown, encoding, matches) is not None:
                return kind
        delimiter, cells = first_line_cells(real, shown, encoding)
        if delimiter == "\t" and len(cells) in (
            len(events.GDELT2_COLUMNS),
            len(events.GDELT1_COLUMNS),
        ):
            return "gdelt"
        raise RealpolitikError(Errors.E315, path=shown, choices=", ".join(KINDS))


def list_loaded(store: Store) -> list[LoadedDataset]:
    """What is loaded, file by file, with coverage and citation (newest kind first)."""
    rows = store.rows(
        "SELECT kind, coalesce(source, path), rows, min_year, max_year, coalesce(citation, ''),"
        " CAST(loaded_at AS VARCHAR), coalesce(version, ''), coalesce(licence, ''),"
        " coalesce(replaced_by, '') FROM dataset_loads ORDER BY kind, source"
    )
    return [
        LoadedDataset(
            str(r[0]),
            str(r[1]),
            int(r[2]),
            r[3],
            r[4],
            str(r[5]),
            str(r[6]),
            version=str(r[7]),
            licence=str(r[8]),
            replaced_by=str(r[9]),
        )  # fmt: skip
        for r in rows
    ]
