"""The UN Digital Library's combined voting CSV: one row per member state per resolution.

The Library's "UN General Assembly Voting Data" (and its Security Council twin) repeats the
resolution's metadata on every member state's row: undl_id, ms_code, ms_name, ms_vote, date,
session, resolution, draft, committee_report, meeting, title, agenda_title, subjects,
total_yes ... undl_link. Votes are Y, N, A, X (non-voting); a blank vote is non-voting too.
Column names are matched case-insensitively, with the variants below. Roll calls get the same
``undl:<undl_id>`` ids as the two-file UNDL layout, so either layout gives the same measures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import duckdb

from realpolitik.actors.countries import to_iso3
from realpolitik.datasets._io import (
    Head,
    check_numeric,
    check_values,
    first_unmapped,
    ident,
    map_countries,
    record_load,
    source_name,
    stage,
    year_range,
)
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError

KIND = "unga-votes"
ROLE = "undl-combined"
# field -> accepted column names (lower case, spaces as underscores), preferred first
COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("undl_id", "record_id", "recid", "id"),
    "code": ("ms_code", "member_state_code", "country_code", "iso3", "iso_code"),
    "name": ("ms_name", "member_state", "member_state_name", "country_name", "country"),
    "vote": ("ms_vote", "member_state_vote", "vote"),
    "date": ("date", "vote_date", "meeting_date"),
    "symbol": ("resolution", "resolution_symbol", "symbol", "res_symbol"),
    "draft": ("draft", "draft_symbol", "draft_resolution"),
    "session": ("session",),
    "title": ("title", "resolution_title"),
    "agenda": ("agenda_title", "agenda", "agenda_item"),
}
REQUIRED = ("id", "vote", "date")
VOTES = ("Y", "N", "A", "X", "NV")
# A date cell: ISO first, then the Library's older US-style exports.
_DATE = (
    "coalesce(try_cast(trim({v}) AS DATE), try_cast(try_cast(trim({v}) AS TIMESTAMP) AS DATE),"
    " try_cast(try_strptime(trim({v}), '%m/%d/%Y') AS DATE))"
)


def _key(name: str) -> str:
    return name.strip().lower().replace(" ", "_").replace("-", "_")


def fields(columns: Sequence[str]) -> dict[str, str]:
    """field -> the header's spelling, for the fields the header has."""
    have = {_key(c): c for c in columns}
    found: dict[str, str] = {}
    for field, names in COLUMNS.items():
        spelled = next((have[n] for n in names if n in have), None)
        if spelled is not None:
            found[field] = spelled
    return found


def is_combined(columns: Sequence[str]) -> bool:
    """Votes and resolution metadata in one header: id, state, vote, date and a symbol."""
    got = fields(columns)
    return (
        all(f in got for f in REQUIRED)
        and ("code" in got or "name" in got)
        and ("symbol" in got or "draft" in got)
    )


def expected() -> str:
    return "undl_id, ms_code|ms_name, ms_vote, date, resolution|draft (one file)"


