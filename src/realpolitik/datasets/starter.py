"""The starter pack: the field's core tables shipped inside the package, loaded in seconds.

``build_pack(sources, out)`` reads the publishers' own files (found in ``sources`` by their
headers), loads them through the same loaders as ``realpolitik data load`` into a scratch
database, and writes each table as Parquet (dictionary-encoded, zstd) with a ``manifest.json``
that gives every table's source file, version, licence terms, citation, rows and years.
Only tables whose terms allow redistribution with attribution are built (``SPECS``; see
docs/data.md for what is left out and why).

``load_starter(store)`` copies the pack into the store, tagged ``starter:<table>``. A layer
that a publisher's file has already filled is left alone; a publisher's file loaded later
replaces the starter layer (``retire``), and ``data list`` shows which is active.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from realpolitik.datasets._io import find_header, readable, source_name, sql_str, year_range
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    from realpolitik.store import Store

PREFIX = "starter:"
MANIFEST = "manifest.json"
# The store tables each load kind fills, in groups that are replaced together: a publisher's
# file that stores rows in one table of a group replaces the starter rows of the whole group
# (UN votes without their roll calls would be orphans), and of no other group.
LAYERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "unga-votes": (("un_roll_calls", "un_votes"),),
    "atop": (("alliance_dyad_years",), ("alliance_members",), ("alliances",)),
    "cow-states": (("cow_states", "system_members"),),
    "cow-nmc": (("state_capabilities",),),
}
TABLES = {t for groups in LAYERS.values() for group in groups for t in group}


def _group(table: str) -> tuple[str, ...]:
    return next(g for groups in LAYERS.values() for g in groups if table in g)


@dataclass(frozen=True)
class Spec:
    """One pack table: where it comes from and on what terms it may be shipped."""

    name: str  # the Parquet file's stem and the ``starter:<name>`` source tag
    table: str  # the store table it fills
    kind: str  # the load kind (layer) it belongs to
    role: str  # the publisher file's layout that feeds it (kind/layout)
    years: str  # SQL (min, max) year over the store table's starter rows ({src} = tag)
    producer: str
    version: str
    licence: str
    citation: str
    url: str


_UNVOTES_TERMS = (
    "Published by Erik Voeten on Harvard Dataverse (hdl:1902.1/12379) and redistributed in the"
    " same form under the MIT licence by the unvotes R package on CRAN; the Dataverse page"
    " states the terms (its standard waiver is CC0 1.0; not re-checked offline). Cite Voeten"
    " et al. as below."
)
_ATOP_TERMS = (
    "Free download from the ATOP project (atopdata.org) with the request to cite Leeds et al."
    " (2002); no licence text restricts redistribution, and the peacesciencer R package on CRAN"
    " redistributes the same directed dyad-years. Cite as below."
)
_COW_TERMS = (
    "Correlates of War data are available free for public and academic use with proper"
    " citation (correlatesofwar.org); the peacesciencer R package on CRAN redistributes them."
    " Cite as below, with the version."
)

SPECS: tuple[Spec, ...] = (
    Spec("unvotes_roll_calls", "un_roll_calls", "unga-votes", "unga-votes/unvotes-roll-calls",
         "SELECT min(year), max(year) FROM un_roll_calls WHERE source = {src}",
         "Erik Voeten, Anton Strezhnev, Michael Bailey", "1946-2019 release",
         _UNVOTES_TERMS, CITATIONS["unvotes"],
         "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379"),
    Spec("unvotes_votes", "un_votes", "unga-votes", "unga-votes/unvotes-votes",
         "SELECT min(r.year), max(r.year) FROM un_roll_calls r WHERE r.rcid IN (SELECT DISTINCT"
         " rcid FROM un_votes WHERE source = {src})",
         "Erik Voeten, Anton Strezhnev, Michael Bailey", "1946-2019 release",
         _UNVOTES_TERMS, CITATIONS["unvotes"],
         "https://dataverse.harvard.edu/dataset.xhtml?persistentId=hdl:1902.1/12379"),
    Spec("atop_dyad_years", "alliance_dyad_years", "atop", "atop/dyad-year",
         "SELECT min(year), max(year) FROM alliance_dyad_years WHERE source = {src}",
         "Brett Ashley Leeds et al. (ATOP project)", "5.1",
         _ATOP_TERMS, CITATIONS["atop"], "http://www.atopdata.org"),
    Spec("cow_states", "cow_states", "cow-states", "cow-states/states",
         "SELECT min(year(start_date)), max(year(end_date)) FROM cow_states WHERE source = {src}",
         "Correlates of War Project", "2016", _COW_TERMS, CITATIONS["cow"],
         "https://correlatesofwar.org/data-sets/state-system-membership/"),
    Spec("system_members", "system_members", "cow-states", "cow-states/states",
         "SELECT min(year), max(year) FROM system_members WHERE source = {src}",
         "Correlates of War Project", "2016", _COW_TERMS, CITATIONS["cow"],
         "https://correlatesofwar.org/data-sets/state-system-membership/"),
    Spec("cow_nmc", "state_capabilities", "cow-nmc", "cow-nmc/nmc",
         "SELECT min(year), max(year) FROM state_capabilities WHERE source = {src}",
         "Correlates of War Project (National Material Capabilities)",
         "unstated (1816-2022 file)", _COW_TERMS,
         CITATIONS["cow-nmc"], "https://correlatesofwar.org/data-sets/national-material-capabilities/"),
)  # fmt: skip


@dataclass(frozen=True)
class StarterTable:
    """One table of the pack as the manifest describes it, and what loading it did."""

    name: str
    table: str
    kind: str
    rows: int
    min_year: int | None
    max_year: int | None
    version: str
    licence: str
    citation: str
    source_file: str
    loaded: bool = True
    skipped_because: str = ""


# -- loading -------------------------------------------------------------------------------------
def default_pack() -> Path:
    """The pack shipped inside the package."""
    return Path(str(resources.files("realpolitik.datasets").joinpath("data", "starter")))


def read_manifest(pack: Path) -> list[dict[str, object]]:
    path = pack / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RealpolitikError(Errors.E341, path=path) from None
    except (OSError, ValueError) as exc:
        raise RealpolitikError(Errors.E342, path=path, reason=str(exc)) from exc
    tables = data.get("tables") if isinstance(data, dict) else None
    if not isinstance(tables, list):
        raise RealpolitikError(Errors.E342, path=path, reason="no 'tables' list")
    return [t for t in tables if isinstance(t, dict)]


def load_starter(store: Store, pack: str | Path | None = None) -> list[StarterTable]:
    """Copy the starter pack into ``store`` in one transaction; return what each table did.

    A layer already filled from a publisher's file (a non-starter load of that kind) is
    skipped: the starter pack never replaces newer data.
    """
    folder = Path(pack) if pack is not None else default_pack()
    entries = read_manifest(folder)
    out: list[StarterTable] = []
    with store.transaction() as con:
        for entry in entries:
            out.append(_load_table(con, folder, entry))
    return out


# Rows of another layer that share a table (Gleditsch-Ward members beside COW's) do not
# replace the starter's.
_SAME_LAYER = {"system_members": "system = 'cow'"}


def _load_table(
    con: duckdb.DuckDBPyConnection, folder: Path, entry: dict[str, object]
) -> StarterTable:
    name, table, kind = str(entry["name"]), str(entry["table"]), str(entry["kind"])
    info = StarterTable(
        name=name, table=table, kind=kind, rows=int(str(entry.get("rows", 0))),
        min_year=_int(entry.get("min_year")), max_year=_int(entry.get("max_year")),
        version=str(entry.get("version", "")), licence=str(entry.get("licence", "")),
        citation=str(entry.get("citation", "")), source_file=str(entry.get("source_file", "")),
    )  # fmt: skip
    if table not in TABLES:
        raise RealpolitikError(Errors.E342, path=folder / MANIFEST, reason=f"unknown table {table}")
    for other in _group(table):
        same = _SAME_LAYER.get(other, "TRUE")
        publisher = con.execute(
            f"SELECT any_value(source) FROM {other} WHERE NOT starts_with(source, ?) AND {same}",  # noqa: S608
            [PREFIX],
        ).fetchall()
        if publisher and publisher[0][0] is not None:
            return replace(
                info, loaded=False, skipped_because=f"{other} loaded from {publisher[0][0]}"
            )
    path = folder / f"{name}.parquet"
    if not path.is_file():
        raise RealpolitikError(Errors.E341, path=path)
    source = PREFIX + name
    columns = [c for c in _columns(con, table) if c != "source"]
    try:
        got = [
            r[0]
            for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet({sql_str(path)})").fetchall()
        ]
    except duckdb.Error as exc:
        raise RealpolitikError(Errors.E342, path=path, reason=str(exc).splitlines()[0]) from exc
    missing = [c for c in columns if c not in got]
    if missing:
        raise RealpolitikError(Errors.E342, path=path, reason="no column " + ", ".join(missing))
    names = ", ".join(columns)
    con.execute(f"DELETE FROM {table} WHERE source = ?", [source])  # noqa: S608
    con.execute(
        f"INSERT INTO {table} ({names}, source) SELECT {names}, ? FROM read_parquet(?)",  # noqa: S608
        [source, str(path)],
    )
    rows = int(
        (con.execute(f"SELECT count(*) FROM {table} WHERE source = ?", [source]).fetchone() or [0])[
            0
        ]
    )  # noqa: S608
    con.execute("DELETE FROM dataset_loads WHERE kind = ? AND source = ?", [kind, source])
    con.execute(
        "INSERT INTO dataset_loads (kind, path, rows, min_year, max_year, citation, source,"
        " version, licence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [kind, str(path), rows, info.min_year, info.max_year, info.citation, source,
         info.version, info.licence],
    )  # fmt: skip
    return replace(info, rows=rows)


def retire(con: duckdb.DuckDBPyConnection, kind: str, by: Sequence[str]) -> None:
    """Publisher files ``by`` of ``kind`` were loaded: the starter rows of each table group they
    stored rows in go, and the starter's load rows say what replaced them."""
    if not by:
        return
    marks = ", ".join("?" for _ in by)
    for group in LAYERS.get(kind, ()):
        filled = any(
            con.execute(
                f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE source IN ({marks}) LIMIT 1)",  # noqa: S608
                list(by),
            ).fetchall()[0][0]
            for table in group
        )
        if not filled:
            continue
        for table in group:
            con.execute(f"DELETE FROM {table} WHERE starts_with(source, ?)", [PREFIX])  # noqa: S608
        names = [PREFIX + s.name for s in SPECS if s.table in group]
        con.execute(
            "UPDATE dataset_loads SET rows = 0, replaced_by = ? WHERE replaced_by IS NULL"
            f" AND source IN ({', '.join('?' for _ in names)})",  # noqa: S608
            [", ".join(by), *names],
        )


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    return [
        str(r[0])
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?"
            " ORDER BY ordinal_position",
            [table],
        ).fetchall()
    ]


