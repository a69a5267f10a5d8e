"""ATOP alliances: directed dyad-years, member level and alliance level (COW codes → ISO3).

COW codes become ISO3 with the year (365 is ``SUN`` in 1922–1991, 260 is ``DEU``, 817 ``RVN``),
so alliance ties line up with the other layers. A year of exit of 0 means "still in effect".
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from realpolitik.datasets._io import (
    Head,
    check_whole,
    column_of,
    column_sql,
    find_header,
    first_line_cells,
    ident,
    map_cow_codes,
    readable,
    replace_rows,
    stage,
)
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError

KIND = "atop"
LAYOUTS: dict[str, tuple[str, ...]] = {
    "dyad-year": ("ccode1", "ccode2", "year"),
    "member": ("atopid", "member", "yrent"),
    "alliance": ("atopid", "begyr", "mem1"),
}
_OBLIGATIONS = {
    "defense": ("atop_defense", "defense"),
    "offense": ("atop_offense", "offense"),
    "neutrality": ("atop_neutral", "neutral", "atop_neutrality"),
    "nonaggression": ("atop_nonagg", "nonagg"),
    "consultation": ("atop_consul", "consul"),
}


def layout_of(columns: tuple[str, ...]) -> str | None:
    have = {c.lower() for c in columns}
    for role, needed in LAYOUTS.items():
        if set(needed) <= have:
            # ccode1, ccode2, year alone is any COW dyad-year file: ATOP's has obligations.
            if role == "dyad-year" and not have & {n for ns in _OBLIGATIONS.values() for n in ns}:
                continue
            return role
    return None


def load_atop(con: duckdb.DuckDBPyConnection, path: str | Path, *, encoding: str = "utf-8") -> int:
    with readable(path) as (real, shown):
        head = find_header(real, shown, encoding, lambda cells: layout_of(cells) is not None)
        if head is None:
            _, cells = first_line_cells(real, shown, encoding)
            raise RealpolitikError(
                Errors.E313,
                path=shown,
                kind=KIND,
                found=", ".join(cells[:12]),
                expected="; ".join(", ".join(c) for c in LAYOUTS.values()),
            )
        role = layout_of(head.columns)
        if role == "dyad-year":
            return _dyad_years(con, head)
        if role == "member":
            return _members(con, head)
        return _alliances(con, head)


def _flag(head: Head, key: str) -> str:
    col = column_sql(head, *_OBLIGATIONS[key])
    return f"CAST(try_cast(try_cast({col} AS DOUBLE) AS INTEGER) > 0 AS TINYINT)"


def _check_ints(con: duckdb.DuckDBPyConnection, head: Head, *names: str) -> None:
    for name in names:
        column = column_of(head, name)
        if column is not None:
            check_whole(con, "_stage", head, column, required=True)


def _dyad_years(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    rows = stage(con, "_stage", head)
    _check_ints(con, head, "ccode1", "ccode2", "year")
    c1, c2, yr = column_sql(head, "ccode1"), column_sql(head, "ccode2"), column_sql(head, "year")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _atop_dyads AS SELECT "  # noqa: S608
        f"CAST(CAST({c1} AS DOUBLE) AS INTEGER) AS a, CAST(CAST({c2} AS DOUBLE) AS INTEGER) AS b,"
        f" CAST(CAST({yr} AS DOUBLE) AS INTEGER) AS year, {_flag(head, 'defense')} AS defense,"
        f" {_flag(head, 'offense')} AS offense, {_flag(head, 'neutrality')} AS neutrality,"
        f" {_flag(head, 'nonaggression')} AS nonaggression,"
        f" {_flag(head, 'consultation')} AS consultation FROM _stage"
    )
    map_cow_codes(
        con,
        "SELECT DISTINCT a, year FROM _atop_dyads UNION SELECT DISTINCT b, year FROM _atop_dyads",
    )
    return replace_rows(
        con, head.shown, table="alliance_dyad_years",
        columns=("state_a", "state_b", "year", "defense", "offense", "neutrality",
                 "nonaggression", "consultation", "bilateral", "atopids"),
        select="SELECT ma.iso3, mb.iso3, d.year, defense, offense, neutrality, nonaggression,"
        " consultation, NULL, NULL FROM _atop_dyads d JOIN _cowmap ma ON ma.ccode = d.a AND ma.year = d.year"
        " JOIN _cowmap mb ON mb.ccode = d.b AND mb.year = d.year",
        kind=KIND, rows=rows, years="SELECT min(year), max(year) FROM _atop_dyads",
        citation=CITATIONS["atop"],
    )  # fmt: skip


def _members(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    rows = stage(con, "_stage", head)
    _check_ints(con, head, "atopid", "member", "yrent")
    yrexit = column_sql(head, "yrexit")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _atop_members AS SELECT "  # noqa: S608
        f"CAST(CAST({column_sql(head, 'atopid')} AS DOUBLE) AS INTEGER) AS atopid,"
        f" CAST(CAST({column_sql(head, 'member')} AS DOUBLE) AS INTEGER) AS member,"
        f" CAST(CAST({column_sql(head, 'yrent')} AS DOUBLE) AS INTEGER) AS year_start,"
        f" nullif(try_cast(try_cast({yrexit} AS DOUBLE) AS INTEGER), 0) AS year_end,"
        f" {_flag(head, 'defense')} AS defense, {_flag(head, 'offense')} AS offense,"
        f" {_flag(head, 'neutrality')} AS neutrality,"
        f" {_flag(head, 'nonaggression')} AS nonaggression,"
        f" {_flag(head, 'consultation')} AS consultation,"
        f" try_cast(try_cast({column_sql(head, 'bilat')} AS DOUBLE) AS INTEGER) = 1 AS bilateral"
        " FROM _stage"
    )
    map_cow_codes(con, "SELECT DISTINCT member, year_start FROM _atop_members")
    return replace_rows(
        con, head.shown, table="alliance_members",
        columns=("atopid", "iso3", "year_start", "year_end", "defense", "offense", "neutrality",
                 "nonaggression", "consultation", "bilateral"),
        select="SELECT m.atopid, c.iso3, m.year_start, m.year_end, defense, offense, neutrality,"
        " nonaggression, consultation, bilateral FROM _atop_members m"
        " JOIN _cowmap c ON c.ccode = m.member AND c.year = m.year_start",
        kind=KIND, rows=rows,
        years="SELECT min(year_start), max(coalesce(year_end, year_start)) FROM _atop_members",
        citation=CITATIONS["atop"],
    )  # fmt: skip


def _alliances(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    rows = stage(con, "_stage", head)
    _check_ints(con, head, "atopid", "begyr")
    members = [c for c in head.columns if c.lower().startswith("mem") and c[3:].isdigit()]
    mem_list = (
        "["
        + ", ".join(f"try_cast(try_cast({ident(m)} AS DOUBLE) AS INTEGER)" for m in members)
        + "]"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _atop_alliances AS SELECT "  # noqa: S608
        f"CAST(CAST({column_sql(head, 'atopid')} AS DOUBLE) AS INTEGER) AS atopid,"
        f" CAST(CAST({column_sql(head, 'begyr')} AS DOUBLE) AS INTEGER) AS year_start,"
        f" nullif(try_cast(try_cast({column_sql(head, 'endyr')} AS DOUBLE) AS INTEGER), 0) AS year_end,"
        f" {_flag(head, 'defense')} AS defense, {_flag(head, 'offense')} AS offense,"
        f" {_flag(head, 'neutrality')} AS neutrality,"
        f" {_flag(head, 'nonaggression')} AS nonaggression,"
        f" {_flag(head, 'consultation')} AS consultation,"
        f" try_cast(try_cast({column_sql(head, 'bilat')} AS DOUBLE) AS INTEGER) = 1 AS bilateral,"
        f" list_filter({mem_list}, lambda x: x IS NOT NULL AND x > 0) AS mems FROM _stage"
    )
    map_cow_codes(con, "SELECT DISTINCT unnest(mems), year_start FROM _atop_alliances")
    return replace_rows(
        con, head.shown, table="alliances",
        columns=("atopid", "year_start", "year_end", "defense", "offense", "neutrality",
                 "nonaggression", "consultation", "bilateral", "members"),
        select="SELECT a.atopid, a.year_start, a.year_end, defense, offense, neutrality,"
        " nonaggression, consultation, bilateral, (SELECT string_agg(c.iso3, ',' ORDER BY u.i)"
        " FROM (SELECT unnest(a.mems) AS m, generate_subscripts(a.mems, 1) AS i) u"
        " JOIN _cowmap c ON c.ccode = u.m AND c.year = a.year_start) FROM _atop_alliances a",
        kind=KIND, rows=rows,
        years="SELECT min(year_start), max(coalesce(year_end, year_start)) FROM _atop_alliances",
        citation=CITATIONS["atop"],
    )  # fmt: skip
