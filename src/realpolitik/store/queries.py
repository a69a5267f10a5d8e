"""Questions analysts ask of the store: which events, which dyads, what is in here.

All of it is DuckDB SQL; Python only assembles filters. Table results are pyarrow Tables with
a fixed schema (so an empty result still has its columns): ``.to_pylist()`` gives dicts,
``.to_pandas()`` a DataFrame (with pandas installed). Dates are ISO strings. Names of states
are resolved by the caller (``realpolitik.actors.states``): here ``RUS`` matches the source or
target code or country.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.store._conditions import (
    EVENT_ORIGINS,
    FACTUAL,
    FACTUALITIES,
    ORIGINS,
    PERIODS,
    Bound,
)
from realpolitik.store._dyads import dyad_rows, tie_rows
from realpolitik.store._rows import claim_rows, document_rows, event_rows

if TYPE_CHECKING:
    import pyarrow as pa

    from realpolitik.store._store import Store


EVENT_COLUMNS: list[tuple[str, str]] = [
    ("event_id", "int64"), ("origin", "string"), ("date", "string"),
    ("date_precision", "string"), ("source_code", "string"), ("source_country", "string"),
    ("source_text", "string"), ("source_name", "string"), ("target_code", "string"),
    ("target_country", "string"), ("target_text", "string"), ("target_name", "string"),
    ("cameo", "string"), ("plover", "string"), ("mode", "string"), ("goldstein", "float64"),
    ("quad_class", "int64"), ("factuality", "string"), ("confidence", "float64"),
    ("doc_id", "string"), ("sentence_index", "int64"), ("title", "string"),
    ("published", "string"), ("url", "string"), ("evidence_sentence", "string"),
    ("evidence_start", "int64"), ("evidence_end", "int64"), ("trigger", "string"),
]  # fmt: skip
DYAD_COLUMNS: list[tuple[str, str]] = [
    ("period", "string"), ("source", "string"), ("target", "string"), ("events", "int64"),
    ("vc", "int64"), ("mc", "int64"), ("vk", "int64"), ("mk", "int64"),
    ("mean_goldstein", "float64"), ("net_cooperation", "float64"), ("share_source", "float64"),
    ("share_target", "float64"), ("first_date", "string"), ("last_date", "string"),
    ("origins", "string"),
]  # fmt: skip
TIE_COLUMNS: list[tuple[str, str]] = [
    ("a", "string"), ("b", "string"), ("events", "int64"), ("mean_goldstein", "float64"),
    ("strength", "float64"), ("tone", "string"),
]  # fmt: skip
CLAIM_COLUMNS: list[tuple[str, str]] = [
    ("doc_id", "string"), ("sentence_index", "int64"), ("subject_code", "string"),
    ("subject_country", "string"), ("subject_text", "string"), ("object_code", "string"),
    ("object_country", "string"), ("object_text", "string"), ("measure", "string"),
    ("value", "float64"), ("unit", "string"), ("year", "int64"), ("factuality", "string"),
    ("evidence_sentence", "string"), ("evidence_start", "int64"), ("evidence_end", "int64"),
    ("title", "string"), ("published", "string"), ("url", "string"),
]  # fmt: skip
DOCUMENT_COLUMNS: list[tuple[str, str]] = [
    ("doc_id", "string"), ("title", "string"), ("published", "string"), ("url", "string"),
    ("source", "string"), ("events", "int64"), ("claims", "int64"),
]  # fmt: skip


def table(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]]) -> pa.Table:
    """Rows as a pyarrow Table with the given (name, type) columns, even when there are none."""
    import pyarrow as pa

    schema = pa.schema([(name, pa.type_for_alias(kind)) for name, kind in columns])
    return pa.Table.from_pylist(list(rows), schema=schema)


def events(
    store: Store,
    *,
    actor: str | None = None,
    dyad: str | tuple[str, str] | None = None,
    since: Bound = None,
    until: Bound = None,
    origins: Sequence[str] | None = None,
    factuality: Sequence[str] | None = None,
    limit: int | None = None,
    both_ways: bool = False,
    cameo: str | None = None,
    search: str | None = None,
    doc_id: str | None = None,
    offset: int = 0,
) -> pa.Table:
    """Events by date, with their evidence and the title and date of their document.

    ``actor`` matches the source or target code or country (``RUS`` finds ``RUSGOV`` events);
    ``dyad`` is directed, ``"RUS,PRK"`` or ``("RUS", "PRK")``, each side matched the same way
    (``both_ways``: B->A too). ``since``/``until`` are YYYY, YYYY-MM or YYYY-MM-DD
    (``realpolitik.periods``); ``origins`` and ``factuality`` default to every one. ``cameo``
    is a code prefix (``19`` finds 190-196), ``search`` a case-insensitive substring of the
    evidence sentence; ``limit``/``offset`` page. ``event_rows`` gives the same as dicts.
    """
    found = event_rows(
        store, actor=actor, dyad=dyad, since=since, until=until, origins=origins,
        factuality=factuality, limit=limit, both_ways=both_ways, cameo=cameo, search=search,
        doc_id=doc_id, offset=offset,
    )  # fmt: skip
    return table(found, EVENT_COLUMNS)


def dyads(
    store: Store,
    *,
    a: str | None = None,
    b: str | None = None,
    since: Bound = None,
    until: Bound = None,
    period: str = "all",
    origins: Sequence[str] = ORIGINS,
    factuality: Sequence[str] | None = FACTUAL,
    directed: bool = True,
    min_events: int = 1,
    shares: bool = True,
) -> pa.Table:
    """Per directed dyad (and period): events per QuadClass, mean Goldstein, net cooperation.

    See ``dyad_rows`` (the same as a list of dicts) for what each row holds.
    """
    found = dyad_rows(
        store, a=a, b=b, since=since, until=until, period=period, origins=origins,
        factuality=factuality, directed=directed, min_events=min_events, shares=shares,
    )  # fmt: skip
    return table(found, DYAD_COLUMNS)


def ties(
    store: Store,
    *,
    since: Bound = None,
    until: Bound = None,
    origins: Sequence[str] | None = None,
    factuality: Sequence[str] | None = FACTUAL,
    limit: int = 10,
) -> pa.Table:
    """The strongest undirected ties: |sum of Goldstein| (= |mean| x count) over both directions.

    ``tone`` says whether the tie leans to cooperation (sum > 0) or conflict (sum < 0).
    """
    found = tie_rows(
        store, since=since, until=until, origins=origins, factuality=factuality, limit=limit
    )
    return table(found, TIE_COLUMNS)


def claims(
    store: Store,
    *,
    limit: int | None = None,
    states: tuple[str, str] | None = None,
    doc_id: str | None = None,
    offset: int = 0,
) -> pa.Table:
    """Quantitative claims with their evidence and document (``claim_rows``: as dicts)."""
    found = claim_rows(store, limit=limit, states=states, doc_id=doc_id, offset=offset)
    return table(found, CLAIM_COLUMNS)


def documents(
    store: Store, *, search: str | None = None, limit: int | None = None, offset: int = 0
) -> pa.Table:
    """Stored documents with how many events and claims each yielded (``document_rows``)."""
    return table(document_rows(store, search=search, limit=limit, offset=offset), DOCUMENT_COLUMNS)


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One stored document with its full text, or None."""
    rows = store.dicts(
        "SELECT doc_id, title, CAST(published AS VARCHAR) AS published, url, source, text"
        " FROM documents WHERE doc_id = ?",
        [doc_id],
    )
    return rows[0] if rows else None