def load_combined(con: duckdb.DuckDBPyConnection, head: Head) -> int:
    """Roll calls and votes from one file; return its data rows."""
    got = fields(head.columns)
    rows = stage(con, "_stage", head, keep=list(dict.fromkeys(got.values())))

    def col(field: str) -> str:
        return ident(got[field]) if field in got else "NULL"

    check_numeric(con, "_stage", head, got["id"], "BIGINT", required=True)
    allowed = ", ".join(f"'{v}'" for v in VOTES)
    check_values(
        con, "_stage", head, got["vote"],
        f"({{v}} IS NOT NULL AND trim({{v}}) <> '' AND upper(trim({{v}})) NOT IN ({allowed}))",
        "Y / N / A / X (or empty: non-voting)",
    )  # fmt: skip
    check_values(
        con, "_stage", head, got["date"],
        f"({{v}} IS NULL OR trim({{v}}) = '' OR {_DATE} IS NULL)", "a date YYYY-MM-DD",
    )  # fmt: skip
    _map_states(con, head, got)
    _roll_calls(con, head, got, col)
    vote = col("vote")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _votes AS SELECT 'undl:' || CAST(CAST(trim("  # noqa: S608
        f"s.{col('id')}) AS BIGINT) AS VARCHAR) AS rcid, m.iso3 AS iso3,"
        f" CASE upper(trim(coalesce(s.{vote}, ''))) WHEN 'Y' THEN 'Y' WHEN 'N' THEN 'N'"
        " WHEN 'A' THEN 'A' ELSE 'X' END AS vote FROM _stage2 s JOIN _cmap m ON m.raw = s._key"
    )
    replace_votes(con, source_name(head.shown))
    years = year_range(con, "SELECT min(year(date)), max(year(date)) FROM _rc")
    record_load(con, KIND, head.shown, rows, years, CITATIONS["undl"])
    return rows


def _map_states(con: duckdb.DuckDBPyConnection, head: Head, got: dict[str, str]) -> None:
    """(name, code) pairs through the registry: the name first, the ISO3 code as backup."""
    name = ident(got["name"]) if "name" in got else "''"
    code = ident(got["code"]) if "code" in got else "''"
    key = f"coalesce(trim({name}), '') || chr(31) || coalesce(trim({code}), '')"
    con.execute(f"CREATE OR REPLACE TEMP TABLE _stage2 AS SELECT s.*, {key} AS _key FROM _stage s")

    def resolve(raw: str) -> str | None:
        state, _, iso = raw.partition("\x1f")
        return (to_iso3(state) if state else None) or (to_iso3(iso) if iso else None)

    map_countries(con, "_cmap", "SELECT DISTINCT _key FROM _stage2", resolve)
    bad = first_unmapped(con, "_stage2", "_key", "_cmap")
    if bad:
        state, _, iso = bad[1].partition("\x1f")
        raise RealpolitikError(
            Errors.E311, path=head.shown, line=bad[0], name=state or iso,
            column=got.get("name") or got["code"],
        )  # fmt: skip


def _roll_calls(
    con: duckdb.DuckDBPyConnection, head: Head, got: dict[str, str], c: Callable[[str], str]
) -> None:
    """One roll call per undl_id, metadata from its rows (the same on each)."""
    symbol = f"coalesce(max(nullif(trim({c('symbol')}), '')), max(nullif(trim({c('draft')}), '')))"
    # Without a symbol the header tells the body: the GA file has sessions, the SC one not.
    other = "'GA'" if "session" in got or "agenda" in got else "'SC'"
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _rc AS SELECT 'undl:' || CAST(CAST(trim("  # noqa: S608
        f"{c('id')}) AS BIGINT) AS VARCHAR) AS rcid, {symbol} AS symbol,"
        f" max({_DATE.format(v=c('date'))}) AS date,"
        f" max(try_cast(try_cast(trim({c('session')}) AS DOUBLE) AS INTEGER)) AS session,"
        f" max(nullif(trim({c('title')}), '')) AS title,"
        f" max(nullif(trim({c('agenda')}), '')) AS agenda FROM _stage GROUP BY 1"
    )
    source = source_name(head.shown)
    con.execute(
        "DELETE FROM un_roll_calls WHERE source = ? OR rcid IN (SELECT rcid FROM _rc)", [source]
    )
    con.execute(
        "INSERT INTO un_roll_calls (rcid, body, symbol, date, year, session, title, description,"  # noqa: S608
        " issue, important, origin, recorded, source) SELECT rcid, CASE WHEN symbol LIKE 'A/%'"
        f" THEN 'GA' WHEN symbol LIKE 'S/%' THEN 'SC' ELSE {other} END, symbol, date, year(date),"
        " coalesce(session, try_cast(regexp_extract(symbol, '^A/RES/(\\d+)/', 1) AS INTEGER)),"
        " title, agenda, NULL, NULL, 'undl', TRUE, ? FROM _rc",
        [source],
    )


def replace_votes(con: duckdb.DuckDBPyConnection, source: str) -> None:
    """Store the votes staged in ``_votes`` in place of those of the same file or roll calls
    (a reload, or the same resolutions from another export), for every UN votes layout."""
    con.execute(
        "DELETE FROM un_votes WHERE source = ? OR rcid IN (SELECT DISTINCT rcid FROM _votes)",
        [source],
    )
    con.execute(
        "INSERT INTO un_votes (rcid, iso3, vote, source) SELECT rcid, iso3, vote, ? FROM _votes",
        [source],
    )
