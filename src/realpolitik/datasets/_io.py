"""Reading dataset files through DuckDB: headers, zip members, staging, checks, error messages.

Files are never read row by row in Python: DuckDB's ``read_csv`` streams them (gzip included)
into a temporary staging table that carries each row's line number, so that a bad value can be
reported as ``file:line: column ...``. Python only reads the first lines to learn the layout.
"""

from __future__ import annotations

import gzip
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import duckdb

from realpolitik.actors.countries import from_cow
from realpolitik.datasets._decode import MAX_EXPANDED as MAX_EXPANDED  # re-exported
from realpolitik.datasets._decode import expansion_limit as expansion_limit  # re-exported
from realpolitik.datasets._decode import (
    file_encoding,
    is_gzip,
    is_utf8,
    max_expanded,
    utf8_copy,
    wide,
)
from realpolitik.datasets._reader_errors import _duck_encoding, translate
from realpolitik.errors import Errors, RealpolitikError

HEAD_LINES = 40
MAX_LINE = 1 << 20  # a header is never this long: a longer line is not read whole
MAX_CELLS = 5000


@dataclass(frozen=True)
class Head:
    """What the first lines of a file say about its layout."""

    path: Path  # the file DuckDB reads (a zip member is extracted first)
    shown: Path  # the file the user named, for messages
    delimiter: str
    header_line: int  # 1-based line of the column names; 0 when the file has none
    columns: tuple[str, ...]
    encoding: str


def sql_str(value: str | Path) -> str:
    """A SQL string literal."""
    return "'" + str(value).replace("'", "''") + "'"


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def source_name(path: Path) -> str:
    """The name rows are tagged with: re-loading a file of this name replaces them."""
    return path.name


ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError)


def member_name(shown: Path, member: zipfile.ZipInfo) -> str:
    """The member's file name, or E371 when it is no plain name (``x/..``, ``/etc/x``)."""
    raw = member.filename.replace("\\", "/")
    parts = raw.split("/")
    name = parts[-1]
    if raw.startswith("/") or ".." in parts or name in ("", ".") or ":" in parts[0]:
        raise RealpolitikError(Errors.E371, path=shown, member=member.filename)
    return name


def extract_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, shown: Path, folder: Path
) -> Path:
    """Unpack one member into ``folder``, refusing before the disk fills.

    Its declared size is checked against the limit and the free space first (zipfile never
    yields more than the declared size), and the bytes are counted again while copying.
    """
    name = member_name(shown, member)
    limit = max_expanded()
    if member.file_size > limit:
        raise RealpolitikError(
            Errors.E372, path=shown, member=member.filename, size=member.file_size, limit=limit
        )
    free = shutil.disk_usage(folder).free
    if member.file_size > free:
        raise RealpolitikError(
            Errors.E373, path=shown, member=member.filename, size=member.file_size,
            folder=folder.parent, free=free,
        )  # fmt: skip
    target = folder / name
    written = 0
    try:
        with archive.open(member) as src, target.open("wb") as dst:
            while block := src.read(1 << 20):
                written += len(block)
                if written > limit:
                    raise RealpolitikError(
                        Errors.E372, path=shown, member=member.filename, size=written,
                        limit=limit,
                    )  # fmt: skip
                dst.write(block)
    except ZIP_ERRORS as exc:
        target.unlink(missing_ok=True)
        raise RealpolitikError(Errors.E304, path=shown, reason=str(exc)) from exc
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


@contextmanager
def readable(path: str | Path) -> Iterator[tuple[Path, Path]]:
    """Yield (file DuckDB can read, file the user named); zip archives are extracted to a temp dir."""
    shown = Path(path)
    if not shown.is_file():
        raise RealpolitikError(Errors.E010, path=shown)
    if shown.stat().st_size == 0:
        raise RealpolitikError(Errors.E001, path=shown)
    if not zipfile.is_zipfile(shown):
        yield shown, shown
        return
    with tempfile.TemporaryDirectory(prefix="realpolitik-") as tmp:
        try:
            with zipfile.ZipFile(shown) as archive:
                members = [m for m in archive.infolist() if not m.is_dir()]
                if not members:
                    raise RealpolitikError(Errors.E314, path=shown)
                member = max(members, key=lambda m: m.file_size)
                target = extract_member(archive, member, shown, Path(tmp))
        except ZIP_ERRORS as exc:
            raise RealpolitikError(Errors.E304, path=shown, reason=str(exc)) from exc
        yield target, shown


