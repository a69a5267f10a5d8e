"""GDELT event exports (61 or 58 columns) streamed into ``events`` by one statement.

A GDELT 2.0 day is a few hundred thousand rows and a year of them is a hundred million; staging
every column as text first took 6.7 GB for 5 million rows. Here DuckDB reads the file once,
keeps the 15 columns the events table needs, checks the values it converts on the way and
appends the rows, so memory stays flat whatever the file's size. Checks that fail stop the
statement (the load's transaction then rolls back); only then is the file read a second time,
streamed with row numbers, to name the first bad line exactly as before: a bad row costs a
second pass, a good file never does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from typing import Any

import duckdb

from realpolitik.actors.countries import all_countries
from realpolitik.datasets._decode import max_expanded, utf8_copy
from realpolitik.datasets._io import (
    Head,
    _is_gzip,
    _unique,
    ident,
    record_load,
    sql_str,
    year_range,
)
from realpolitik.datasets._reader_errors import _duck_encoding, translate
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError
from realpolitik.models import READ_SPELLINGS

GUARD = "realpolitik: a GDELT value failed its check"
MEMORY_LIMIT = "1GB"  # DuckDB's buffers during the append (the process peaks near 1.1 GB)
REQUIRED = ("SQLDATE", "EventCode")  # E374 when missing or empty

# (column, SQL true for a bad cell {v}, what the cell should be), reported in this order.
CHECKS = (
    ("GLOBALEVENTID", "({v} IS NULL OR try_cast(trim({v}) AS BIGINT) IS NULL)", "an integer"),
    ("SQLDATE", "try_strptime({v}, '%Y%m%d') IS NULL", "a date YYYYMMDD"),
    (
        "GoldsteinScale",
        "coalesce(trim({v}) <> '' AND try_cast(trim({v}) AS DOUBLE) IS NULL, false)",
        "a number",
    ),
    (
        "QuadClass",
        "coalesce(trim({v}) <> '' AND try_cast(trim({v}) AS TINYINT) IS NULL, false)",
        "an integer",
    ),
)

_INSERT = (
    "INSERT INTO events (origin, external_id, date, date_precision, source_code, source_country,"
    " source_name, target_code, target_country, target_name, cameo, goldstein, quad_class,"
    " num_mentions, source_url) "
)


def csv_source(head: Head) -> str:
    """``read_csv(...)`` of a headerless tab-separated file, every column VARCHAR and named."""
    names = _unique(head.columns)
    options = [
        "delim='\\t'",
        "quote=''",
        "escape=''",
        "header=false",
        "auto_detect=false",
        "null_padding=false",
        f"encoding={sql_str(_duck_encoding(head.encoding))}",
        "columns={" + ", ".join(f"{sql_str(n)}: 'VARCHAR'" for n in names) + "}",
    ]
    if head.path.suffix == ".gz" or _is_gzip(head.path):
        options.append("compression='gzip'")
    return f"read_csv({sql_str(head.path)}, {', '.join(options)})"


def _bad(column: str, condition: str) -> str:
    return condition.format(v=ident(column))


def _any_bad() -> str:
    missing = [f"({ident(c)} IS NULL OR trim({ident(c)}) = '')" for c in REQUIRED]
    return " OR ".join([*missing, *(_bad(c, cond) for c, cond, _ in CHECKS)])


def _state(column: str) -> str:
    """CAMEO country codes are ISO3 for states; regions (AFR, EUR) and blanks become NULL.

    A list of constants, not a join: DuckDB may build a join's hash table from the file's
    side, which holds every row in memory."""
    codes = ", ".join(sql_str(c.iso3) for c in all_countries())
    code = f"left(trim({ident(column)}), 3)"
    spelled = " ".join(  # CAMEO's own spellings (KSV, TMP; older ROM, ZAR) of ISO3 states
        f"WHEN {code} = {sql_str(cameo)} THEN {sql_str(iso3)}"
        for cameo, iso3 in READ_SPELLINGS.items()
    )
    return f"CASE WHEN {code} IN ({codes}) THEN {code} {spelled} END"


def _scalar(con: duckdb.DuckDBPyConnection, sql: str, *params: object) -> Any:
    row = con.execute(sql, list(params)).fetchone()
    return row[0] if row else None


@contextmanager
def _settings(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """For one big append: rows need not keep the file's order (event ids carry none), so
    DuckDB appends in parallel, and its buffers stay within MEMORY_LIMIT (it spills to disk),
    which bounds the load's memory whatever the file's size. Restored afterwards."""
    names = ("preserve_insertion_order", "memory_limit")
    before = {n: _scalar(con, f"SELECT current_setting('{n}')") for n in names}
    con.execute("SET preserve_insertion_order = false")
    con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
    try:
        yield
    finally:  # on a cursor of its own: the settings are global, the load's transaction may
        # have failed, and nothing here may hide the error that ended the append
        with suppress(duckdb.Error), con.cursor() as cursor:
            cursor.execute(f"SET preserve_insertion_order = {str(before[names[0]]).lower()}")
            cursor.execute("RESET memory_limit")  # the default exactly, else as shown before
            if _scalar(cursor, "SELECT current_setting('memory_limit')") != before[names[1]]:
                cursor.execute(f"SET memory_limit = {sql_str(str(before[names[1]]))}")


def load_full(con: duckdb.DuckDBPyConnection, head: Head, origin: str = "gdelt") -> int:
    """Append the file's events (replacing stored rows of the same GLOBALEVENTID); return rows.
    A file not in UTF-8 is read from a UTF-8 copy (``_decode``), its bad bytes named by line."""
    with utf8_copy(head.path, head.shown, head.encoding, max_expanded()) as real:
        if real != head.path:
            head = replace(head, path=real, encoding="utf-8")
        return _load_full(con, head, origin)


def _load_full(con: duckdb.DuckDBPyConnection, head: Head, origin: str) -> int:
    before = int(_scalar(con, "SELECT coalesce(max(event_id), 0) FROM events"))
    replacing = bool(_scalar(con, "SELECT EXISTS (SELECT 1 FROM events WHERE origin = ?)", origin))
    prefix = sql_str(origin + ":")
    select = (
        f"SELECT {sql_str(origin)}, {prefix} || trim(GLOBALEVENTID),"
        " CAST(strptime(SQLDATE, '%Y%m%d') AS DATE), 'day',"
        f" nullif(trim(Actor1Code), ''), {_state('Actor1CountryCode')},"
        " nullif(trim(Actor1Name), ''),"
        f" nullif(trim(Actor2Code), ''), {_state('Actor2CountryCode')},"
        " nullif(trim(Actor2Name), ''),"
        " trim(EventCode), try_cast(trim(GoldsteinScale) AS DOUBLE),"
        " try_cast(trim(QuadClass) AS TINYINT), try_cast(trim(NumMentions) AS INTEGER),"
        f" nullif(trim(SOURCEURL), '') FROM {csv_source(head)} s"
        f" WHERE CASE WHEN {_any_bad()} THEN error({sql_str(GUARD)}) ELSE true END"
    )
    try:
        with _settings(con):
            found = con.execute(_INSERT + select).fetchone()  # noqa: S608 - fixed fragments
    except (duckdb.ParserException, duckdb.BinderException, duckdb.CatalogException):
        raise
    except duckdb.Error as exc:
        if GUARD in str(exc):
            raise first_bad_row(con, head) from None
        raise translate(exc, head) from exc
    rows = int(found[0]) if found else 0
    if replacing:  # a re-loaded file replaces its events: drop the older rows of the same ids
        con.execute(
            "DELETE FROM events WHERE origin = ? AND event_id <= ? AND external_id IN"
            " (SELECT external_id FROM events WHERE event_id > ? AND origin = ?)",
            [origin, before, before, origin],
        )
    years = year_range(
        con, "SELECT min(year(date)), max(year(date)) FROM events WHERE event_id > ?", [before]
    )
    record_load(con, origin, head.shown, rows, years, CITATIONS[origin])
    return rows


def first_bad_row(con: duckdb.DuckDBPyConnection, head: Head) -> RealpolitikError:
    """The coded error for the file's first bad value, by check (E374, then CHECKS in order).

    Runs on a cursor of its own (the load's transaction has failed), streaming the file with
    row numbers: nothing is kept but one minimum per check.
    """
    parts = [
        f"min(_line) FILTER (WHERE {ident(c)} IS NULL OR trim({ident(c)}) = '')" for c in REQUIRED
    ]
    for column, condition, _ in CHECKS:
        bad = _bad(column, condition)
        parts.append(f"min(_line) FILTER (WHERE {bad})")
        parts.append(f"arg_min({ident(column)}, _line) FILTER (WHERE {bad})")
    names = ", ".join(ident(c) for c in dict.fromkeys([*REQUIRED, *(c for c, _, _ in CHECKS)]))
    sql = (
        f"SELECT {', '.join(parts)} FROM (SELECT row_number() OVER () AS _line, {names}"  # noqa: S608
        f" FROM {csv_source(head)})"
    )
    cursor = con.cursor()
    try:
        found = cursor.execute(sql).fetchone()
    finally:
        cursor.close()
    assert found is not None
    missing = [(line, c) for line, c in zip(found[: len(REQUIRED)], REQUIRED, strict=True) if line]
    if missing:
        line, column = min(missing)
        return RealpolitikError(
            Errors.E374, path=head.shown, line=line, column=column, needed=", ".join(REQUIRED)
        )
    rest = found[len(REQUIRED) :]
    for i, (column, _, expected) in enumerate(CHECKS):
        line, value = rest[2 * i], rest[2 * i + 1]
        if line is not None:
            return RealpolitikError(
                Errors.E302, path=head.shown, line=line, column=column, value=value,
                expected=expected,
            )  # fmt: skip
    return RealpolitikError(Errors.E312, path=head.shown, line="?", reason="a value failed a check")
