"""Correlates of War covariates: state system, capabilities, trade, IGOs and distances.

Each kind reads its publisher's CSV layouts (COW state numbers, one row per state-year or per
dyad-year) and stores ISO3 codes resolved with the year (365 is ``SUN`` in 1922-1991):

* ``cow-states``: the state system membership list (stateabb, ccode, statenme, styear ...
  endday, version) -> ``cow_states`` (one row per membership spell) and ``system_members``
  (one row per member and year, the basis of the dyad-year panel).
* ``cow-nmc``: National Material Capabilities (ccode, year, milex, milper, irst, pec, tpop,
  upop, cinc) -> ``state_capabilities``; COW's missing value -9 becomes NULL.
* ``cow-trade``: state-year totals (ccode, year, imports, exports) -> ``state_trade``, or the
  dyadic file (ccode1, ccode2, year, flow1, flow2) -> ``trade_flows`` with origin 'cow'
  (flow1 = imports of state 1 from state 2, millions of current USD, stored in USD).
* ``cow-igo``: shared memberships per dyad-year (ccode1, ccode2, year, dyadigos) ->
  ``igo_dyad_years``, or counts per state-year (ccode, year, sum_igo_full ...) ->
  ``igo_state_years``.
* ``cow-distance``: minimum distance per dyad-year in km (ccode1, ccode2, year, mindist) ->
  ``dyad_distances``.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from realpolitik.datasets._io import (
    Head,
    check_numeric,
    column_name,
    column_sql,
    find_header,
    first_line_cells,
    map_cow_codes,
    readable,
    replace_rows,
    stage,
)
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError

KINDS = ("cow-states", "cow-nmc", "cow-trade", "cow-igo", "cow-distance")
# kind -> layout -> the columns that identify it (lower case)
LAYOUTS: dict[str, dict[str, tuple[str, ...]]] = {
    "cow-states": {"states": ("ccode", "stateabb", "styear", "endyear")},
    "cow-nmc": {"nmc": ("ccode", "year", "cinc")},
    "cow-trade": {
        "dyadic": ("ccode1", "ccode2", "year", "flow1", "flow2"),
        "monadic": ("ccode", "year", "imports", "exports"),
    },
    "cow-igo": {
        "dyadic": ("ccode1", "ccode2", "year", "dyadigos"),
        "monadic": ("ccode", "year", "sum_igo_full"),
    },
    "cow-distance": {"mindist": ("ccode1", "ccode2", "year", "mindist")},
}
CITATION_KEY = {
    "cow-states": "cow",
    "cow-nmc": "cow-nmc",
    "cow-trade": "cow-trade",
    "cow-igo": "cow-igo",
    "cow-distance": "cow-distance",
}
_NMC = ("milex", "milper", "irst", "pec", "tpop", "upop", "cinc")


def layout_of(kind: str, cells: tuple[str, ...]) -> str | None:
    have = {c.lower() for c in cells}
    for layout, needed in LAYOUTS[kind].items():
        if set(needed) <= have:
            return layout
    return None


def detect(cells: tuple[str, ...]) -> str | None:
    """The COW kind a header belongs to, if any."""
    return next((kind for kind in KINDS if layout_of(kind, cells) is not None), None)


def load_cow(
    con: duckdb.DuckDBPyConnection, kind: str, path: str | Path, *, encoding: str = "utf-8"
) -> int:
    """Load one COW file of ``kind``; return its data rows."""
    with readable(path) as (real, shown):
        head = find_header(real, shown, encoding, lambda cells: layout_of(kind, cells) is not None)
        if head is None:
            _, cells = first_line_cells(real, shown, encoding)
            raise RealpolitikError(
                Errors.E313,
                path=shown,
                kind=kind,
                found=", ".join(cells[:12]),
                expected="; ".join(", ".join(c) for c in LAYOUTS[kind].values()),
            )
        layout = layout_of(kind, head.columns)
        rows = stage(con, "_stage", head)
        for name in LAYOUTS[kind][layout or ""]:
            if name == "stateabb":
                continue
            column = column_name(head, name, kind)
            check_numeric(con, "_stage", head, column, "DOUBLE", required=name != "cinc")
        citation = CITATIONS[CITATION_KEY[kind]]
        if kind == "cow-states":
            return _states(con, head, rows, citation)
        if kind == "cow-nmc":
            return _nmc(con, head, rows, citation)
        if layout == "dyadic":
            if kind == "cow-trade":
                return _dyadic_trade(con, head, rows, citation)
            return _dyadic(con, head, rows, citation, "igo_dyad_years", "shared", "dyadigos")
        if kind == "cow-distance":
            return _dyadic(con, head, rows, citation, "dyad_distances", "mindist_km", "mindist")
        if kind == "cow-trade":
            return _state_trade(con, head, rows, citation)
        return _igo_states(con, head, rows, citation)


def _num(head: Head, name: str) -> str:
    """A numeric cell; COW's missing value (-9) and blanks become NULL."""
    col = column_sql(head, name)
    return f"nullif(try_cast(nullif(trim({col}), '') AS DOUBLE), -9)"


