"""Summaries of the events table, so that queries over GDELT-scale stores add up thousands of
rows instead of scanning millions.

``events_dyad_years`` holds, per directed dyad of two different countries, year, origin and
factuality, the events counted by QuadClass, the sum and count of their Goldstein scores and
their first and last date: what dyad measures, networks, the report and the dashboard add up.

``events_pairs`` lists each event under the (source, target) keys that find it as a dyad, in key
order: a dyad's events page reads a few blocks instead of every row. ``events_dates`` counts
events per day, origin and factuality: where page N of the events, in
date order, begins, without sorting millions of rows to find out. ``events_documents`` counts
each document's events (the documents page); ``events_order`` lists every event in the events
page's order (date, document, sentence, id) with its origin and factuality, so that the
events of a page's days are a few blocks of the file.

A summary is a pure function of ``events``: a writer brings it up to date when it closes the
store after the events changed (adding up only the new rows when nothing was deleted). Each build records the events table's fingerprint (row count, sum and
maximum of ``event_id``; ids come from a sequence and are never reused, so every insert or
delete changes it; the project never updates an event in place, and an UPDATE would go
unnoticed) and readers use a summary only while the fingerprint still matches. A load
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
        events         BIGINT NOT NULL,     -- events counted
        vc             BIGINT NOT NULL,     -- QuadClass 1 verbal cooperation
        mc             BIGINT NOT NULL,     -- 2 material cooperation
        vk             BIGINT NOT NULL,     -- 3 verbal conflict
        mk             BIGINT NOT NULL,     -- 4 material conflict
        g_sum          DOUBLE,              -- sum of the Goldstein scores given (NULL: none)
        g_n            BIGINT NOT NULL,     -- events with a Goldstein score
        first_date     DATE,                -- the first event's date
        last_date      DATE                 -- the last event's date
    );
    -- events per day, origin and factuality: where page N of the events (by date) begins
    CREATE TABLE events_dates (
        date        DATE,                   -- NULL: events without a date
        origin      VARCHAR NOT NULL,
        factuality  VARCHAR,
        events      BIGINT NOT NULL         -- events counted
    );
    -- every event between two actors once per (source key, target key): a key is the side's
    -- country, or its code when that is three letters and not the country (AFR, GOV). Kept in
    -- key order, so that a dyad's events are a few blocks of the file, not a scan of all.
    CREATE TABLE events_pairs (
        s               VARCHAR NOT NULL,   -- a key of the source: its country or 3-letter code
        t               VARCHAR NOT NULL,   -- a key of the target, the same way
        date            DATE,
        origin          VARCHAR NOT NULL,
        factuality      VARCHAR,
        doc_id          VARCHAR,
        sentence_index  INTEGER,
        event_id        BIGINT NOT NULL     -- the event (events.event_id)
    );
    CREATE TABLE summary_builds (
        name        VARCHAR PRIMARY KEY,
        fingerprint VARCHAR NOT NULL,       -- events count:sum:max of event_id when built
        built_at    TIMESTAMP DEFAULT current_timestamp  -- when it was built
    );
    DROP INDEX IF EXISTS events_dyad;
    """,
    # 2: events per document, in doc_id order: the documents page counts a page's events
    #    from a few blocks instead of scanning every event's doc_id. Every event's place in
    #    date order: a page of the events reads its day's blocks, not a column of every event.
    """
    CREATE TABLE events_documents (
        doc_id  VARCHAR NOT NULL,           -- the document (documents.doc_id)
        events  BIGINT NOT NULL             -- events counted (a document may have several rows)
    );
    CREATE TABLE events_order (
        date            DATE,
        doc_id          VARCHAR,
        sentence_index  INTEGER,
        event_id        BIGINT NOT NULL,    -- the event (events.event_id)
        origin          VARCHAR NOT NULL,
        factuality      VARCHAR
    );
    """,
    # 3: core's migration 3 respells stored countries (KSV -> XKX) without changing the events'
    #    fingerprint: summaries built before it are out of date
    """
    DELETE FROM summary_builds;
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
            AND source_country <> target_country {and_new}
        GROUP BY ALL
        ORDER BY source_country, target_country, year, origin, factuality
    """,
    "events_pairs": """
        INSERT INTO events_pairs
        WITH sources AS (
            SELECT unnest([source_country, CASE WHEN length(source_code) = 3
                    AND source_code IS DISTINCT FROM source_country THEN source_code END]) AS s,
                [target_country, CASE WHEN length(target_code) = 3
                    AND target_code IS DISTINCT FROM target_country THEN target_code END] AS ts,
                date, origin, factuality, doc_id, sentence_index, event_id
            FROM events {new}
        ), pairs AS (
            SELECT s, unnest(ts) AS t, date, origin, factuality, doc_id, sentence_index,
                event_id
            FROM sources WHERE s IS NOT NULL
        )
        SELECT * FROM pairs WHERE t IS NOT NULL AND s <> t ORDER BY s, t
    """,
    "events_dates": """
        INSERT INTO events_dates
        SELECT date, origin, factuality, count(*) FROM events {new} GROUP BY ALL ORDER BY date
    """,
    "events_order": """
        INSERT INTO events_order
        SELECT date, doc_id, sentence_index, event_id, origin, factuality FROM events {new}
        ORDER BY date NULLS LAST, doc_id, sentence_index, event_id
    """,
    "events_documents": """
        INSERT INTO events_documents
        SELECT doc_id, count(*) FROM events WHERE doc_id IS NOT NULL {and_new}
        GROUP BY doc_id ORDER BY doc_id
    """,
}
NAMES = tuple(_BUILD)


