"""CEPII BACI as published: yearly HS6 files (t,i,j,k,v,q) with numeric country codes.

The release is a zip holding ``BACI_HS92_Y{year}_V{version}.csv`` per year, plus
``country_codes_V{version}.csv`` and ``product_codes_...csv``. A year is about ten million
rows, so each year file goes through DuckDB's reader once (zip members are extracted one at a
time to a temporary folder) and only the aggregate or the kept rows reach the store. Exporter
(i) and importer (j) codes map through the release's own country list where it names an ISO3
the registry knows, else through the project's table of UN numeric codes
(``datasets/data/un_numeric_codes.tsv``: 842 USA, 251 FRA, 490 Taiwan, ...); aggregates keep
their numeric code. Values are thousands of USD in the files and USD in the store.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import tempfile
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import duckdb

from realpolitik.actors.countries import to_iso3
from realpolitik.datasets._io import (
    ZIP_ERRORS,
    Head,
    extract_member,
    ident,
    member_name,
    record_load,
    source_name,
    sql_str,
)
from realpolitik.datasets._reader_errors import translate
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError

KIND = "trade"
NEEDED = ("t", "i", "j", "k", "v")
_TYPES = {"t": "INTEGER", "i": "INTEGER", "j": "INTEGER", "k": "VARCHAR", "v": "DOUBLE"}
_YEAR_FILE = re.compile(r"^BACI_.*_Y(\d{4})_V[\w.-]+\.csv(\.gz)?$", re.IGNORECASE)
_CODES_FILE = re.compile(r"^country_codes.*\.csv$", re.IGNORECASE)
_PRODUCTS_FILE = re.compile(r"^product_codes.*\.csv$", re.IGNORECASE)
_HS_CODE = re.compile(r"^\d{2}(\d{2}){0,2}$")
_CONVERT = re.compile(r'converting column "([^"]+)"\. Could not convert string "([^"]*)"')
_LINE = re.compile(r"CSV Error on Line: (\d+)")
ALL = "all"


@dataclass(frozen=True)
class Part:
    """One year file: where to read it (zip member or path) and how to name it in messages."""

    name: str
    member: zipfile.ZipInfo | None
    path: Path | None


@dataclass(frozen=True)
class Release:
    """The year files and country list of a BACI zip, folder or single year file."""

    shown: Path
    parts: tuple[Part, ...]
    codes: Part | None


def is_baci(cells: Sequence[str]) -> bool:
    """The header of a BACI year file: t, i, j, k, v (and q)."""
    return set(NEEDED) <= {c.strip().strip('"').lower() for c in cells}


def numeric_codes() -> dict[int, str]:
    """UN/ISO numeric country code -> ISO3 (states and the Comtrade/BACI special codes)."""
    return dict(_numeric_codes())


@cache
def _numeric_codes() -> tuple[tuple[int, str], ...]:
    text = resources.files("realpolitik.datasets").joinpath("data", "un_numeric_codes.tsv")
    lines = [line for line in text.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return tuple(
        (int(row["code"]), row["iso3"])
        for row in csv.DictReader(lines, delimiter="\t")
        if row["iso3"]
    )


def parse_products(products: str | Sequence[str] | None) -> tuple[str, ...] | None:
    """None: bilateral totals; (): every HS6 row ('all'); else the HS codes (prefixes) to keep."""
    if products is None:
        return None
    items = products.split(",") if isinstance(products, str) else list(products)
    codes = [item.strip() for item in items if item.strip()]
    if [c.lower() for c in codes] == [ALL]:
        return ()
    for code in codes:
        if not _HS_CODE.match(code):
            raise RealpolitikError(Errors.E331, code=code)
    if not codes:
        raise RealpolitikError(Errors.E331, code=products)
    return tuple(codes)


def _first_line(raw: bytes) -> tuple[str, ...]:
    line = raw.decode("utf-8-sig", errors="replace").splitlines()[0] if raw else ""
    delimiter = next((d for d in (",", ";", "\t") if d in line), ",")
    return tuple(cell.strip().strip('"') for cell in line.split(delimiter))


def _file_header(path: Path) -> tuple[str, ...]:
    try:
        with path.open("rb") as handle:
            magic = handle.read(2)
        opener = gzip.open if magic == b"\x1f\x8b" else open
        with opener(path, "rb") as handle:
            return _first_line(handle.readline(1 << 16))
    except (OSError, EOFError, zlib.error):
        return ()


def find_release(path: str | Path) -> Release | None:
    """The BACI release at ``path`` (zip, folder or year file), or None for another layout."""
    shown = Path(path)
    if shown.is_dir():
        files = sorted(p for p in shown.iterdir() if p.is_file())
        parts = tuple(
            Part(p.name, None, p)
            for p in files
            if _YEAR_FILE.match(p.name) or (p.suffix == ".csv" and is_baci(_file_header(p)))
        )
        codes = next((Part(p.name, None, p) for p in files if _CODES_FILE.match(p.name)), None)
        return Release(shown, parts, codes)
    if not shown.is_file() or shown.stat().st_size == 0:
        return None
    if zipfile.is_zipfile(shown):
        return _zip_release(shown)
    if not is_baci(_file_header(shown)):
        return None
    siblings = sorted(p for p in shown.parent.iterdir() if _CODES_FILE.match(p.name))
    codes = Part(siblings[0].name, None, siblings[0]) if siblings else None
    return Release(shown, (Part(shown.name, None, shown),), codes)


def _zip_release(shown: Path) -> Release | None:
    """The release in a zip; None when it holds no BACI year file (another trade layout).

    In a release every .csv member must be a year file, the country list or the product list:
    anything else (a truncated or foreign file) stops the load rather than being passed over.
    """
    try:
        with zipfile.ZipFile(shown) as archive:
            parts, codes, others = [], None, []
            for member in sorted(archive.infolist(), key=lambda m: m.filename):
                if member.is_dir():
                    continue
                name = member_name(shown, member)
                if not name.lower().endswith(".csv"):
                    continue
                if _CODES_FILE.match(name):
                    codes = Part(name, member, None)
                elif _YEAR_FILE.match(name):
                    parts.append(Part(name, member, None))
                elif _PRODUCTS_FILE.match(name):
                    continue
                else:
                    with archive.open(member) as handle:
                        if is_baci(_first_line(handle.readline(1 << 16))):
                            parts.append(Part(name, member, None))
                        else:
                            others.append(member.filename)
    except ZIP_ERRORS as exc:
        raise RealpolitikError(Errors.E304, path=shown, reason=str(exc)) from exc
    if parts and others:
        raise RealpolitikError(Errors.E370, path=shown, member=others[0])
    return Release(shown, tuple(parts), codes) if parts else None


@contextmanager
def _opened(release: Release, part: Part, tmp: Path) -> Iterator[Path]:
    """A file DuckDB can read for ``part``; a zip member is extracted and removed afterwards."""
    if part.member is None:
        assert part.path is not None
        yield part.path
        return
    try:
        with zipfile.ZipFile(release.shown) as archive:
            target = extract_member(archive, part.member, release.shown, tmp)
    except ZIP_ERRORS as exc:
        raise RealpolitikError(Errors.E304, path=release.shown, reason=str(exc)) from exc
    try:
        yield target
    finally:
        target.unlink(missing_ok=True)


def _label(release: Release, part: Part) -> Path:
    """How a year file is named in messages: ``release.zip/BACI_..._Y2022_....csv``."""
    if part.path is not None and part.path == release.shown:
        return release.shown
    return release.shown / part.name


def load_baci(
    con: duckdb.DuckDBPyConnection,
    release: Release,
    origin: str = "baci",
    products: str | Sequence[str] | None = None,
    encoding: str = "utf-8",
) -> int:
    """Store every year file of ``release``; return the rows read (kept rows with a filter)."""
    keep = parse_products(products)
    if not release.parts:
        raise RealpolitikError(Errors.E330, path=release.shown)
    source = source_name(release.shown)
    con.execute("DELETE FROM trade_flows WHERE source = ?", [source])
    rows = 0
    years: tuple[int | None, int | None] = (None, None)
    with tempfile.TemporaryDirectory(prefix="realpolitik-baci-") as tmp:
        _code_table(con, release, Path(tmp))
        for part in release.parts:
            with _opened(release, part, Path(tmp)) as real:
                got, lo, hi = _load_year(
                    con, real, _label(release, part), keep, origin, source, encoding
                )
            rows += got
            years = (_min(years[0], lo), _max(years[1], hi))
    con.execute("DROP TABLE IF EXISTS _bagg")
    con.execute("DROP TABLE IF EXISTS _bcodes")
    record_load(con, KIND, release.shown, rows, years, CITATIONS.get(origin, CITATIONS["trade"]))
    return rows


def _min(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


def _code_table(con: duckdb.DuckDBPyConnection, release: Release, tmp: Path) -> None:
    """TEMP ``_bcodes(code, iso3)``: the release's own list first, the project's table next."""
    mapping = numeric_codes()
    if release.codes is not None:
        with _opened(release, release.codes, tmp) as real:
            text = real.read_bytes().decode("utf-8-sig", errors="replace")
        for row in csv.DictReader(io.StringIO(text)):
            lowered = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
            code = lowered.get("country_code", "")
            iso3 = lowered.get("country_iso3") or lowered.get("iso_3digit_alpha") or ""
            found = to_iso3(iso3) if len(iso3) == 3 else None
            if code.isdigit() and found:
                mapping[int(code)] = found
    con.execute("CREATE OR REPLACE TEMP TABLE _bcodes (code INTEGER, iso3 VARCHAR)")
    con.executemany("INSERT INTO _bcodes VALUES (?, ?)", sorted(mapping.items()))


def _read_sql(real: Path, columns: tuple[str, ...], encoding: str) -> str:
    types = ", ".join(f"{sql_str(c)}: '{_TYPES.get(c.lower(), 'VARCHAR')}'" for c in columns)
    options = [
        "delim=','",
        "quote='\"'",
        "escape='\"'",
        "header=true",
        "auto_detect=false",
        "columns={" + types + "}",
        f"encoding={sql_str('latin-1' if encoding.lower() in ('latin-1', 'latin1') else 'utf-8')}",
    ]
    with real.open("rb") as handle:
        if handle.read(2) == b"\x1f\x8b":
            options.append("compression='gzip'")
    return f"read_csv({sql_str(real)}, {', '.join(options)})"


def _load_year(
    con: duckdb.DuckDBPyConnection,
    real: Path,
    label: Path,
    keep: tuple[str, ...] | None,
    origin: str,
    source: str,
    encoding: str,
) -> tuple[int, int | None, int | None]:
    """One year file: aggregate (or filter) in one read, check keys, insert; (rows, years)."""
    columns = _file_header(real)
    if not is_baci(columns):
        raise RealpolitikError(
            Errors.E301, path=label, columns="t, i, j, k, v", kind="trade (BACI)",
            expected="t,i,j,k,v,q (found " + ", ".join(columns[:8]) + ")",
        )  # fmt: skip
    name = {c.lower(): ident(c) for c in columns}
    t, i, j, k, v = (name[c] for c in NEEDED)
    product = f"lpad(trim({k}), 6, '0')"
    read = _read_sql(real, columns, encoding)
    if keep is None:
        select = f"SELECT {t} AS t, {i} AS i, {j} AS j, NULL AS k, sum({v}) AS v, count(*) AS n"
        group = " GROUP BY ALL"
    else:
        select = f"SELECT {t} AS t, {i} AS i, {j} AS j, {product} AS k, {v} AS v, 1 AS n"
        group = ""
    where = ""
    if keep:
        where = " WHERE " + " OR ".join(f"starts_with({product}, {sql_str(c)})" for c in keep)
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _bagg AS {select} FROM {read}{where}{group}")
    except (duckdb.ParserException, duckdb.BinderException, duckdb.CatalogException):
        raise
    except duckdb.Error as exc:
        raise _translate(exc, real, label, columns, encoding) from exc
    row = con.execute(
        "SELECT coalesce(sum(n), 0), min(t), max(t), count(*) FILTER (WHERE t IS NULL OR"
        " i IS NULL OR j IS NULL) FROM _bagg"
    ).fetchone()
    assert row is not None
    if row[3]:
        _missing_key(con, read, label, (t, i, j))
    # Totals: two codes of one state in one year (e.g. 736 and 729 for Sudan) sum into one row.
    value, regroup = ("sum(a.v)", " GROUP BY 1, 2, 3, 4, 5") if keep is None else ("a.v", "")
    con.execute(
        "INSERT INTO trade_flows (reporter, partner, year, flow, product, value, origin, source)"  # noqa: S608
        " SELECT coalesce(r.iso3, CAST(a.i AS VARCHAR)), coalesce(p.iso3, CAST(a.j AS VARCHAR)),"
        f" a.t, 'export', a.k, {value} * 1000, ?, ? FROM _bagg a"
        " LEFT JOIN _bcodes r ON r.code = a.i LEFT JOIN _bcodes p ON p.code = a.j"
        f" WHERE a.v IS NOT NULL{regroup}",
        [origin, source],
    )
    return int(row[0]), row[1], row[2]


def _missing_key(
    con: duckdb.DuckDBPyConnection, read: str, label: Path, keys: tuple[str, str, str]
) -> None:
    """E302 for the first row with an empty year, exporter or importer (a second read)."""
    cells = ", ".join(keys)
    found = con.execute(
        f"SELECT _line, {cells} FROM (SELECT row_number() OVER () + 1 AS _line, {cells}"  # noqa: S608
        f" FROM {read}) WHERE {' OR '.join(f'{c} IS NULL' for c in keys)} ORDER BY _line LIMIT 1"
    ).fetchone()
    if found:
        column = next(c for c, value in zip(keys, found[1:], strict=True) if value is None)
        raise RealpolitikError(
            Errors.E302, path=label, line=found[0], column=column.strip('"'), value="",
            expected="an integer",
        )  # fmt: skip


def _translate(
    exc: duckdb.Error, real: Path, label: Path, columns: tuple[str, ...], encoding: str
) -> RealpolitikError:
    """A conversion error names line, column and value; other reader errors go to ``translate``."""
    text = str(exc)
    converted, line = _CONVERT.search(text), _LINE.search(text)
    if converted and line:
        column = converted.group(1)
        expected = "an integer" if _TYPES.get(column.lower()) == "INTEGER" else "a number"
        return RealpolitikError(
            Errors.E302, path=label, line=int(line.group(1)), column=column,
            value=converted.group(2), expected=expected,
        )  # fmt: skip
    return translate(exc, Head(real, label, ",", 1, columns, encoding))