def _int(head: Head, name: str) -> str:
    return f"CAST(try_cast(trim({column_sql(head, name)}) AS DOUBLE) AS INTEGER)"


def _states(con: duckdb.DuckDBPyConnection, head: Head, rows: int, citation: str) -> int:
    def part(prefix: str, default: int) -> str:
        value = _int(head, prefix)
        return f"coalesce(nullif({value}, -9), {default})"

    con.execute(
        "CREATE OR REPLACE TEMP TABLE _cow_states AS SELECT "  # noqa: S608
        f"{_int(head, 'ccode')} AS ccode, trim({column_sql(head, 'stateabb')}) AS abbrev,"
        f" trim({column_sql(head, 'statenme')}) AS name,"
        f" make_date({_int(head, 'styear')}, {part('stmonth', 1)}, {part('stday', 1)}) AS start_date,"
        f" make_date({_int(head, 'endyear')}, {part('endmonth', 12)}, {part('endday', 31)})"
        f" AS end_date, CAST({_int(head, 'version')} AS VARCHAR) AS version FROM _stage"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _cow_state_years AS SELECT DISTINCT ccode, CAST(y AS INTEGER) AS year"
        " FROM _cow_states, range(year(start_date), year(end_date) + 1) AS r(y)"
    )
    map_cow_codes(con, "SELECT ccode, year FROM _cow_state_years")
    replace_rows(
        con, head.shown, table="system_members",
        columns=("system", "ccode", "iso3", "year"),
        select="SELECT 'cow', s.ccode, m.iso3, s.year FROM _cow_state_years s"
        " JOIN _cowmap m ON m.ccode = s.ccode AND m.year = s.year",
        kind="cow-states", rows=rows, years="SELECT min(year), max(year) FROM _cow_state_years",
        citation=citation,
    )  # fmt: skip
    return replace_rows(
        con, head.shown, table="cow_states",
        columns=("ccode", "iso3", "abbrev", "name", "start_date", "end_date", "version"),
        select="SELECT s.ccode, m.iso3, s.abbrev, s.name, s.start_date, s.end_date, s.version"
        " FROM _cow_states s LEFT JOIN _cowmap m ON m.ccode = s.ccode AND m.year = year(s.end_date)",
        kind="cow-states", rows=rows, years="SELECT min(year), max(year) FROM _cow_state_years",
        citation=citation,
    )  # fmt: skip


def _nmc(con: duckdb.DuckDBPyConnection, head: Head, rows: int, citation: str) -> int:
    values = ", ".join(f"{_num(head, v)} AS {v}" for v in _NMC)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _cow_rows AS SELECT "  # noqa: S608
        f"{_int(head, 'ccode')} AS ccode, {_int(head, 'year')} AS year, {values} FROM _stage"
    )
    map_cow_codes(con, "SELECT DISTINCT ccode, year FROM _cow_rows")
    return replace_rows(
        con, head.shown, table="state_capabilities",
        columns=("iso3", "ccode", "year", *_NMC),
        select="SELECT m.iso3, n.* FROM _cow_rows n JOIN _cowmap m ON m.ccode = n.ccode AND m.year = n.year",
        kind="cow-nmc", rows=rows, years="SELECT min(year), max(year) FROM _cow_rows", citation=citation,
    )  # fmt: skip


