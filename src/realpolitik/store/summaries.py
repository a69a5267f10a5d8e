"""Summaries of the events table, so that queries over GDELT-scale stores add up thousands of
rows instead of scanning millions.

``events_dyad_years`` holds, per directed dyad of two different countries, year, origin and
factuality, the events counted by QuadClass, the sum and count of their Goldstein scores and
their first and last date: what dyad measures, networks, the report and the dashboard add up.

A summary is a pure function of ``events``: a writer rebuilds it when it closes the store after
the events changed. Each build records the events table's fingerprint (row count, sum and
maximum of ``event_id``; ids come from a sequence and are never reused, so every insert or
delete changes it) and readers use a summary only while the fingerprint still matches. A load
that was killed before the rebuild makes queries slower until the next write, never wrong.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

SUMMARIES: list[str] = [
    # 1: events per directed country dyad, year, origin and factuality; build fingerprints.
    #    The (source_country, target_country) ART index goes: DuckDB answers dyad filters with
    #    a scan (it never picked the index) and keeping it up to date cost loads time and memory.
    """
    CREATE TABLE events_dyad_years (
        source_country VARCHAR NOT NULL,
        target_country VARCHAR NOT NULL,
        year           INTEGER,             -- NULL: events without a date
        origin         VARCHAR NOT NULL,
        factuality     VARCHAR,             -- as stored (NULL for dataset events)
        events         BIGINT NOT NULL,
        vc             BIGINT NOT NULL,     -- QuadClass 1 verbal cooperation
        mc             BIGINT NOT NULL,     -- 2 material cooperation
        vk             BIGINT NOT NULL,     -- 3 verbal conflict
        mk             BIGINT NOT NULL,     -- 4 material conflict
        g_sum          DOUBLE,              -- sum of the Goldstein scores given (NULL: none)
        g_n            BIGINT NOT NULL,     -- events with a Goldstein score
        first_date     DATE,
        last_date      DATE
    );
    CREATE TABLE summary_builds (
        name        VARCHAR PRIMARY KEY,
        fingerprint VARCHAR NOT NULL,
        built_at    TIMESTAMP DEFAULT current_timestamp
    );
    DROP INDEX IF EXISTS events_dyad;
    """,
]

FINGERPRINT_SQL = (
    "SELECT count(*), coalesce(sum(event_id), 0), coalesce(max(event_id), 0) FROM events"
)

_BUILD = {
    "events_dyad_years": """
        INSERT INTO events_dyad_years
        SELECT source_country, target_country, year(date) AS year, origin, factuality,
            count(*), count(*) FILTER (WHERE quad_class = 1),
            count(*) FILTER (WHERE quad_class = 2), count(*) FILTER (WHERE quad_class = 3),
            count(*) FILTER (WHERE quad_class = 4), sum(goldstein), count(goldstein),
            min(date), max(date)
        FROM events
        WHERE source_country IS NOT NULL AND target_country IS NOT NULL
            AND source_country <> target_country
        GROUP BY ALL
        ORDER BY source_country, target_country, year, origin, factuality
    """,
}
NAMES = tuple(_BUILD)


def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    row = con.execute(FINGERPRINT_SQL).fetchone()
    return ":".join(str(v) for v in row) if row else ""


def fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether every summary was built from the events as they are now."""
    built = dict(con.execute("SELECT name, fingerprint FROM summary_builds").fetchall())
    if any(name not in built for name in NAMES):
        return False
    now = fingerprint(con)
    return all(built[name] == now for name in NAMES)


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild every summary from ``events`` (call inside a transaction)."""
    now = fingerprint(con)
    for name, sql in _BUILD.items():
        con.execute(f"DELETE FROM {name}")  # noqa: S608 - fixed names
        con.execute(sql)
        con.execute(
            "INSERT OR REPLACE INTO summary_builds (name, fingerprint) VALUES (?, ?)", [name, now]
        )


__all__ = ["NAMES", "SUMMARIES", "fingerprint", "fresh", "rebuild"]