def _fingerprint(con: duckdb.DuckDBPyConnection) -> tuple[int, int, int]:
    row = con.execute(FINGERPRINT_SQL).fetchone()
    return (int(row[0]), int(row[1]), int(row[2])) if row else (0, 0, 0)


def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    return ":".join(str(v) for v in _fingerprint(con))


def fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether every summary holds what the events as they are now give."""
    built = dict(con.execute("SELECT name, fingerprint FROM summary_builds").fetchall())
    now = fingerprint(con)
    if now == _EMPTY:  # a new store: an empty summary of no events needs no build (nor a commit)
        return all(_empty(con, name) for name in NAMES)
    return all(built.get(name) == now for name in NAMES)


_EMPTY = "0:0:0"  # the fingerprint of an events table with no rows


def _empty(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return con.execute(f"SELECT count(*) FROM (SELECT 1 FROM {name} LIMIT 1)").fetchone() == (0,)  # noqa: S608 - fixed names


def _appended_since(con: duckdb.DuckDBPyConnection, built: str | None) -> int | None:
    """The highest event_id of the last build when every change since is an append (no row of
    that build deleted): the summaries then only need the new rows added. Else None."""
    if not built:
        return None
    count, total, top = (int(v) for v in built.split(":"))
    row = con.execute(
        "SELECT count(*), coalesce(sum(event_id), 0) FROM events WHERE event_id > ?", [top]
    ).fetchone()
    now = _fingerprint(con)
    if row and (count + int(row[0]), total + int(row[1])) == now[:2]:
        return top
    return None


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Bring every summary up to date with ``events`` (call inside a transaction).

    Rows only added since the last build are summed and appended (a summary may then hold a
    key more than once; readers always add up); any deletion rebuilds from scratch."""
    now = fingerprint(con)
    builds = dict(con.execute("SELECT name, fingerprint FROM summary_builds").fetchall())
    for name, sql in _BUILD.items():
        top = _appended_since(con, builds.get(name))
        if top is None:
            con.execute(f"DELETE FROM {name}")  # noqa: S608 - fixed names
            con.execute(sql.format(new="", and_new=""))
        else:
            where = f"event_id > {top}"
            con.execute(sql.format(new=f"WHERE {where}", and_new=f"AND {where}"))
        con.execute(
            "INSERT OR REPLACE INTO summary_builds (name, fingerprint) VALUES (?, ?)", [name, now]
        )


__all__ = ["NAMES", "SUMMARIES", "fingerprint", "fresh", "rebuild"]
