"""Pages of events at GDELT scale: find the page's rows from narrow columns, summaries and
one-column filters, then read whole rows for the page alone.

DuckDB filters a comparison of one column with a constant while it scans (and skips blocks
whose range excludes it); a condition over several columns, or a parameter list, it checks
only after reading every column of every row. Hence the shapes below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from realpolitik.store._store import Store


def where_sql(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


def date_window(
    store: Store, where: list[str], params: list[Any], limit: int, offset: int
) -> tuple[str, list[Any], int] | None:
    """(filter on date, its parameters, offset within it) for rows offset .. offset + limit of
    the events in date order, from ``events_dates``; None when there are that few events."""
    row = store.row(
        f"""
        WITH days AS (
            SELECT e.date, sum(e.events) AS n FROM events_dates e {where_sql(where)} GROUP BY ALL
        ), placed AS (
            SELECT date, n, sum(n) OVER (ORDER BY date NULLS LAST ROWS UNBOUNDED PRECEDING) - n
                AS before FROM days
        )
        SELECT min(date), max(date), bool_or(date IS NULL), min(before) FROM placed
        WHERE before < ? AND before + n > ?
        """,  # noqa: S608
        [*params, offset + limit, offset],
    )
    if row is None or row[3] is None:
        return None
    first, last, undated, before = row
    if first is None:  # only events without a date
        return "e.date IS NULL", [], offset - int(before)
    clause = "(e.date BETWEEN ? AND ?" + (" OR e.date IS NULL)" if undated else ")")
    return clause, [first, last], offset - int(before)


def either(columns: list[str], values: list[str]) -> list[tuple[str, list[Any]]]:
    """Disjoint filters ``column = value`` that together find every row whose ``columns`` hold
    one of ``values``: a row belongs to the first column (and value) that matches. DuckDB
    filters an equality as it scans; a list of columns or values it scans whole."""
    marks = ", ".join("?" for _ in values)
    out: list[tuple[str, list[Any]]] = []
    for i, column in enumerate(columns):
        earlier = [f"({c} IS NULL OR {c} NOT IN ({marks}))" for c in columns[:i]]
        for value in values:
            out.append((" AND ".join([f"{column} = ?", *earlier]), [value, *values * i]))
    return out


def pair_rows(
    where: list[str], params: list[Any], a: str, b: str, both_ways: bool
) -> tuple[str, list[Any]] | None:
    """The narrow rows of dyad a -> b (and b -> a) from ``events_pairs``, which lists events
    under their country and any other three-letter code of each side: exact for two different
    three-letter keys (None otherwise). ``where`` holds date, origin and factuality filters."""
    if a == b or len(a) != 3 or len(b) != 3:
        return None
    keys = [(a, b), (b, a)] if both_ways else [(a, b)]
    sql = " UNION ".join(  # an event listed under both directions counts once
        "SELECT e.event_id, e.date, e.doc_id, e.sentence_index FROM events_pairs e "
        + where_sql(["e.s = ?", "e.t = ?", *where])
        for _ in keys
    )
    return sql, [v for s, t in keys for v in (s, t, *params)]