def summary(store: Store, *, top: int = 10) -> dict[str, Any]:
    """What ``make demo`` prints: counts, date range, busiest dyads and strongest ties."""
    row = store.row(
        """
        SELECT (SELECT count(*) FROM documents),
               (SELECT count(*) FROM sentences),
               (SELECT count(*) FROM events),
               (SELECT count(*) FROM events WHERE origin = 'text'),
               (SELECT count(*) FROM claims),
               (SELECT count(*) FROM actor_mentions),
               (SELECT CAST(min(published) AS VARCHAR) FROM documents),
               (SELECT CAST(max(published) AS VARCHAR) FROM documents)
        """
    )
    assert row is not None
    by_factuality = dict(
        store.rows(
            "SELECT coalesce(factuality, 'unknown'), count(*) FROM events GROUP BY 1 ORDER BY 2 DESC"
        )
    )
    busiest = dyad_rows(store)[:top]
    return {
        "documents": row[0],
        "sentences": row[1],
        "events": row[2],
        "text_events": row[3],
        "claims": row[4],
        "mentions": row[5],
        "first_published": row[6],
        "last_published": row[7],
        "by_factuality": by_factuality,
        "top_dyads": busiest,
        "strongest_ties": tie_rows(store, limit=top),
    }


READ_STATEMENTS = ("SELECT", "EXPLAIN")


def sql(store: Store, statement: str) -> pa.Table:
    """The result of one read-only SQL query (SELECT, WITH ... SELECT, EXPLAIN, DESCRIBE, SHOW).

    Anything that would write (INSERT, COPY ... TO, ATTACH, SET, ...) is E106; a query error is
    E105. The connection is cut off from files first (DuckDB's ``enable_external_access``), so
    a query cannot read or write files beside the store: a store used for ``sql`` stays so.
    """
    import duckdb

    try:
        parsed = store.con.extract_statements(statement)
    except duckdb.Error as exc:
        raise RealpolitikError(Errors.E105, reason=str(exc).splitlines()[0]) from None
    if not parsed:
        raise RealpolitikError(Errors.E105, reason="no statement given")
    for one in parsed:
        if one.type.name not in READ_STATEMENTS:
            raise RealpolitikError(Errors.E106, statement=one.query.strip()[:60])
    try:
        store.con.execute("SET enable_external_access = false")
        result: pa.Table = store.con.sql(statement).to_arrow_table()
    except duckdb.Error as exc:
        raise RealpolitikError(Errors.E105, reason=str(exc).splitlines()[0]) from None
    return result


__all__ = [
    "EVENT_ORIGINS",
    "claim_rows",
    "document",
    "document_rows",
    "FACTUAL",
    "FACTUALITIES",
    "ORIGINS",
    "PERIODS",
    "claims",
    "documents",
    "dyad_rows",
    "dyads",
    "event_rows",
    "events",
    "sql",
    "summary",
    "table",
    "tie_rows",
    "ties",
]