def _int(value: object) -> int | None:
    return int(str(value)) if value is not None and str(value).lstrip("-").isdigit() else None


# -- building ------------------------------------------------------------------------------------
def find_sources(folder: Path) -> dict[str, Path]:
    """role (kind/layout) -> the publisher file in ``folder`` (searched recursively) whose
    header has that layout; E343 when a needed one is missing or two files claim it."""
    from realpolitik.datasets import detect_kind
    from realpolitik.datasets.atop import layout_of as atop_layout
    from realpolitik.datasets.cow import layout_of as cow_layout
    from realpolitik.datasets.unga import layout_of as unga_layout

    needed = sorted({s.role for s in SPECS} | {"unga-votes/unvotes-issues"})
    found: dict[str, list[Path]] = {}
    for path in sorted(_data_files(folder)):
        try:
            kind = detect_kind(path)
        except RealpolitikError:
            continue
        with readable(path) as (real, shown):
            head = find_header(real, shown, "utf-8", lambda cells: True)
        cells = head.columns if head else ()
        if kind == "unga-votes":
            layout = unga_layout(cells)
        elif kind == "atop":
            layout = atop_layout(cells)
        elif kind.startswith("cow-"):
            layout = cow_layout(kind, cells)
        else:
            continue
        role = f"{kind}/{layout}"
        if role in needed:
            found.setdefault(role, []).append(path)
    out: dict[str, Path] = {}
    for role in needed:
        paths = found.get(role, [])
        optional = role == "unga-votes/unvotes-issues"
        if not paths and optional:
            continue
        if len(paths) != 1:
            raise RealpolitikError(
                Errors.E343, path=folder, role=role,
                found=", ".join(p.name for p in paths) or "none",
            )  # fmt: skip
        out[role] = paths[0]
    return out