def head_lines(path: Path, shown: Path, encoding: str, count: int = HEAD_LINES) -> list[str]:
    """The first lines, decoded loosely (the strict check is DuckDB's, with line numbers)."""
    try:
        opener = gzip.open if path.suffix == ".gz" or _is_gzip(path) else open
        with opener(path, "rb") as handle:
            raw = [handle.readline(MAX_LINE) for _ in range(count)]
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise RealpolitikError(Errors.E304, path=shown, reason=str(exc)) from exc
    except OSError as exc:
        raise RealpolitikError(Errors.E003, path=shown, reason=exc.strerror or str(exc)) from exc
    while raw and not raw[-1]:
        raw.pop()  # past the end of a short file
    encoding = file_encoding(path, encoding)
    codec = "utf-8-sig" if is_utf8(encoding) else encoding
    try:
        if wide(codec):  # UTF-16/32: a byte 0x0a is not a line end; decode, then split
            text = b"".join(raw).decode(codec, errors="replace")
            return text.splitlines()[: len(raw)]
        return [line.decode(codec, errors="replace").rstrip("\r\n") for line in raw]
    except LookupError:
        reason = f"{encoding!r} is not a text encoding Python knows (e.g. utf-8, latin-1, cp1252)"
        raise RealpolitikError(Errors.E901, option="--encoding", reason=reason) from None


_is_gzip = is_gzip


def clean_name(name: str) -> str:
    """A column name without quotes, spaces or a byte-order mark (in any decoding)."""
    name = name.strip().strip('"').strip()
    for bom in ("\ufeff", "\u00ef\u00bb\u00bf"):
        name = name.removeprefix(bom)
    return name


def split_header(line: str, delimiter: str) -> tuple[str, ...]:
    return tuple(clean_name(cell) for cell in line.split(delimiter))


def find_header(
    path: Path,
    shown: Path,
    encoding: str,
    matches: Callable[[tuple[str, ...]], bool],
) -> Head | None:
    """The first line (within the head) whose cells satisfy ``matches``, with its delimiter."""
    lines = head_lines(path, shown, encoding)
    for number, line in enumerate(lines, start=1):
        for delimiter in ("\t", ",", ";", "|"):
            if delimiter not in line:
                continue
            cells = split_header(line, delimiter)
            if len(cells) <= MAX_CELLS and matches(cells):
                return Head(path, shown, delimiter, number, cells, file_encoding(path, encoding))
    return None


def first_line_cells(path: Path, shown: Path, encoding: str) -> tuple[str, tuple[str, ...]]:
    """(delimiter, cells) of the first non-empty line, for messages and headerless files."""
    for line in head_lines(path, shown, encoding, 5):
        if line.strip():
            delimiter = "\t" if "\t" in line else ","
            return delimiter, split_header(line, delimiter)
    raise RealpolitikError(Errors.E001, path=shown)


def stage(
    con: duckdb.DuckDBPyConnection,
    table: str,
    head: Head,
    names: Sequence[str] | None = None,
    ragged: bool = False,
    keep: Sequence[str] | None = None,
) -> int:
    """Stream the file into TEMP ``table`` (all VARCHAR) with a ``_line`` column; return rows.

    ``names`` renames the columns (required for headerless files). Quoting is explicit (") so
    that names such as "GERMANY, FEDERAL REPUBLIC OF" stay one cell. ``keep`` stages only
    those columns (the reader still checks every row's column count). A file that is not
    UTF-8 is read from a UTF-8 copy (``_decode``): its bad bytes are named by line.
    """
    with utf8_copy(head.path, head.shown, head.encoding, max_expanded()) as real:
        if real != head.path:
            head = replace(head, path=real, encoding="utf-8")
        return _stage(con, table, head, names, ragged, keep)