def _state_trade(con: duckdb.DuckDBPyConnection, head: Head, rows: int, citation: str) -> int:
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _cow_rows AS SELECT "  # noqa: S608
        f"{_int(head, 'ccode')} AS ccode, {_int(head, 'year')} AS year,"
        f" {_num(head, 'imports')} AS imports, {_num(head, 'exports')} AS exports FROM _stage"
    )
    map_cow_codes(con, "SELECT DISTINCT ccode, year FROM _cow_rows")
    return replace_rows(
        con, head.shown, table="state_trade",
        columns=("iso3", "ccode", "year", "imports", "exports"),
        select="SELECT m.iso3, n.ccode, n.year, n.imports * 1e6, n.exports * 1e6 FROM _cow_rows n"
        " JOIN _cowmap m ON m.ccode = n.ccode AND m.year = n.year",
        kind="cow-trade", rows=rows, years="SELECT min(year), max(year) FROM _cow_rows", citation=citation,
    )  # fmt: skip


def _igo_states(con: duckdb.DuckDBPyConnection, head: Head, rows: int, citation: str) -> int:
    counts = ("sum_igo_full", "sum_igo_associate", "sum_igo_observer", "sum_igo_anytype")
    values = ", ".join(f"CAST({_num(head, c)} AS INTEGER) AS {c}" for c in counts)
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _cow_rows AS SELECT "  # noqa: S608
        f"{_int(head, 'ccode')} AS ccode, {_int(head, 'year')} AS year, {values} FROM _stage"
    )
    map_cow_codes(con, "SELECT DISTINCT ccode, year FROM _cow_rows")
    return replace_rows(
        con, head.shown, table="igo_state_years",
        columns=("iso3", "ccode", "year", "full_members", "associate", "observer", "any_type"),
        select="SELECT m.iso3, n.* FROM _cow_rows n JOIN _cowmap m ON m.ccode = n.ccode AND m.year = n.year",
        kind="cow-igo", rows=rows, years="SELECT min(year), max(year) FROM _cow_rows", citation=citation,
    )  # fmt: skip


def _pairs(con: duckdb.DuckDBPyConnection, head: Head, value: str) -> None:
    """TEMP ``_cow_pairs(a, b, year, value)`` with COW codes, and the code map for them."""
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _cow_pairs AS SELECT "  # noqa: S608
        f"{_int(head, 'ccode1')} AS a, {_int(head, 'ccode2')} AS b, {_int(head, 'year')} AS year,"
        f" {value} FROM _stage"
    )
    map_cow_codes(
        con, "SELECT DISTINCT a, year FROM _cow_pairs UNION SELECT DISTINCT b, year FROM _cow_pairs"
    )


_JOIN = (
    " FROM _cow_pairs p JOIN _cowmap ma ON ma.ccode = p.a AND ma.year = p.year"
    " JOIN _cowmap mb ON mb.ccode = p.b AND mb.year = p.year"
)


def _dyadic(
    con: duckdb.DuckDBPyConnection,
    head: Head,
    rows: int,
    citation: str,
    table: str,
    column: str,
    name: str,
) -> int:
    kind = "cow-igo" if table == "igo_dyad_years" else "cow-distance"
    cast = "INTEGER" if table == "igo_dyad_years" else "DOUBLE"
    _pairs(con, head, f"CAST({_num(head, name)} AS {cast}) AS value")
    return replace_rows(
        con, head.shown, table=table, columns=("state_a", "state_b", "year", column),
        select="SELECT ma.iso3, mb.iso3, p.year, p.value" + _JOIN,
        kind=kind, rows=rows, years="SELECT min(year), max(year) FROM _cow_pairs", citation=citation,
    )  # fmt: skip


def _dyadic_trade(con: duckdb.DuckDBPyConnection, head: Head, rows: int, citation: str) -> int:
    """flow1: imports of state 1 from state 2; flow2: imports of state 2 from state 1."""
    _pairs(con, head, f"{_num(head, 'flow1')} AS flow1, {_num(head, 'flow2')} AS flow2")
    return replace_rows(
        con, head.shown, table="trade_flows",
        columns=("reporter", "partner", "year", "flow", "product", "value", "origin"),
        select="SELECT mb.iso3, ma.iso3, p.year, 'export', NULL, p.flow1 * 1e6, 'cow'" + _JOIN
        + " WHERE p.flow1 IS NOT NULL UNION ALL SELECT ma.iso3, mb.iso3, p.year, 'export', NULL,"
        " p.flow2 * 1e6, 'cow'" + _JOIN + " WHERE p.flow2 IS NOT NULL",
        kind="cow-trade", rows=rows, years="SELECT min(year), max(year) FROM _cow_pairs",
        citation=citation,
    )  # fmt: skip
