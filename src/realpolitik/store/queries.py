"""Questions analysts ask of the store: which events, which dyads, what is in here.

All of it is DuckDB SQL; Python only assembles filters. Results are lists of plain dicts with
dates as ISO strings, ready for tables, JSON Lines, CSV and the HTML report.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.store._paging import date_window, either, pair_rows
from realpolitik.store._store import Store

FACTUAL: tuple[str, ...] = ("asserted", "reported")
"""Events that are said to have happened; possible and negated ones are not counted in dyads."""

EVENT_COLUMNS = [
    "event_id", "origin", "date", "date_precision", "source_code", "source_country",
    "source_text", "source_name", "target_code", "target_country", "target_text", "target_name",
    "cameo", "plover", "mode", "goldstein", "quad_class", "factuality", "confidence",
    "doc_id", "sentence_index", "title", "published", "url", "evidence_sentence",
    "evidence_start", "evidence_end", "trigger",
]  # fmt: skip


def events(
    store: Store,
    actor: str | None = None,
    dyad: str | tuple[str, str] | None = None,
    since: str | None = None,
    until: str | None = None,
    origin: str | None = None,
    factuality: Sequence[str] | None = None,
    limit: int | None = None,
    *,
    both_ways: bool = False,
    cameo: str | None = None,
    search: str | None = None,
    doc_id: str | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Events by date, with their evidence and the title and date of their document.

    ``actor`` matches the source or target code or country (``RUS`` finds ``RUSGOV`` events);
    ``dyad`` is directed, ``"RUS,PRK"`` or ``("RUS", "PRK")``, each side matched the same way
    (``both_ways``: B->A too). ``cameo`` is a code prefix (``19`` finds 190-196), ``search``
    a case-insensitive substring of the evidence sentence; ``offset`` pages (the dashboard).
    """
    where, params = _filters(since, until, origin, factuality)
    plain, plain_params = list(where), list(params)  # date, origin and factuality only
    # Actor and dyad match one of several columns: each is split into disjoint branches that
    # each name one column, which DuckDB can filter while it scans (millions of rows).
    branches: list[tuple[str, list[Any]]] = [("TRUE", [])]
    if actor:
        x = actor.strip().upper()
        branches = either(["e.source_country", "e.source_code", "e.target_country",
                            "e.target_code"], [x])  # fmt: skip
        where.append("(? IN (e.source_code, e.source_country, e.target_code, e.target_country))")
        params.append(x)
    if dyad:
        a, b = _split_dyad(dyad)
        one_way = "((? IN (e.source_code, e.source_country)) AND (? IN (e.target_code, e.target_country)))"
        where.append(f"({one_way} OR {one_way})" if both_ways else one_way)
        params += [a, b, b, a] if both_ways else [a, b]
        if not actor:
            branches = either(["e.source_country", "e.source_code"], [a, b] if both_ways else [a])
    if cameo:
        where.append("starts_with(e.cameo, ?)")
        params.append(cameo)
    if search:
        where.append("contains(lower(e.evidence_sentence), lower(?))")
        params.append(search)
    if doc_id:
        where.append("e.doc_id = ?")
        params.append(doc_id)
    order = "ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.event_id"
    page = "LIMIT ? OFFSET ?" if limit else ("OFFSET ?" if offset else "")
    paging = [int(limit), int(offset)] if limit else ([int(offset)] if offset else [])
    documents = "documents"
    only = not (actor or cameo or search or doc_id)  # filters the summaries can answer
    if limit and only and not dyad and store.summaries_fresh():
        # The count of events per day says which days page N covers: read those days only.
        found = date_window(store, where, params, int(limit), int(offset))
        if found is None:
            return []
        clause, values, skip = found
        where, params, paging = [*where, clause], [*params, *values], [int(limit), skip]
    picked = " UNION ALL ".join(
        f"SELECT e.* FROM events e {_where([branch, *where])}" for branch, _ in branches
    )
    picked_params = [v for _, values in branches for v in [*values, *params]]
    if limit:
        # A page: order the narrow columns first, then read whole rows for the page only
        # (ids written out: DuckDB filters a literal list while it scans, not a parameter).
        narrow = picked.replace(
            "SELECT e.* ", "SELECT e.event_id, e.date, e.doc_id, e.sentence_index "
        )
        pair = pair_rows(plain, plain_params, a, b, both_ways) if dyad and only else None
        if pair and store.summaries_fresh():  # a dyad: its block of events_pairs
            narrow, picked_params = pair
        ids = store.rows(
            f"SELECT e.event_id, e.doc_id FROM ({narrow}) e {order} {page}",  # noqa: S608
            [*picked_params, *paging],
        )
        if not ids:
            return []
        listed = ", ".join(str(int(r[0])) for r in ids)
        picked, picked_params = f"SELECT * FROM events WHERE event_id IN ({listed})", []  # noqa: S608
        docs = ", ".join(_literal(str(d)) for d in {r[1] for r in ids if r[1] is not None})
        documents = f"(SELECT * FROM documents WHERE doc_id IN ({docs or 'NULL'}))"
        page, paging = "", []
    sql = f"""
        SELECT e.event_id, e.origin, CAST(e.date AS VARCHAR) AS date, e.date_precision,
               e.source_code, e.source_country, e.source_text, e.source_name,
               e.target_code, e.target_country, e.target_text, e.target_name,
               e.cameo, e.plover, e.mode, e.goldstein, e.quad_class, e.factuality,
               round(e.confidence, 3) AS confidence, e.doc_id, e.sentence_index, d.title,
               CAST(d.published AS VARCHAR) AS published,
               coalesce(e.source_url, d.url) AS url, e.evidence_sentence,
               e.evidence_start, e.evidence_end, e.trigger
        FROM ({picked}) e LEFT JOIN {documents} d USING (doc_id)
        {order} {page}
    """  # noqa: S608 - only fixed fragments are formatted in; values are parameters
    return _dicts(store, sql, [*picked_params, *paging])