def _stage(
    con: duckdb.DuckDBPyConnection,
    table: str,
    head: Head,
    names: Sequence[str] | None,
    ragged: bool,
    keep: Sequence[str] | None,
) -> int:
    names = _unique(names or head.columns)
    options = [
        f"delim={sql_str(head.delimiter)}",
        "quote='\"'",
        "escape='\"'",
        f"header={'true' if head.header_line else 'false'}",
        f"skip={max(head.header_line - 1, 0)}",
        "all_varchar=true",
        "auto_detect=false",
        f"null_padding={'true' if ragged else 'false'}",
        f"encoding={sql_str(_duck_encoding(head.encoding))}",
    ]
    if head.delimiter == "\t":
        options[1] = "quote=''"
        options[2] = "escape=''"
    if names:  # always known: the sniffer would guess, and guess wrong on ragged files
        options.append("columns={" + ", ".join(f"{sql_str(n)}: 'VARCHAR'" for n in names) + "}")
    if head.path.suffix == ".gz" or _is_gzip(head.path):
        options.append("compression='gzip'")
    first_data_line = head.header_line + 1 if head.header_line else 1
    picked = ", ".join(ident(n) for n in keep) if keep else "*"
    query = (
        f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT "  # noqa: S608
        f"(row_number() OVER () + {first_data_line - 1})::BIGINT AS _line, {picked} "
        f"FROM read_csv({sql_str(head.path)}, {', '.join(options)})"
    )
    try:
        con.execute(query)
    except (duckdb.ParserException, duckdb.BinderException, duckdb.CatalogException):
        raise
    except duckdb.Error as exc:
        raise translate(exc, head) from exc
    for (column,) in con.execute(
        f"SELECT name FROM pragma_table_info({sql_str(table)})"  # noqa: S608
    ).fetchall():
        if clean_name(column) != column:
            con.execute(
                f"ALTER TABLE {table} RENAME {ident(column)} TO {ident(clean_name(column))}"
            )
    row = con.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608
    return int(row[0]) if row else 0


def _unique(names: Sequence[str]) -> list[str]:
    """Column names DuckDB accepts: none empty, none repeated (ignoring case)."""
    taken: set[str] = set()
    out = []
    for position, name in enumerate(names, start=1):
        base = name or f"column{position}"
        candidate, count = base, 1
        while candidate.lower() in taken:
            count += 1
            candidate = f"{base}_{count}"
        taken.add(candidate.lower())
        out.append(candidate)
    return out


def require(head: Head, needed: Sequence[str], kind: str) -> None:
    """E301 unless every needed column (case-insensitive) is in the header."""
    have = {c.lower() for c in head.columns}
    missing = [c for c in needed if c.lower() not in have]
    if missing:
        raise RealpolitikError(
            Errors.E301,
            path=head.shown,
            columns=", ".join(missing),
            kind=kind,
            expected=", ".join(needed),
        )


def column_of(head: Head, *candidates: str) -> str | None:
    """The header's spelling of the first candidate present (case-insensitive)."""
    lowered = {c.lower(): c for c in head.columns}
    for candidate in candidates:
        if candidate.lower() in lowered:
            return lowered[candidate.lower()]
    return None


def column_sql(head: Head, *candidates: str) -> str:
    """The first candidate column as a quoted SQL identifier, or NULL when the file lacks it."""
    found = column_of(head, *candidates)
    return ident(found) if found is not None else "NULL"


def column_name(head: Head, name: str, kind: str = "this layout") -> str:
    """The header's spelling of a column the layout needs (E301 when it is missing)."""
    found = column_of(head, name)
    if found is None:
        raise RealpolitikError(
            Errors.E301, path=head.shown, columns=name, kind=kind, expected=", ".join(head.columns)
        )
    return found


def check_values(
    con: duckdb.DuckDBPyConnection, table: str, head: Head, column: str, bad: str, expected: str
) -> None:
    """E302 for the first row where the SQL condition ``bad`` ({v} = the cell) holds."""
    col = ident(column)
    row = con.execute(
        f"SELECT _line, {col} FROM {table} "  # noqa: S608
        f"WHERE {bad.format(v=col)} ORDER BY _line LIMIT 1"
    ).fetchone()
    if row:
        raise RealpolitikError(
            Errors.E302,
            path=head.shown,
            line=row[0],
            column=column,
            value=row[1],
            expected=expected,
        )


def check_numeric(
    con: duckdb.DuckDBPyConnection,
    table: str,
    head: Head,
    column: str,
    sql_type: str = "DOUBLE",
    required: bool = False,
) -> None:
    """Every non-empty cell of ``column`` casts to ``sql_type`` (and none is empty if required)."""
    expected = "an integer" if "INT" in sql_type else "a number"
    cast = f"try_cast(trim({{v}}) AS {sql_type}) IS NULL"
    if sql_type == "DOUBLE":  # '1e400' is a DOUBLE (infinity) but no quantity
        cast = "coalesce(isinf(try_cast(trim({v}) AS DOUBLE)), TRUE)"
    if required:
        bad = f"({{v}} IS NULL OR trim({{v}}) = '' OR {cast})"
    else:
        bad = f"({{v}} IS NOT NULL AND trim({{v}}) <> '' AND {cast})"
    check_values(con, table, head, column, bad, expected)


