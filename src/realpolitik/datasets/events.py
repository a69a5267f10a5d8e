"""GDELT and ICEWS event files → the core ``events`` table, beside the project's own events.

GDELT 2.0 exports have no header and 61 tab-separated columns (58 for GDELT 1.0 daily files);
GDELT 1.0 "reduced" files have a header (Date, Source, Target, CAMEOCode, NumEvents, ...)
and one row per dyad, day and code with a count, which becomes that many event rows. ICEWS
files are tab-separated with a header (Event ID, Event Date, Source Country, CAMEO Code,
Intensity, ...). Rows are marked ``origin`` 'gdelt' or 'icews'; re-loading replaces rows with
the same ``external_id``.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from realpolitik.actors.countries import all_countries, to_iso3
from realpolitik.datasets._decode import file_encoding
from realpolitik.datasets._gdelt_stream import load_full
from realpolitik.datasets._io import (
    Head,
    check_numeric,
    check_values,
    column_name,
    column_of,
    column_sql,
    find_header,
    first_line_cells,
    ident,
    map_countries,
    readable,
    record_load,
    source_name,
    sql_str,
    stage,
    year_range,
)
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError
from realpolitik.models import READ_SPELLINGS

GDELT2_COLUMNS = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]
# GDELT 1.0 daily files: no ADM2 codes (3 fewer columns).
GDELT1_COLUMNS = tuple(c for c in GDELT2_COLUMNS if not c.endswith("ADM2Code"))
REDUCED = ("date", "source", "target", "cameocode", "quadclass", "goldstein")
ICEWS = ("event id", "event date", "source country", "cameo code", "target country")

_INSERT = (
    "INSERT INTO events (origin, external_id, date, date_precision, source_code, source_country,"
    " source_name, target_code, target_country, target_name, cameo, goldstein, quad_class,"
    " num_mentions, source_url) "
)


def load_gdelt(con: duckdb.DuckDBPyConnection, path: str | Path, *, encoding: str = "utf-8") -> int:
    with readable(path) as (real, shown):
        head = find_header(real, shown, encoding, _is_reduced)
        if head is not None:
            return _reduced(con, head)
        delimiter, cells = first_line_cells(real, shown, encoding)
        names = {len(GDELT2_COLUMNS): GDELT2_COLUMNS, len(GDELT1_COLUMNS): GDELT1_COLUMNS}
        if delimiter != "\t" or len(cells) not in names:
            raise RealpolitikError(
                Errors.E313,
                path=shown,
                kind="gdelt",
                found=f"{len(cells)} {'tab-separated' if delimiter == chr(9) else ''} columns",
                expected="61 tab-separated columns (GDELT 2.0), 58 (GDELT 1.0) or a reduced"
                " file with " + ", ".join(REDUCED),
            )
        head = Head(real, shown, "\t", 0, tuple(names[len(cells)]), file_encoding(real, encoding))
        return _gdelt_full(con, head)


def _require_cells(con: duckdb.DuckDBPyConnection, head: Head, columns: list[str]) -> None:
    """E374 for the first row missing one of ``columns`` (a short row is padded with NULLs)."""
    found = None
    for column in columns:
        col = ident(column)
        row = con.execute(
            f"SELECT min(_line) FROM _stage WHERE {col} IS NULL OR trim({col}) = ''"  # noqa: S608
        ).fetchone()
        if row and row[0] is not None and (found is None or row[0] < found[0]):
            found = (int(row[0]), column)
    if found:
        raise RealpolitikError(
            Errors.E374, path=head.shown, line=found[0], column=found[1], needed=", ".join(columns)
        )


def _is_reduced(cells: tuple[str, ...]) -> bool:
    return set(REDUCED) <= {c.lower() for c in cells}


def _country(code_col: str) -> str:
    """CAMEO country codes are ISO3 for states; regions (AFR, EUR) and blanks become NULL."""
    return f"(SELECT i.iso3 FROM _iso i WHERE i.code = left(trim({code_col}), 3))"


def _state_codes(con: duckdb.DuckDBPyConnection) -> None:
    """TEMP ``_iso(code, iso3)``: every state's ISO3 code and CAMEO's own spellings (KSV; older ROM)."""
    con.execute("CREATE OR REPLACE TEMP TABLE _iso (code VARCHAR, iso3 VARCHAR)")
    pairs = [(c.iso3, c.iso3) for c in all_countries()] + list(READ_SPELLINGS.items())
    con.executemany("INSERT INTO _iso VALUES (?, ?)", pairs)


def _gdelt_full(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    return load_full(con, head, "gdelt")


def _reduced(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    # Rows end after the last non-empty geo field: fewer cells than the header.
    rows = stage(con, "_stage", head, ragged=True)

    def col(name: str) -> str:
        return column_sql(head, name)

    date = column_name(head, "date", "gdelt")
    _require_cells(con, head, [c for c in head.columns if c.lower() in REDUCED])
    check_values(
        con, "_stage", head, date, "try_strptime({v}, '%Y%m%d') IS NULL", "a date YYYYMMDD"
    )
    check_numeric(con, "_stage", head, column_name(head, "goldstein", "gdelt"))
    has_count = column_of(head, "numevents") is not None
    count = (
        f"greatest(coalesce(try_cast({col('NumEvents')} AS INTEGER), 1), 1)" if has_count else "1"
    )
    arts = f"try_cast({col('NumArts')} AS INTEGER)" if column_of(head, "numarts") else "NULL"
    _state_codes(con)
    prefix = sql_str("gdelt1:" + source_name(head.shown) + ":")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _ev AS SELECT "  # noqa: S608
        f"{prefix} || _line || ':' || k AS external_id,"
        f" CAST(strptime({col('Date')}, '%Y%m%d') AS DATE) AS date,"
        f" nullif(trim({col('Source')}), '') AS source_code,"
        f" {_country(col('Source'))} AS source_country, NULL AS source_name,"
        f" nullif(trim({col('Target')}), '') AS target_code,"
        f" {_country(col('Target'))} AS target_country, NULL AS target_name,"
        f" trim({col('CAMEOCode')}) AS cameo, try_cast({col('Goldstein')} AS DOUBLE) AS goldstein,"
        f" try_cast({col('QuadClass')} AS TINYINT) AS quad_class, {arts} AS num_mentions,"
        f" NULL AS source_url FROM _stage, range({count}) AS r(k)"
    )
    return _store(con, head, "gdelt", rows)


def load_icews(con: duckdb.DuckDBPyConnection, path: str | Path, *, encoding: str = "utf-8") -> int:
    with readable(path) as (real, shown):
        head = find_header(
            real, shown, encoding, lambda cells: set(ICEWS) <= {c.lower() for c in cells}
        )
        if head is None:
            _, cells = first_line_cells(real, shown, encoding)
            have = {c.lower() for c in cells}
            raise RealpolitikError(
                Errors.E301,
                path=shown,
                columns=", ".join(c for c in ICEWS if c not in have),
                kind="icews",
                expected=", ".join(ICEWS),
            )
        rows = stage(con, "_stage", head)

        def col(name: str) -> str:
            return column_sql(head, name)

        def has(name: str) -> bool:
            return column_of(head, name) is not None

        date = column_name(head, "event date", "icews")
        check_values(
            con, "_stage", head, date,
            "try_cast(trim({v}) AS DATE) IS NULL", "a date YYYY-MM-DD",
        )  # fmt: skip
        if has("intensity"):
            check_numeric(con, "_stage", head, column_name(head, "intensity", "icews"))
        map_countries(
            con,
            "_cmap",
            f"SELECT DISTINCT trim({col('source country')}) FROM _stage UNION "  # noqa: S608
            f"SELECT DISTINCT trim({col('target country')}) FROM _stage",
            lambda name: to_iso3(name),
        )
        cameo = f"lpad(trim({col('cameo code')}), 3, '0')"
        root = f"try_cast(left({cameo}, 2) AS INTEGER)"
        quad = (
            f"CASE WHEN {root} BETWEEN 1 AND 5 THEN 1 WHEN {root} BETWEEN 6 AND 8 THEN 2"
            f" WHEN {root} BETWEEN 9 AND 13 THEN 3 WHEN {root} BETWEEN 14 AND 20 THEN 4 END"
        )
        intensity = f"try_cast({col('intensity')} AS DOUBLE)" if has("intensity") else "NULL"
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _ev AS SELECT "  # noqa: S608
            f"'icews:' || trim({col('event id')}) AS external_id,"
            f" CAST(trim({col('event date')}) AS DATE) AS date, sc.iso3 AS source_code,"
            f" sc.iso3 AS source_country, nullif(trim({col('source name')}), '')::VARCHAR AS source_name,"
            " tc.iso3 AS target_code, tc.iso3 AS target_country,"
            f" nullif(trim({col('target name')}), '')::VARCHAR AS target_name, {cameo} AS cameo,"
            f" {intensity} AS goldstein, CAST({quad} AS TINYINT) AS quad_class,"
            " NULL AS num_mentions, NULL AS source_url FROM _stage s"
            f" LEFT JOIN _cmap sc ON sc.raw = trim(s.{col('source country')})"
            f" LEFT JOIN _cmap tc ON tc.raw = trim(s.{col('target country')})"
        )
        return _store(con, head, "icews", rows)


def _store(con: duckdb.DuckDBPyConnection, head: Head, origin: str, rows: int) -> int:
    con.execute(
        "DELETE FROM events WHERE origin = ? AND external_id IN (SELECT external_id FROM _ev)",
        [origin],
    )
    con.execute(
        _INSERT + f"SELECT {sql_str(origin)}, external_id, date, 'day', source_code,"  # noqa: S608
        " source_country, source_name, target_code, target_country, target_name, cameo,"
        " goldstein, quad_class, num_mentions, source_url FROM _ev"
    )
    years = year_range(con, "SELECT min(year(date)), max(year(date)) FROM _ev")
    record_load(con, origin, head.shown, rows, years, CITATIONS[origin])
    return rows