def dyads(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    origin: str | None = None,
    factuality: Sequence[str] | None = FACTUAL,
) -> list[dict[str, Any]]:
    """Per directed country dyad: counts per QuadClass, mean Goldstein and net cooperation.

    QuadClass 1 verbal cooperation (VC), 2 material cooperation (MC), 3 verbal conflict (VK),
    4 material conflict (MK); net cooperation is (VC + MC - VK - MK) / total. Only events
    between two different known countries count; by default only asserted and reported ones.
    """
    where, params = _filters(since, until, origin, factuality)
    where += [
        "e.source_country IS NOT NULL",
        "e.target_country IS NOT NULL",
        "e.source_country <> e.target_country",
    ]
    counts = """count(*) FILTER (WHERE e.quad_class = 1) AS vc,
               count(*) FILTER (WHERE e.quad_class = 2) AS mc,
               count(*) FILTER (WHERE e.quad_class = 3) AS vk,
               count(*) FILTER (WHERE e.quad_class = 4) AS mk,
               count(*) AS total, avg(e.goldstein) AS mean_goldstein,
               min(e.date) AS first_date, max(e.date) AS last_date"""
    summed = _summed(store, since, until, where)
    if summed:  # the dyad-year summary: the same sums from far fewer rows
        counts = """sum(e.vc) AS vc, sum(e.mc) AS mc, sum(e.vk) AS vk, sum(e.mk) AS mk,
               sum(e.events) AS total, sum(e.g_sum) / nullif(sum(e.g_n), 0) AS mean_goldstein,
               min(e.first_date) AS first_date, max(e.last_date) AS last_date"""
        where = summed
    sql = f"""
        SELECT source, target, CAST(vc AS BIGINT) AS vc, CAST(mc AS BIGINT) AS mc,
               CAST(vk AS BIGINT) AS vk, CAST(mk AS BIGINT) AS mk, CAST(total AS BIGINT) AS total,
               round(mean_goldstein, 3) AS mean_goldstein,
               round((vc + mc - vk - mk) / total, 3) AS net_cooperation,
               CAST(first_date AS VARCHAR) AS first_date, CAST(last_date AS VARCHAR) AS last_date
        FROM (
            SELECT e.source_country AS source, e.target_country AS target, {counts}
            FROM {"events_dyad_years" if summed else "events"} e
            {_where(where)}
            GROUP BY ALL
        )
        ORDER BY total DESC, source, target
    """  # noqa: S608
    return _dicts(store, sql, params)


def ties(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    origin: str | None = None,
    factuality: Sequence[str] | None = FACTUAL,
    limit: int = 10,
) -> list[dict[str, Any]]:
    """The strongest undirected ties: |sum of Goldstein| (= |mean| x count) over both directions.

    ``tone`` says whether the tie leans to cooperation (sum > 0) or conflict (sum < 0).
    """
    where, params = _filters(since, until, origin, factuality)
    where += [
        "e.source_country IS NOT NULL",
        "e.target_country IS NOT NULL",
        "e.source_country <> e.target_country",
    ]
    sums = "count(*) AS events, avg(e.goldstein) AS g, sum(coalesce(e.goldstein, 0)) AS g_sum"
    summed = _summed(store, since, until, where)
    if summed:
        sums = """CAST(sum(e.events) AS BIGINT) AS events, sum(e.g_sum) / nullif(sum(e.g_n), 0) AS g,
                  sum(coalesce(e.g_sum, 0)) AS g_sum"""
        where = summed
    sql = f"""
        SELECT a, b, events, round(g, 3) AS mean_goldstein, round(abs(g_sum), 3) AS strength,
               CASE WHEN g_sum >= 0 THEN 'cooperation' ELSE 'conflict' END AS tone
        FROM (
            SELECT least(e.source_country, e.target_country) AS a,
                   greatest(e.source_country, e.target_country) AS b, {sums}
            FROM {"events_dyad_years" if summed else "events"} e
            {_where(where)}
            GROUP BY ALL
        )
        ORDER BY strength DESC, events DESC, a, b
        LIMIT ?
    """  # noqa: S608
    return _dicts(store, sql, [*params, int(limit)])


