"""SIPRI Arms Transfers Database exports: the transfers export and the trade registers.

Three layouts: the "all transfers" export (a header block, then one row per deal and delivery
year with 'TIV delivery values'); the per-supplier trade register (one row per deal with
'Year(s) of delivery' such as "2013; 2014" and the TIV of all delivered weapons, which is
spread evenly over those years); and the older US register (recipient rows, then deals, no
TIV; rows whose order year is not a year are left out). States become ISO3; non-state parties (rebels, the UN, NATO) keep SIPRI's name.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import duckdb

from realpolitik.actors.countries import all_countries, normalize_name, to_iso3
from realpolitik.datasets._io import (
    Head,
    check_numeric,
    column_name,
    column_sql,
    find_header,
    first_line_cells,
    map_countries,
    readable,
    replace_rows,
    stage,
)
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError

KIND = "sipri"
LAYOUTS: dict[str, tuple[str, ...]] = {
    "transfers": ("supplier", "recipient", "delivery year", "tiv delivery values"),
    "register": ("recipient", "supplier", "year(s) of delivery", "sipri tiv of delivered weapons"),
    "us-register": ("country", "ordered", "weapon", "years.delivered"),
}


def layout_of(columns: tuple[str, ...]) -> str | None:
    have = {c.lower() for c in columns}
    for role, needed in LAYOUTS.items():
        if set(needed) <= have:
            return role
    return None


def _num(col: str, sql_type: str = "DOUBLE") -> str:
    return f"try_cast(nullif(trim(replace({col}, '?', '')), '') AS {sql_type})"


def load_sipri(con: duckdb.DuckDBPyConnection, path: str | Path, *, encoding: str = "utf-8") -> int:
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
        rows = stage(con, "_stage", head)
        role = layout_of(head.columns)
        if role == "transfers":
            select = _transfers(con, head)
        elif role == "register":
            select = _register(con, head)
        else:
            select = _us_register(con, head)
        con.execute(f"CREATE OR REPLACE TEMP TABLE _sipri_deals AS {select}")
        map_countries(
            con,
            "_cmap",
            "SELECT supplier_name FROM _sipri_deals UNION SELECT recipient_name FROM _sipri_deals",
            party,
        )
        _check_parties(con, head, role)
        return replace_rows(
            con, head.shown, table="arms_transfers",
            columns=("deal_id", "supplier", "recipient", "designation", "description", "category",
                     "order_year", "delivery_year", "number", "tiv", "status", "supplier_name",
                     "recipient_name"),
            select="SELECT t.deal_id, s.iso3, r.iso3, t.designation, t.description, t.category,"
            " t.order_year, t.delivery_year, t.number, t.tiv, t.status, t.supplier_name,"
            " t.recipient_name FROM _sipri_deals t"
            " JOIN _cmap s ON s.raw = t.supplier_name JOIN _cmap r ON r.raw = t.recipient_name",
            kind=KIND, rows=rows, years="SELECT min(delivery_year), max(delivery_year) FROM _sipri_deals",
            citation=CITATIONS["sipri"],
        )  # fmt: skip


# Parties SIPRI names without its non-state star: international bodies and a few entities of
# the 1960s. Anything else must be a state, carry the star, or name the state it belongs to.
_NON_STATE = {
    "nato", "united nations", "african union", "european union", "osce", "ecowas",
    "arab league", "organization of american states", "regional security system",
    "biafra", "katanga",
}  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]+(?:['.-][^\W\d_]+)*")


def party(name: str) -> str | None:
    """ISO3 for a state, SIPRI's name for a non-state party, None for neither (a typo, garbage).

    SIPRI marks non-state parties with ``*`` (``Hamas (Palestine)*``) and international bodies
    with ``**``; exports also name factions after their state (``Libya GNC``, ``Syria rebels``)
    and unknown parties as ``unknown supplier(s)``.
    """
    iso3 = to_iso3(name) or _short_name(name)
    if iso3:
        return iso3
    clean = name.rstrip("*").strip()
    if not clean:
        return None
    if name.rstrip().endswith("*") or clean.lower().startswith("unknown"):
        return clean
    if clean.lower() in _NON_STATE or _names_a_state(clean):
        return clean
    return None


def _short_name(name: str) -> str | None:
    """The one state whose name starts with these whole words ("Saint Vincent")."""
    key = normalize_name(name)
    if len(key) < 4:
        return None
    found = {iso3 for full, iso3 in _state_names() if full.startswith(key + " ")}
    return found.pop() if len(found) == 1 else None


@cache
def _state_names() -> tuple[tuple[str, str], ...]:
    return tuple(
        (normalize_name(spelling), c.iso3)
        for c in all_countries()
        for spelling in (c.name, c.un_name or "", *c.aliases)
        if spelling
    )


def _names_a_state(name: str) -> bool:
    """True when whole words of ``name`` spell a state ("Darfur rebels (Sudan)")."""
    words = [w for w in _WORDS.findall(name) if not (w.isupper() and len(w) <= 3)]
    for size in range(min(4, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            if to_iso3(" ".join(words[start : start + size])):
                return True
    return False


def _check_parties(con: duckdb.DuckDBPyConnection, head: Head, role: str | None) -> None:
    """E311 for the first row whose supplier or recipient is no state and no known party."""
    columns = ("country",) if role == "us-register" else ("supplier", "recipient")
    for name in columns:
        col = column_sql(head, name)
        row = con.execute(
            f"SELECT s._line, trim(s.{col}) FROM _stage s JOIN _cmap m"  # noqa: S608
            f" ON m.raw = trim(s.{col}) WHERE m.iso3 IS NULL ORDER BY s._line LIMIT 1"
        ).fetchone()
        if row:
            raise RealpolitikError(
                Errors.E311,
                path=head.shown,
                line=row[0],
                name=row[1],
                column=column_name(head, name, KIND),
            )


def _transfers(con: duckdb.DuckDBPyConnection, head: Head) -> str:
    for column in ("delivery year", "order date"):
        check_numeric(con, "_stage", head, column_name(head, column, KIND), "INTEGER")
    check_numeric(con, "_stage", head, column_name(head, "tiv delivery values", KIND), "DOUBLE")
    return (
        f"SELECT trim({column_sql(head, 'sipri at database id')}) AS deal_id,"  # noqa: S608
        f" trim({column_sql(head, 'supplier')}) AS supplier_name,"
        f" trim({column_sql(head, 'recipient')}) AS recipient_name,"
        f" {column_sql(head, 'designation')} AS designation, {column_sql(head, 'description')} AS description,"
        f" {column_sql(head, 'armament category')} AS category,"
        f" {_num(column_sql(head, 'order date'), 'INTEGER')} AS order_year,"
        f" {_num(column_sql(head, 'delivery year'), 'INTEGER')} AS delivery_year,"
        f" {_num(column_sql(head, 'numbers delivered'), 'INTEGER')} AS number,"
        f" {_num(column_sql(head, 'tiv delivery values'))} AS tiv, {column_sql(head, 'status')} AS status"
        " FROM _stage WHERE trim(coalesce(" + column_sql(head, "supplier") + ", '')) <> ''"
    )


# "2013; 2014" and "2016-2018" both become a list of years.
_YEARS = (
    "list_filter(flatten(list_transform(string_split(replace(replace(coalesce({y}, ''), ' ', ''),"
    " '?', ''), ';'), lambda p: CASE WHEN regexp_matches(p, '^\\d{{4}}-\\d{{4}}$')"
    " THEN list_transform(range(CAST(split_part(p, '-', 1) AS INTEGER),"
    " CAST(split_part(p, '-', 2) AS INTEGER) + 1), lambda v: CAST(v AS INTEGER))"
    " ELSE [try_cast(p AS INTEGER)] END)), lambda v: v IS NOT NULL)"
)


def _register(con: duckdb.DuckDBPyConnection, head: Head) -> str:
    check_numeric(con, "_stage", head, column_name(head, "year of order", KIND), "INTEGER")
    check_numeric(
        con, "_stage", head, column_name(head, "sipri tiv of delivered weapons", KIND), "DOUBLE"
    )
    years = _YEARS.format(y=column_sql(head, "year(s) of delivery"))
    return (
        "SELECT NULL::VARCHAR AS deal_id, supplier_name, recipient_name, designation,"  # noqa: S608
        " description, NULL::VARCHAR AS category, order_year, unnest(CASE WHEN len(ys) = 0"
        " THEN [NULL::INTEGER] ELSE ys END) AS delivery_year,"
        " CASE WHEN len(ys) = 1 THEN delivered END AS number,"
        " tiv / greatest(len(ys), 1) AS tiv, status FROM (SELECT"
        f" trim({column_sql(head, 'supplier')}) AS supplier_name,"
        f" trim({column_sql(head, 'recipient')}) AS recipient_name,"
        f" {column_sql(head, 'weapon designation')} AS designation,"
        f" {column_sql(head, 'weapon description')} AS description,"
        f" {_num(column_sql(head, 'year of order'), 'INTEGER')} AS order_year, {years} AS ys,"
        f" {_num(column_sql(head, 'number delivered'), 'INTEGER')} AS delivered,"
        f" {_num(column_sql(head, 'sipri tiv of delivered weapons'))} AS tiv,"
        f" {column_sql(head, 'status')} AS status FROM _stage"
        f" WHERE trim(coalesce({column_sql(head, 'recipient')}, '')) <> '')"
    )


def _us_register(con: duckdb.DuckDBPyConnection, head: Head) -> str:
    # The published US register has a few rows shifted by one cell (order year "-1963"):
    # rows without a four-digit order year are left out rather than failing the file.
    country, weapon = column_sql(head, "country"), column_sql(head, "weapon")
    years = _YEARS.format(y=column_sql(head, "years.delivered"))
    return (
        "SELECT NULL::VARCHAR AS deal_id, 'United States' AS supplier_name, recipient_name,"  # noqa: S608
        " designation, description, NULL::VARCHAR AS category, order_year,"
        " unnest(CASE WHEN len(ys) = 0 THEN [NULL::INTEGER] ELSE ys END) AS delivery_year,"
        " CASE WHEN len(ys) = 1 THEN delivered END AS number, NULL::DOUBLE AS tiv,"
        " NULL::VARCHAR AS status FROM (SELECT _line,"
        f" last_value(nullif(trim({country}), '') IGNORE NULLS) OVER (ORDER BY _line)"
        f" AS recipient_name, trim({weapon}) AS designation,"
        f" {column_sql(head, 'weapon.des')} AS description,"
        f" {_num(column_sql(head, 'year'), 'INTEGER')} AS order_year, {years} AS ys,"
        f" {_num(column_sql(head, 'delivered'), 'INTEGER')} AS delivered FROM _stage)"
        " WHERE designation IS NOT NULL AND designation <> '' AND recipient_name IS NOT NULL"
        " AND order_year BETWEEN 1900 AND 2100"
    )