def check_whole(
    con: duckdb.DuckDBPyConnection,
    table: str,
    head: Head,
    column: str,
    sql_type: str = "INTEGER",
    required: bool = False,
) -> None:
    """Every cell is a whole number written any way ("1980", "1980.0") that fits ``sql_type``."""
    cast = f"try_cast(try_cast(trim({{v}}) AS DOUBLE) AS {sql_type}) IS NULL"
    if required:
        bad = f"({{v}} IS NULL OR trim({{v}}) = '' OR {cast})"
    else:
        bad = f"({{v}} IS NOT NULL AND trim({{v}}) <> '' AND {cast})"
    check_values(con, table, head, column, bad, "a whole number")


def map_countries(
    con: duckdb.DuckDBPyConnection,
    name: str,
    sql: str,
    resolve: Callable[[str], str | None],
) -> None:
    """TEMP table ``name(raw, iso3)`` for the distinct raw values ``sql`` yields.

    The registry resolves a few hundred distinct spellings in Python; the join that applies
    them to the rows runs in DuckDB.
    """
    values = [row[0] for row in con.execute(sql).fetchall() if row[0] is not None]
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (raw VARCHAR, iso3 VARCHAR)")
    pairs = [(value, resolve(value)) for value in values]
    if pairs:
        con.executemany(f"INSERT INTO {name} VALUES (?, ?)", pairs)  # noqa: S608


def map_cow_codes(con: duckdb.DuckDBPyConnection, sql: str) -> None:
    """TEMP ``_cowmap(ccode, year, iso3)`` for the distinct (COW code, year) pairs ``sql``
    yields: ISO3 with the state system's changes (365 is SUN in 1922-1991); a code the
    registry does not know stays visible as ``COW<n>``."""
    pairs = con.execute(sql).fetchall()
    con.execute("CREATE OR REPLACE TEMP TABLE _cowmap (ccode INTEGER, year INTEGER, iso3 VARCHAR)")
    rows = [(c, y, from_cow(c, y) or f"COW{c}") for c, y in set(pairs) if c is not None]
    if rows:
        con.executemany("INSERT INTO _cowmap VALUES (?, ?, ?)", rows)


def first_unmapped(
    con: duckdb.DuckDBPyConnection, table: str, column: str, mapping: str
) -> tuple[int, str] | None:
    """(line, value) of the first row whose country did not resolve."""
    col = ident(column)
    row = con.execute(
        f"SELECT s._line, s.{col} FROM {table} s LEFT JOIN {mapping} m ON m.raw = s.{col} "  # noqa: S608
        f"WHERE m.iso3 IS NULL ORDER BY s._line LIMIT 1"
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def record_load(
    con: duckdb.DuckDBPyConnection,
    kind: str,
    shown: Path,
    rows: int,
    years: tuple[int | None, int | None],
    citation: str,
) -> None:
    """One row per loaded file in ``dataset_loads``; a re-load replaces the older row."""
    source = source_name(shown)
    con.execute("DELETE FROM dataset_loads WHERE kind = ? AND source = ?", [kind, source])
    con.execute(
        "INSERT INTO dataset_loads (kind, path, rows, min_year, max_year, citation, source)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [kind, str(shown.resolve()), rows, years[0], years[1], citation, source],
    )


def replace_rows(
    con: duckdb.DuckDBPyConnection,
    shown: Path,
    *,
    table: str,
    columns: Sequence[str],
    select: str,
    kind: str,
    rows: int,
    years: str,
    citation: str,
    params: Sequence[object] = (),
) -> int:
    """Every loader's tail: the file's earlier rows out, the rows of ``select`` (which joins
    the country map) in, tagged with the file's name, and the load recorded; return ``rows``.

    ``select`` yields ``columns`` in order; ``years`` is SQL for (min, max) year of the load.
    """
    source = source_name(shown)
    con.execute(f"DELETE FROM {table} WHERE source = ?", [source])  # noqa: S608
    names = ", ".join([*columns, "source"])
    con.execute(
        f"INSERT INTO {table} ({names}) SELECT q.*, ? FROM ({select}) q",  # noqa: S608
        [source, *params],
    )
    record_load(con, kind, shown, rows, year_range(con, years), citation)
    return rows


def year_range(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[object] = ()
) -> tuple[int | None, int | None]:
    row = con.execute(sql, list(params)).fetchone()
    if not row:
        return (None, None)
    lo, hi = row[0], row[1]
    return (int(lo) if lo is not None else None, int(hi) if hi is not None else None)
