"""Gleditsch–Ward state system membership: the other list of independent states.

Gleditsch & Ward (1999) list states from 1816 with a lower bar than COW's (no diplomatic
recognition needed: Tibet 1913–1950 and the Boer republics are members; COW's list lacks them)
and their own numbers, mostly COW's (GW 340 is Serbia, before 1915 and from 2006; 345 is
Yugoslavia 1918–2006). ``data load gw-states FILE`` reads the publisher's files:

* ``iisystem.dat`` / ``microstatessystem.dat``: no header, tab-separated: number,
  abbreviation, name, start and end date as ``DD:MM:YYYY``;
* a CSV with a header (gwcode, stateabb or iso3c, statename or country_name,
  startdate/start, enddate/end), as R's ``states`` package and others write it (dates
  ``YYYY-MM-DD``).

Rows go to ``system_members`` with system 'gw' (one per state and year of membership), the
rows of ``realpolitik panel --system gw``. Numbers become ISO3 codes with the year through the
country registry; a number it does not know is kept visible as ``GW<n>``.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from realpolitik.actors.countries import from_cow
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

KIND = "gw-states"
_CODE = ("gwcode", "gwno", "ccode")
_START = ("startdate", "start", "gwsdate")
_END = ("enddate", "end", "gwedate")
_HEADERLESS = ("gwcode", "stateabb", "statename", "startdate", "enddate")
# GW numbers whose state the COW number of the same value does not name (the rest agree)
_GW_ONLY: dict[int, str] = {340: "SRB"}
_DATE = (
    "coalesce(try_strptime(trim({v}), '%Y-%m-%d'), try_strptime(trim({v}), '%d:%m:%Y'),"
    " try_strptime(trim({v}), '%d/%m/%Y'))"
)


def from_gw(code: int, year: int) -> str:
    """GW number -> ISO3 in ``year`` (``GW<n>`` when the registry does not know the state)."""
    return _GW_ONLY.get(code) or from_cow(code, year) or f"GW{code}"


def layout_of(cells: tuple[str, ...]) -> str | None:
    """'header' for a GW CSV header, None otherwise."""
    have = {c.lower() for c in cells}
    found = all(have & set(names) for names in (_CODE[:2], _START, _END))
    return "header" if found else None


def headerless(cells: tuple[str, ...]) -> bool:
    """The first line of ``iisystem.dat``: a number, two names and two DD:MM:YYYY dates."""
    if len(cells) != 5 or not cells[0].strip().isdigit():
        return False
    return all(len(c.strip().split(":")) == 3 for c in cells[3:])


def load_gw(con: duckdb.DuckDBPyConnection, path: str | Path, *, encoding: str = "utf-8") -> int:
    """Load one Gleditsch–Ward list; return its data rows (membership spells)."""
    with readable(path) as (real, shown):
        head = find_header(real, shown, encoding, lambda cells: layout_of(cells) is not None)
        if head is None:
            delimiter, cells = first_line_cells(real, shown, encoding)
            if not headerless(cells):
                raise RealpolitikError(
                    Errors.E313, path=shown, kind=KIND, found=", ".join(cells[:12]),
                    expected="gwcode, startdate, enddate (a header), or iisystem.dat's five"
                    " tab-separated columns",
                )  # fmt: skip
            head = Head(real, shown, delimiter, 0, _HEADERLESS, encoding)
        rows = stage(con, "_stage", head)
        names = [column_of(head, *c) or c[0] for c in (_CODE, _START, _END)]
        whole = "try_cast(try_cast(trim({v}) AS DOUBLE) AS INTEGER) IS NULL"
        check_values(con, "_stage", head, names[0], whole, "a state number")
        for name in names[1:]:
            when = "a date (YYYY-MM-DD or DD:MM:YYYY)"
            check_values(con, "_stage", head, name, _DATE + " IS NULL", when)
        code, start, end = (ident(n) for n in names)
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _gw_years AS SELECT DISTINCT"  # noqa: S608
            f" CAST(try_cast(trim({code}) AS DOUBLE) AS INTEGER) AS ccode, CAST(y AS INTEGER) AS year"
            f" FROM _stage, range(year({_DATE.format(v=start)}), year({_DATE.format(v=end)}) + 1) AS r(y)"
        )
        pairs = con.execute("SELECT DISTINCT ccode, year FROM _gw_years").fetchall()
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _gwmap (ccode INTEGER, year INTEGER, iso3 VARCHAR)"
        )
        if pairs:
            con.executemany(
                "INSERT INTO _gwmap VALUES (?, ?, ?)", [(c, y, from_gw(c, y)) for c, y in pairs]
            )
        return replace_rows(
            con, head.shown, table="system_members", columns=("system", "ccode", "iso3", "year"),
            select="SELECT 'gw', s.ccode, m.iso3, s.year FROM _gw_years s"
            " JOIN _gwmap m ON m.ccode = s.ccode AND m.year = s.year",
            kind=KIND, rows=rows, years="SELECT min(year), max(year) FROM _gw_years",
            citation=CITATIONS["gw"],
        )  # fmt: skip
