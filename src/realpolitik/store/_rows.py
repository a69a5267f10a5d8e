"""Rows of events, claims and documents: filtered, ordered and paged (see ``_paging`` for how
a page is found at GDELT scale)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.periods import span
from realpolitik.store._conditions import (
    EVENT_ORIGINS,
    ORIGINS,
    Bound,
    _check,
    _filters,
    _literal,
    _split_dyad,
    _where,
)
from realpolitik.store._paging import date_window, either, pair_rows

if TYPE_CHECKING:
    from realpolitik.store._store import Store


def event_rows(
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
) -> list[dict[str, Any]]:
    """``events`` as a list of dicts (no pyarrow needed: the command line's fast path)."""
    for origin in origins or ():
        _check("origins", origin, ORIGINS)
    if origins and not set(origins) & set(EVENT_ORIGINS):
        raise RealpolitikError(
            Errors.E908, option="--origin icews-counts", other="events",
            reason="ICEWS dyad-year counts are not event rows; count them with `realpolitik dyads`",
        )  # fmt: skip
    kept = [o for o in origins if o in EVENT_ORIGINS] if origins else None
    where, params = _filters(span(since, until), kept, factuality)
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
    pair: tuple[str, list[Any]] | None = None
    if dyad:
        a, b = _split_dyad(dyad)
        one_way = "((? IN (e.source_code, e.source_country)) AND (? IN (e.target_code, e.target_country)))"
        where.append(f"({one_way} OR {one_way})" if both_ways else one_way)
        params += [a, b, b, a] if both_ways else [a, b]
        if not actor:
            branches = either(["e.source_country", "e.source_code"], [a, b] if both_ways else [a])
        pair = pair_rows(plain, plain_params, a, b, both_ways)
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
    ordered: tuple[str, list[Any]] | None = None
    if limit and only and not dyad and store.summaries_fresh():
        # The count of events per day says which days page N covers: read those days only,
        # from the events listed in page order (a few blocks, not every event's columns).
        found = date_window(store, where, params, int(limit), int(offset))
        if found is None:
            return []
        clause, values, skip = found
        where, params, paging = [*where, clause], [*params, *values], [int(limit), skip]
        ordered = (
            "SELECT e.event_id, e.date, e.doc_id, e.sentence_index FROM events_order e"
            f" {_where(where)}",  # noqa: S608 - fixed fragments; values are parameters
            list(params),
        )
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
        if pair and only and store.summaries_fresh():  # a dyad: its block of events_pairs
            narrow, picked_params = pair
        elif ordered is not None:
            narrow, picked_params = ordered
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
    return store.dicts(sql, [*picked_params, *paging])


def claim_rows(
    store: Store,
    *,
    limit: int | None = None,
    states: tuple[str, str] | None = None,
    doc_id: str | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Quantitative claims with their evidence and document, in a total order (a sentence's
    claims as saved), so that pages neither repeat nor skip a claim.

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
        ORDER BY d.published NULLS LAST, c.doc_id, c.sentence_index, c.rowid
        {"LIMIT ?" if limit else ""} {"OFFSET ?" if offset else ""}
    """  # noqa: S608
    params += [int(n) for n in (limit, offset) if n]
    return store.dicts(sql, params)


def document_rows(
    store: Store, *, search: str | None = None, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Stored documents with how many events and claims each yielded.

    ``search``: a case-insensitive substring of the title or text; ``limit``/``offset`` page.
    """
    where = "WHERE contains(lower(d.title || ' ' || d.text), lower(?))" if search else ""
    params: list[Any] = [search] if search else []
    params += [int(n) for n in (limit, offset) if n]
    page = store.dicts(
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
    for name, found in counts.items():
        sql = f"SELECT doc_id, count(*) FROM {name} {pick} GROUP BY doc_id"  # noqa: S608
        if name == "events" and store.summaries_fresh():  # a few blocks, not every event
            sql = f"SELECT doc_id, sum(events) FROM events_documents {pick} GROUP BY doc_id"  # noqa: S608
        found.update((str(d), int(n)) for d, n in store.rows(sql) if d is not None)
    return [
        {**d, "events": counts["events"].get(d["doc_id"], 0),
         "claims": counts["claims"].get(d["doc_id"], 0)}
        for d in page
    ]  # fmt: skip
