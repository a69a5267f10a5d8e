"""UN roll-call votes: UN Digital Library exports and the ``unvotes`` layout (Voeten et al.).

UN Digital Library data comes as two files (votes; resolutions) or as the Library's combined
voting CSV (one row per state per resolution with its metadata, see ``_undl``).

Votes are coded 'Y', 'N', 'A' or 'X' (present not voting / absent). ``rcid`` is
``undl:<undl_id>`` or ``unvotes:<rcid>``; body is 'GA' where the symbol starts with ``A/``.
In UN Digital Library data "CHINA" before 1971-10-25 is the Republic of China's seat: those
votes are stored as ``TWN``. The USSR seat is ``SUN`` up to 1991-12-24 in both layouts (unvotes
calls it Russia throughout); the view ``un_votes_successor`` counts it as ``RUS``.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

import duckdb

from realpolitik.actors.countries import from_iso2, to_iso3
from realpolitik.datasets import _undl
from realpolitik.datasets._io import (
    Head,
    check_numeric,
    check_values,
    check_whole,
    column_name,
    column_sql,
    find_header,
    first_line_cells,
    first_unmapped,
    map_countries,
    readable,
    record_load,
    source_name,
    stage,
    year_range,
)
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError

KIND = "unga-votes"
ROC_SEAT_UNTIL = "1971-10-25"
USSR_SEAT_UNTIL = "1991-12-24"

# role -> columns that identify it (lower case)
LAYOUTS: dict[str, tuple[str, ...]] = {
    "undl-votes": ("undl_id", "country_name", "vote"),
    "undl-resolutions": ("undl_id", "symbol", "date"),
    "unvotes-votes": ("rcid", "country", "vote"),
    "unvotes-roll-calls": ("rcid", "date", "unres"),
    "unvotes-issues": ("rcid", "short_name"),
}
_ORDER = [
    "undl-combined",
    "undl-resolutions",
    "unvotes-roll-calls",
    "unvotes-issues",
    "undl-votes",
    "unvotes-votes",
]

_UNDL_VOTES = {"Y": "Y", "N": "N", "A": "A", "NV": "X", "X": "X"}
_UNVOTES_VOTES = {
    "yes": "Y", "no": "N", "abstain": "A", "y": "Y", "n": "N", "a": "A",
    "absent": "X", "not voting": "X", "x": "X",
}  # fmt: skip


def layout_of(columns: Sequence[str]) -> str | None:
    if _undl.is_combined(columns):  # before undl-votes: it may share country_name and vote
        return _undl.ROLE
    have = {c.lower() for c in columns}
    for role, needed in LAYOUTS.items():
        if set(needed) <= have:
            return role
    return None


def load_unga(
    con: duckdb.DuckDBPyConnection,
    paths: Sequence[str | Path],
    *,
    encoding: str = "utf-8",
) -> int:
    """Load any mix of UNDL / unvotes files, roll calls before votes; return rows loaded."""
    heads: list[tuple[str, Head]] = []
    total = 0
    with ExitStack() as stack:
        for path in paths:
            real, shown = stack.enter_context(readable(path))
            head = find_header(real, shown, encoding, lambda cells: layout_of(cells) is not None)
            if head is None:
                _, cells = first_line_cells(real, shown, encoding)
                raise RealpolitikError(
                    Errors.E313,
                    path=shown,
                    kind=KIND,
                    found=", ".join(cells[:12]),
                    expected="; ".join(", ".join(c) for c in LAYOUTS.values())
                    + "; "
                    + _undl.expected(),
                )
            heads.append((layout_of(head.columns) or "", head))
        heads.sort(key=lambda item: _ORDER.index(item[0]))
        for role, head in heads:
            total += _LOADERS[role](con, head)
    # The ROC seat: runs after every load, whichever order votes and resolutions came in.
    con.execute(
        "UPDATE un_votes SET iso3 = 'TWN' WHERE iso3 = 'CHN' AND rcid IN (SELECT rcid FROM"
        " un_roll_calls WHERE origin = 'undl' AND date < DATE '" + ROC_SEAT_UNTIL + "')"
    )
    # The USSR seat: unvotes calls it "Russia" throughout; the registry's code is SUN to 1991.
    con.execute(
        "UPDATE un_votes SET iso3 = 'SUN' WHERE iso3 = 'RUS' AND rcid IN (SELECT rcid FROM"
        " un_roll_calls WHERE date < DATE '" + USSR_SEAT_UNTIL + "')"
    )
    return total


def _no_repeated_roll_calls(con: duckdb.DuckDBPyConnection, head: Head, rcid: str) -> None:
    """E312 for a roll call listed twice (the store keeps one row per roll call)."""
    row = con.execute(
        f"SELECT min(_line), max(_line) FROM _stage GROUP BY CAST(CAST(trim({rcid}) AS DOUBLE)"  # noqa: S608
        " AS BIGINT) HAVING count(*) > 1 ORDER BY 2 LIMIT 1"
    ).fetchone()
    if row:
        reason = f"roll call listed again (first on line {row[0]})"
        raise RealpolitikError(Errors.E312, path=head.shown, line=row[1], reason=reason)


def _load_undl_resolutions(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    rows = stage(con, "_stage", head)
    check_numeric(con, "_stage", head, column_name(head, "undl_id", KIND), "BIGINT", required=True)
    source = source_name(head.shown)
    uid, symbol, date = (
        column_sql(head, "undl_id"),
        column_sql(head, "symbol"),
        column_sql(head, "date"),
    )
    recorded = column_sql(head, "recorded")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _rc AS SELECT 'undl:' || CAST(CAST(trim("  # noqa: S608
        f"{uid}) AS BIGINT) AS VARCHAR) AS rcid, trim({symbol}) AS symbol,"
        f" try_cast({date} AS DATE) AS date, {column_sql(head, 'title')} AS title,"
        f" {column_sql(head, 'agenda')} AS agenda, {column_sql(head, 'meeting')} AS meeting,"
        f" CASE WHEN {recorded} IS NULL THEN NULL ELSE lower(trim({recorded}))"
        " IN ('true', '1', 'yes', 'y') END AS recorded FROM _stage"
    )
    _no_repeated_roll_calls(con, head, uid)
    con.execute(
        "DELETE FROM un_roll_calls WHERE source = ? OR rcid IN (SELECT rcid FROM _rc)", [source]
    )
    con.execute(
        "INSERT INTO un_roll_calls (rcid, body, symbol, date, year, session, title, description,"
        " issue, important, origin, recorded, source) SELECT rcid,"
        " CASE WHEN symbol LIKE 'A/%' THEN 'GA' ELSE 'SC' END, symbol, date, year(date),"
        " try_cast(regexp_extract(symbol, '^A/RES/(\\d+)/', 1) AS INTEGER), title,"
        " agenda, NULL, NULL, 'undl', recorded, ? FROM _rc",
        [source],
    )
    years = year_range(con, "SELECT min(year(date)), max(year(date)) FROM _rc")
    record_load(con, KIND, head.shown, rows, years, CITATIONS["undl"])
    return rows


def _vote_check(
    con: duckdb.DuckDBPyConnection, head: Head, table: dict[str, str], fold: bool
) -> None:
    column = column_name(head, "vote", KIND)
    allowed = ", ".join("'" + k.replace("'", "''") + "'" for k in table)
    cell = "lower(trim({v}))" if fold else "upper(trim({v}))"
    check_values(
        con,
        "_stage",
        head,
        column,
        f"({{v}} IS NULL OR {cell} NOT IN ({allowed}))",
        " / ".join(sorted({k for k in table if k == k.upper()} or set(table))),
    )


def _resolve_undl(con: duckdb.DuckDBPyConnection, head: Head) -> None:
    """Map (country_name, iso3) pairs: the registry reads the name; the ISO3 column backs it up."""
    name_col, iso_col = column_sql(head, "country_name"), column_sql(head, "iso3")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _names AS SELECT DISTINCT "  # noqa: S608
        f"{name_col} || chr(31) || coalesce({iso_col}, '') AS raw FROM _stage"
    )

    def resolve(key: str) -> str | None:
        name, _, code = key.partition("\x1f")
        return to_iso3(name) or (to_iso3(code) if len(code) == 3 else None)

    map_countries(con, "_cmap", "SELECT raw FROM _names", resolve)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _stage2 AS SELECT s.*, "  # noqa: S608
        f"s.{name_col} || chr(31) || coalesce(s.{iso_col}, '') AS _key FROM _stage s"
    )


def _load_undl_votes(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    rows = stage(con, "_stage", head)
    check_numeric(con, "_stage", head, column_name(head, "undl_id", KIND), "BIGINT", required=True)
    _vote_check(con, head, _UNDL_VOTES, fold=False)
    _resolve_undl(con, head)
    bad = first_unmapped(con, "_stage2", "_key", "_cmap")
    if bad:
        raise RealpolitikError(
            Errors.E311, path=head.shown, line=bad[0], name=bad[1].split("\x1f")[0],
            column=column_name(head, "country_name", KIND),
        )  # fmt: skip
    vmap = _values_table(con, "_vmap", _UNDL_VOTES)
    uid, vote = column_sql(head, "undl_id"), column_sql(head, "vote")
    _insert_votes(
        con,
        head,
        "SELECT 'undl:' || CAST(CAST(trim(s." + uid + ") AS BIGINT) AS VARCHAR) AS rcid,"  # noqa: S608
        " m.iso3 AS iso3, v.code AS vote FROM _stage2 s JOIN _cmap m ON m.raw = s._key"
        f" JOIN {vmap} v ON v.raw = upper(trim(s.{vote}))",
    )
    return rows


def _values_table(con: duckdb.DuckDBPyConnection, name: str, table: dict[str, str]) -> str:
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (raw VARCHAR, code VARCHAR)")
    con.executemany(f"INSERT INTO {name} VALUES (?, ?)", list(table.items()))  # noqa: S608
    return name


def _insert_votes(con: duckdb.DuckDBPyConnection, head: Head, select: str) -> None:
    con.execute(f"CREATE OR REPLACE TEMP TABLE _votes AS {select}")
    _undl.replace_votes(con, source_name(head.shown))
    years = year_range(
        con,
        "SELECT min(r.year), max(r.year) FROM un_roll_calls r"
        " WHERE r.rcid IN (SELECT DISTINCT rcid FROM _votes)",
    )
    row = con.execute("SELECT count(*) FROM _votes").fetchone()
    citation = (
        CITATIONS["undl"]
        if head.columns and "undl_id" in {c.lower() for c in head.columns}
        else CITATIONS["unvotes"]
    )
    record_load(con, KIND, head.shown, int(row[0]) if row else 0, years, citation)


def _load_unvotes_votes(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    rows = stage(con, "_stage", head)
    check_whole(con, "_stage", head, column_name(head, "rcid", KIND), "BIGINT", required=True)
    _vote_check(con, head, _UNVOTES_VOTES, fold=True)
    name_col, code_col = column_sql(head, "country"), column_sql(head, "country_code")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _stage2 AS SELECT s.*, "  # noqa: S608
        f"coalesce(s.{code_col}, '') || chr(31) || s.{name_col} AS _key FROM _stage s"
    )

    def resolve(key: str) -> str | None:
        code, _, name = key.partition("\x1f")
        return to_iso3(name) or (from_iso2(code) if code else None)

    map_countries(con, "_cmap", "SELECT DISTINCT _key FROM _stage2", resolve)
    bad = first_unmapped(con, "_stage2", "_key", "_cmap")
    if bad:
        raise RealpolitikError(
            Errors.E311, path=head.shown, line=bad[0], name=bad[1].split("\x1f")[1],
            column=column_name(head, "country", KIND),
        )  # fmt: skip
    vmap = _values_table(con, "_vmap", _UNVOTES_VOTES)
    rcid, vote = column_sql(head, "rcid"), column_sql(head, "vote")
    _insert_votes(
        con,
        head,
        "SELECT 'unvotes:' || CAST(CAST(CAST(trim(s." + rcid + ") AS DOUBLE) AS BIGINT)"  # noqa: S608
        " AS VARCHAR) AS rcid, m.iso3 AS iso3, v.code AS vote FROM _stage2 s"
        f" JOIN _cmap m ON m.raw = s._key JOIN {vmap} v ON v.raw = lower(trim(s.{vote}))",
    )
    return rows


def _load_unvotes_roll_calls(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    rows = stage(con, "_stage", head)
    check_whole(con, "_stage", head, column_name(head, "rcid", KIND), "BIGINT", required=True)
    check_values(
        con, "_stage", head, column_name(head, "date", KIND),
        "({v} IS NOT NULL AND trim({v}) <> '' AND try_cast(trim({v}) AS DATE) IS NULL)",
        "a date YYYY-MM-DD",
    )  # fmt: skip
    source = source_name(head.shown)
    rcid, date = column_sql(head, "rcid"), column_sql(head, "date")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _rc AS SELECT 'unvotes:' || CAST(CAST(CAST(trim("  # noqa: S608
        f"{rcid}) AS DOUBLE) AS BIGINT) AS VARCHAR) AS rcid, try_cast(trim({date}) AS DATE)"
        f" AS date, trim({column_sql(head, 'unres')}) AS symbol,"
        f" try_cast(try_cast({column_sql(head, 'session')} AS DOUBLE) AS INTEGER) AS session,"
        f" {column_sql(head, 'short')} AS title, {column_sql(head, 'descr')} AS description,"
        f" try_cast({column_sql(head, 'importantvote')} AS DOUBLE) = 1 AS important FROM _stage"
    )
    _no_repeated_roll_calls(con, head, rcid)
    con.execute(
        "DELETE FROM un_roll_calls WHERE source = ? OR rcid IN (SELECT rcid FROM _rc)", [source]
    )
    con.execute(
        "INSERT INTO un_roll_calls (rcid, body, symbol, date, year, session, title, description,"
        " issue, important, origin, recorded, source) SELECT rcid, 'GA', symbol, date,"
        " year(date), session, title, description, NULL, important, 'unvotes', TRUE, ?"
        " FROM _rc",
        [source],
    )
    years = year_range(con, "SELECT min(year(date)), max(year(date)) FROM _rc")
    record_load(con, KIND, head.shown, rows, years, CITATIONS["unvotes"])
    return rows


def _load_unvotes_issues(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    rows = stage(con, "_stage", head)
    check_whole(con, "_stage", head, column_name(head, "rcid", KIND), "BIGINT", required=True)
    rcid, short = column_sql(head, "rcid"), column_sql(head, "short_name")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _iss AS SELECT 'unvotes:' || CAST(CAST(CAST(trim("  # noqa: S608
        f"{rcid}) AS DOUBLE) AS BIGINT) AS VARCHAR) AS rcid,"
        f" string_agg(DISTINCT trim({short}), ',' ORDER BY trim({short})) AS issue"
        " FROM _stage GROUP BY 1"
    )
    con.execute(
        "UPDATE un_roll_calls SET issue = _iss.issue FROM _iss WHERE un_roll_calls.rcid = _iss.rcid"
    )
    years = year_range(
        con, "SELECT min(year), max(year) FROM un_roll_calls WHERE rcid IN (SELECT rcid FROM _iss)"
    )
    record_load(con, KIND, head.shown, rows, years, CITATIONS["unvotes"])
    return rows


_LOADERS = {
    _undl.ROLE: _undl.load_combined,
    "undl-votes": _load_undl_votes,
    "undl-resolutions": _load_undl_resolutions,
    "unvotes-votes": _load_unvotes_votes,
    "unvotes-roll-calls": _load_unvotes_roll_calls,
    "unvotes-issues": _load_unvotes_issues,
}
