"""ICEWS dyad-year QuadClass counts → ``event_dyad_years`` (kind ``icews-counts``).

Some ICEWS releases reach analysts already aggregated: one row per directed dyad and year with
the number of verbal cooperation, material cooperation, verbal conflict and material conflict
events (the netify R package's ``icews`` data: i, j, year, verbCoop, matlCoop, verbConf,
matlConf, plus covariates that are ignored). These are not event rows, so they get their own
table; ``analysis.dyads`` uses them for yearly measures where no ICEWS event rows are loaded.

States resolve through the country registry: an ISO3 code column (i_iso3c) when the file has
one, else the name ("Congo, Republic Of" has no registry name but has the code COG). A name
and code that both fail stop the load with the file, line and column.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from realpolitik.actors.countries import to_iso3
from realpolitik.datasets._io import (
    Head,
    check_values,
    column_of,
    find_header,
    first_line_cells,
    ident,
    readable,
    replace_rows,
    stage,
)
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError

KIND = "icews-counts"
# role -> accepted header names (case-insensitive), first match wins
COLUMNS: dict[str, tuple[str, ...]] = {
    "source": ("i", "source_country", "source", "country1"),
    "target": ("j", "target_country", "target", "country2"),
    "year": ("year",),
    "vc": ("verbcoop", "verbal_cooperation", "vc", "quad1"),
    "mc": ("matlcoop", "material_cooperation", "mc", "quad2"),
    "vk": ("verbconf", "verbal_conflict", "vk", "quad3"),
    "mk": ("matlconf", "material_conflict", "mk", "quad4"),
}
_SHOWN = {"source": "i", "target": "j", "year": "year", "vc": "verbCoop", "mc": "matlCoop",
          "vk": "verbConf", "mk": "matlConf"}  # fmt: skip
CODES: dict[str, tuple[str, ...]] = {
    "source": ("i_iso3c", "source_iso3", "iso3_1"),
    "target": ("j_iso3c", "target_iso3", "iso3_2"),
}
NETIFY = (
    " Reshaped to directed dyad-year QuadClass counts by the netify R package (Dorff, Cassy;"
    " Minhas, Shahryar; et al. netify: Tools to Represent Peace and Conflict Using Network"
    " Data, CRAN)."
)


def layout_of(cells: tuple[str, ...]) -> dict[str, str] | None:
    """role -> the header's spelling, when every role has a column."""
    lowered = {c.lower(): c for c in cells}
    found: dict[str, str] = {}
    for role, names in COLUMNS.items():
        name = next((lowered[n] for n in names if n in lowered), None)
        if name is None:
            return None
        found[role] = name
    return found


def citation(head: Head) -> str:
    """ICEWS always; the netify reshaping when the file is netify's (by name or covariates)."""
    netify = "netify" in head.shown.name.lower() or {"i_year", "j_year"} <= {
        c.lower() for c in head.columns
    }
    return CITATIONS["icews"] + (NETIFY if netify else "")


def load_icews_counts(
    con: duckdb.DuckDBPyConnection, path: str | Path, *, encoding: str = "utf-8"
) -> int:
    with readable(path) as (real, shown):
        head = find_header(real, shown, encoding, lambda cells: layout_of(cells) is not None)
        if head is None:
            _, cells = first_line_cells(real, shown, encoding)
            have = {c.lower() for c in cells}
            missing = [_SHOWN[r] for r, names in COLUMNS.items() if not have & set(names)]
            raise RealpolitikError(
                Errors.E301,
                path=shown,
                columns=", ".join(missing),
                kind=KIND,
                expected=", ".join(_SHOWN.values()),
            )
        cols = layout_of(head.columns) or {}
        codes = [column_of(head, *names) for names in CODES.values()]
        keep = [*cols.values(), *(c for c in codes if c)]
        rows = stage(con, "_stage", head, keep=keep)
        return _store(con, head, rows)


def _store(con: duckdb.DuckDBPyConnection, head: Head, rows: int) -> int:
    cols = layout_of(head.columns)
    assert cols is not None  # find_header matched it
    whole = "try_cast(trim({v}) AS DOUBLE)"
    for role in ("year", "vc", "mc", "vk", "mk"):
        expected = "a year" if role == "year" else "a count (a whole number >= 0)"
        check_values(
            con, "_stage", head, cols[role],
            f"({whole} IS NULL OR {whole} <> floor({whole}) OR {whole} < 0)", expected,
        )  # fmt: skip
    joins = []
    for role in ("source", "target"):
        joins.append(_resolve(con, head, role, cols[role], column_of(head, *CODES[role])))
    count = "CAST(try_cast(trim(s.{}) AS DOUBLE) AS BIGINT)"
    sums = ", ".join(
        f"sum({count.format(ident(cols[r]))}) AS {r}" for r in ("vc", "mc", "vk", "mk")
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _cnt AS SELECT "  # noqa: S608
        "_source_map.iso3 AS source_country, _target_map.iso3 AS target_country,"
        f" CAST(try_cast(trim(s.{ident(cols['year'])}) AS DOUBLE) AS INTEGER) AS year, {sums}"
        f" FROM _stage s {' '.join(joins)} GROUP BY ALL"
    )
    return replace_rows(
        con, head.shown, table="event_dyad_years",
        columns=("source_country", "target_country", "year", "vc", "mc", "vk", "mk", "origin"),
        select="SELECT source_country, target_country, year, vc, mc, vk, mk, 'icews' FROM _cnt",
        kind=KIND, rows=rows, years="SELECT min(year), max(year) FROM _cnt",
        citation=citation(head),
    )  # fmt: skip


def _resolve(
    con: duckdb.DuckDBPyConnection, head: Head, role: str, name_col: str, code_col: str | None
) -> str:
    """TEMP ``_{role}_map`` (name, code -> ISO3) and its JOIN clause; E311 at the first row
    where neither the code nor the name resolves.

    The registry sees each distinct (name, code) pair once; DuckDB joins them to the rows.
    """
    table = f"_{role}_map"
    name_sql = f"coalesce(trim(s.{ident(name_col)}), '')"
    code_sql = f"coalesce(trim(s.{ident(code_col)}), '')" if code_col else "''"
    pairs = con.execute(f"SELECT DISTINCT {name_sql}, {code_sql} FROM _stage s").fetchall()  # noqa: S608
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} (name VARCHAR, code VARCHAR, iso3 VARCHAR)")
    rows = [
        (name, code, (to_iso3(code) if code else None) or (to_iso3(name) if name else None))
        for name, code in pairs
    ]
    if rows:
        con.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)", rows)  # noqa: S608
    join = f"JOIN {table} ON {table}.name = {name_sql} AND {table}.code = {code_sql}"
    bad = con.execute(
        f"SELECT s._line, s.{ident(name_col)} FROM _stage s {join}"  # noqa: S608
        f" WHERE {table}.iso3 IS NULL ORDER BY s._line LIMIT 1"
    ).fetchone()
    if bad:
        raise RealpolitikError(
            Errors.E311, path=head.shown, line=bad[0], name=bad[1], column=name_col
        )
    return join