def claims(
    store: Store,
    limit: int | None = None,
    *,
    states: tuple[str, str] | None = None,
    doc_id: str | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quantitative claims with their evidence and document.

    ``states``: claims whose subject and object are these two countries (either way round).
    """
    where: list[str] = []
    params: list[Any] = []
    if states:
        a, b = states
        where.append(
            "((c.subject_country = ? AND c.object_country = ?)"
            " OR (c.subject_country = ? AND c.object_country = ?))"
        )
        params += [a, b, b, a]
    if doc_id:
        where.append("c.doc_id = ?")
        params.append(doc_id)
    sql = f"""
        SELECT c.doc_id, c.sentence_index, c.subject_code, c.subject_country, c.subject_text,
               c.object_code, c.object_country, c.object_text, c.measure, c.value, c.unit,
               c.year, c.factuality, c.evidence_sentence, c.evidence_start, c.evidence_end,
               d.title, CAST(d.published AS VARCHAR) AS published, d.url
        FROM claims c LEFT JOIN documents d USING (doc_id)
        {_where(where)}
        ORDER BY d.published NULLS LAST, c.doc_id, c.sentence_index
        {"LIMIT ?" if limit else ""} {"OFFSET ?" if offset else ""}
    """  # noqa: S608
    params += [int(n) for n in (limit, offset) if n]
    return _dicts(store, sql, params)


def documents(
    store: Store,
    *,
    search: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored documents with how many events and claims each yielded.

    ``search``: a case-insensitive substring of the title or text; ``limit``/``offset`` page.
    """
    where = "WHERE contains(lower(d.title || ' ' || d.text), lower(?))" if search else ""
    params: list[Any] = [search] if search else []
    params += [int(n) for n in (limit, offset) if n]
    page = _dicts(
        store,
        f"""SELECT d.doc_id, d.title, CAST(d.published AS VARCHAR) AS published, d.url, d.source
        FROM documents d {where} ORDER BY d.published NULLS LAST, d.doc_id
        {"LIMIT ?" if limit else ""} {"OFFSET ?" if offset else ""}""",  # noqa: S608
        params,
    )
    if not page:
        return []
    # Counts for the page's documents only: a written-out list is filtered while scanning.
    pick = ""
    if limit:
        pick = f"WHERE doc_id IN ({', '.join(_literal(str(d['doc_id'])) for d in page)})"
    counts: dict[str, dict[str, int]] = {"events": {}, "claims": {}}
    for table, found in counts.items():
        sql = f"SELECT doc_id, count(*) FROM {table} {pick} GROUP BY doc_id"  # noqa: S608
        found.update((str(d), int(n)) for d, n in store.rows(sql) if d is not None)
    return [
        {**d, "events": counts["events"].get(d["doc_id"], 0),
         "claims": counts["claims"].get(d["doc_id"], 0)}
        for d in page
    ]  # fmt: skip


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One stored document with its full text, or None."""
    rows = _dicts(
        store,
        "SELECT doc_id, title, CAST(published AS VARCHAR) AS published, url, source, text"
        " FROM documents WHERE doc_id = ?",
        [doc_id],
    )
    return rows[0] if rows else None


def summary(store: Store, top: int = 10) -> dict[str, Any]:
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
        "top_dyads": dyads(store)[:top],
        "strongest_ties": ties(store, limit=top),
    }


def _filters(
    since: str | None, until: str | None, origin: str | None, factuality: Sequence[str] | None
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if since:
        where.append("e.date >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("e.date <= CAST(? AS DATE)")
        params.append(until)
    if origin:
        where.append("e.origin = ?")
        params.append(origin)
    if factuality:
        marks = ", ".join("?" for _ in factuality)
        where.append(f"coalesce(e.factuality, 'asserted') IN ({marks})")
        params += list(factuality)
    return where, params


def _summed(
    store: Store, since: str | None, until: str | None, where: list[str]
) -> list[str] | None:
    """``where`` for ``events_dyad_years`` when it can stand in for the events: it is up to date
    and the dates asked for, if any, are whole years (``YYYY-01-01`` to ``YYYY-12-31``)."""
    for value, day in ((since, "-01-01"), (until, "-12-31")):
        if value and not (len(value) == 10 and value[:4].isdigit() and value[4:] == day):
            return None
    if not store.summaries_fresh():
        return None
    years = {
        "e.date >= CAST(? AS DATE)": "e.year >= year(CAST(? AS DATE))",
        "e.date <= CAST(? AS DATE)": "e.year <= year(CAST(? AS DATE))",
    }
    return [years.get(c, c) for c in where]  # same places, same parameters


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _where(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


def _split_dyad(dyad: str | tuple[str, str]) -> tuple[str, str]:
    parts = dyad.split(",") if isinstance(dyad, str) else list(dyad)
    parts = [p.strip().upper() for p in parts]
    if len(parts) != 2 or not all(parts):
        raise RealpolitikError(Errors.E901, option="--dyad", reason=f"{dyad!r} is not 'A,B'")
    return parts[0], parts[1]


def _dicts(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return store.dicts(sql, params)


__all__ = ["FACTUAL", "claims", "document", "documents", "dyads", "events", "summary", "ties"]