def _data_files(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        if path.is_file() and path.name.lower().endswith((".csv", ".csv.gz", ".tsv", ".tsv.gz")):
            yield path


def build_pack(sources: str | Path, out: str | Path) -> list[StarterTable]:
    """Write the pack from the publishers' files in ``sources`` into ``out``; return its tables."""
    from realpolitik import datasets
    from realpolitik.store import Store

    folder, target = Path(sources), Path(out)
    files = find_sources(folder)
    target.mkdir(parents=True, exist_ok=True)
    tables: list[StarterTable] = []
    with (
        tempfile.TemporaryDirectory(prefix="realpolitik-pack-") as tmp,
        Store(Path(tmp) / "pack.duckdb") as store,
    ):
        votes = [files[r] for r in sorted(files) if r.startswith("unga-votes/")]
        datasets.load(store, "unga-votes", votes)
        for kind in ("atop", "cow-states", "cow-nmc"):
            role = next(s.role for s in SPECS if s.kind == kind)
            datasets.load(store, kind, [files[role]])
        for spec in SPECS:
            tables.append(_write_table(store.con, spec, files[spec.role], target))
    manifest = {
        "format": 1,
        "built": time.strftime("%Y-%m-%d"),
        "about": "realpolitik starter pack; built by scripts/build_starter_pack.py from the"
        " publishers' files. Each table keeps its producer's licence terms and citation.",
        "tables": [_entry(t, target) for t in tables],
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return tables


def _write_table(
    con: duckdb.DuckDBPyConnection, spec: Spec, source_file: Path, target: Path
) -> StarterTable:
    columns = [c for c in _columns(con, spec.table) if c not in ("source",)]
    src = sql_str(source_name(source_file))
    path = target / f"{spec.name}.parquet"
    con.execute(
        f"COPY (SELECT {', '.join(columns)} FROM {spec.table} WHERE source = {src}"  # noqa: S608
        f" ORDER BY ALL) TO {sql_str(path)}"
        " (FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 19, ROW_GROUP_SIZE 1000000)"
    )
    rows_row = con.execute(f"SELECT count(*) FROM {spec.table} WHERE source = {src}").fetchone()  # noqa: S608
    lo, hi = year_range(con, spec.years.format(src=src))
    version = spec.version
    if spec.kind == "cow-states":
        found = con.execute(f"SELECT max(version) FROM cow_states WHERE source = {src}").fetchone()  # noqa: S608
        version = str(found[0]) if found and found[0] else version
    return StarterTable(
        name=spec.name, table=spec.table, kind=spec.kind, rows=int(rows_row[0]) if rows_row else 0,
        min_year=lo, max_year=hi, version=version, licence=spec.licence, citation=spec.citation,
        source_file=source_file.name,
    )  # fmt: skip


def _entry(table: StarterTable, target: Path) -> dict[str, object]:
    spec = next(s for s in SPECS if s.name == table.name)
    return {
        "name": table.name,
        "table": table.table,
        "kind": table.kind,
        "rows": table.rows,
        "min_year": table.min_year,
        "max_year": table.max_year,
        "producer": spec.producer,
        "version": table.version,
        "licence": table.licence,
        "citation": table.citation,
        "url": spec.url,
        "source_file": table.source_file,
        "sha256": file_sha256(target / f"{table.name}.parquet"),
    }


def pack_files(pack: Path | None = None) -> list[Path]:
    """Every file of the pack (for size checks)."""
    folder = pack or default_pack()
    return sorted(p for p in folder.iterdir() if p.is_file())


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
