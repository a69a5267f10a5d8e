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
from realpolitik.periods import Span, span
from realpolitik.store._paging import date_window, either, pair_rows

if TYPE_CHECKING:
    import pyarrow as pa

    from realpolitik.store._store import Store

FACTUAL: tuple[str, ...] = ("asserted", "reported")
"""Events that are said to have happened; possible and negated ones are not counted by default."""
FACTUALITIES: tuple[str, ...] = ("asserted", "reported", "possible", "negated")
ORIGINS: tuple[str, ...] = ("text", "gdelt", "icews", "icews-counts")
"""Event sources: extracted from text, loaded GDELT and ICEWS events, ICEWS dyad-year counts."""
EVENT_ORIGINS: tuple[str, ...] = ("text", "gdelt", "icews")  # stored as rows of ``events``
PERIODS: tuple[str, ...] = ("all", "year", "month")

Bound = str | int | None

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
        if pair and only and store.summaries_fresh():  # a dyad: its block of events_pairs
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
    return store.dicts(sql, [*picked_params, *paging])


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


def dyad_rows(
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
) -> list[dict[str, Any]]:
    """Per directed dyad (and period): events per QuadClass, mean Goldstein, net cooperation.

    The one dyad query: ``realpolitik dyads`` (alias ``relations``), the report, networks of
    events and ``analysis.event_dyads`` all read it. QuadClass 1 verbal cooperation (VC), 2
    material cooperation (MC), 3 verbal conflict (VK), 4 material conflict (MK); net
    cooperation = (VC + MC - VK - MK) / events; ``share_source``/``share_target``: the dyad's
    events over all events its source (target) state took part in during the period. Only
    events between two different known countries count, and only those whose factuality is in
    ``factuality`` (None: every one; dataset events, which have none, count as asserted). ``a`` (ISO3) picks a state's dyads, ``a`` and ``b`` one
    dyad in both directions; ``directed=False`` folds A->B and B->A into one (a < b).
    ``period`` 'all' (the whole range), 'year' or 'month'.

    ICEWS dyad-year counts (origin 'icews-counts') stand in for ICEWS event rows in yearly and
    whole-range results: a directed dyad-year's counts are used only where no ICEWS event rows
    of it are selected, for years wholly inside ``since``/``until``; they carry no Goldstein
    scores and no months (monthly results skip them). ``origins`` says what each row counts.

    ``shares`` False leaves the volume shares out (NULL): only the dyads asked for are added up.
    Yearly and whole-range results over whole years read the dyad-year summary
    (``store.summaries``) when it is up to date, the events themselves otherwise.
    """
    _check("period", period, PERIODS)
    for origin in origins:
        _check("origins", origin, ORIGINS)
    rng = span(since, until)
    facts = list(factuality) if factuality else list(FACTUALITIES)
    rows_origins = [o for o in origins if o in EVENT_ORIGINS] or ["none"]
    where = [
        f"origin IN ({', '.join('?' for _ in rows_origins)})",
        "source_country IS NOT NULL",
        "target_country IS NOT NULL",
        "source_country <> target_country",
        f"coalesce(factuality, 'asserted') IN ({', '.join('?' for _ in facts)})",  # datasets: asserted
    ]
    params: list[Any] = [*rows_origins, *facts]
    since_iso, until_iso = rng.iso()
    if since_iso:
        where.append("date >= CAST(? AS DATE)")
        params.append(since_iso)
    if until_iso:
        where.append("date <= CAST(? AS DATE)")
        params.append(until_iso)
    if period != "all":
        where.append("date IS NOT NULL")
    label = {"all": "'all'", "year": "strftime(date, '%Y')", "month": "strftime(date, '%Y-%m')"}
    src, tgt = (
        ("source_country", "target_country")
        if directed
        else ("least(source_country, target_country)", "greatest(source_country, target_country)")
    )
    # Yearly and whole-range figures over whole years add up the dyad-year summary.
    summary = period != "month" and _whole_years(rng) and store.summaries_fresh()
    if summary:
        where = [_YEARLY.get(c, c) for c in where]
        label["all"], label["year"] = "'all'", "strftime(make_date(year, 1, 1), '%Y')"
    counts, count_params = _counts(store, origins, period, rng, src, tgt, summary=summary)
    pick, pick_params = "", []
    if a and b:
        pick = "WHERE (d.s = ? AND d.t = ?) OR (d.s = ? AND d.t = ?)"
        pick_params = [a, b, b, a]
        # Only events of a or b reach their dyad and their volumes: the rest need no scan
        # (without volumes, only the dyad's own events).
        where.append(
            "(source_country IN (?, ?) OR target_country IN (?, ?))"
            if shares
            else "source_country IN (?, ?) AND target_country IN (?, ?)"
        )
        params += [a, b, a, b]
    elif a:
        pick = "WHERE d.s = ? OR d.t = ?"
        pick_params = [a, a]
        if not shares:
            where.append("(source_country = ? OR target_country = ?)")
            params += [a, a]
    parts = (
        f"""SELECT {label[period]} AS p, {src} AS s, {tgt} AS t, sum(events) AS events,
            sum(vc) AS vc, sum(mc) AS mc, sum(vk) AS vk, sum(mk) AS mk, sum(g_sum) AS g_sum,
            sum(g_n) AS g_n, min(first_date) AS first, max(last_date) AS last, origin
        FROM events_dyad_years WHERE {" AND ".join(where)} GROUP BY ALL"""
        if summary
        else f"""SELECT p, s, t, count(*) AS events,
            count(*) FILTER (WHERE quad_class = 1) AS vc,
            count(*) FILTER (WHERE quad_class = 2) AS mc,
            count(*) FILTER (WHERE quad_class = 3) AS vk,
            count(*) FILTER (WHERE quad_class = 4) AS mk,
            sum(goldstein) AS g_sum, count(goldstein) AS g_n, min(date) AS first,
            max(date) AS last, origin
        FROM (
            SELECT {label[period]} AS p, {src} AS s, {tgt} AS t, quad_class, goldstein,
                origin, date
            FROM events WHERE {" AND ".join(where)}
        ) GROUP BY p, s, t, origin"""
    )
    volumes = "CAST(NULL AS DOUBLE) AS share_source, CAST(NULL AS DOUBLE) AS share_target"
    joins = ""  # shares=False: no volumes to add up
    if shares:  # volumes keyed by one column: with (p, c) the planner joined both on p first
        volumes = "d.events / vs.n AS share_source, d.events / vt.n AS share_target"
        joins = "JOIN vol vs ON vs.k = d.p || '|' || d.s JOIN vol vt ON vt.k = d.p || '|' || d.t"
    sql = f"""
    WITH parts AS (
        {parts}
        {counts}
    ), d AS (
        SELECT p, s, t, sum(events) AS events, sum(vc) AS vc, sum(mc) AS mc, sum(vk) AS vk,
            sum(mk) AS mk, sum(g_sum) / nullif(sum(g_n), 0) AS g, min(first) AS first,
            max(last) AS last,
            array_to_string(list_sort(list_distinct(list(origin))), ',') AS origins
        FROM parts GROUP BY p, s, t
    ), vol AS (
        SELECT p || '|' || c AS k, sum(n) AS n FROM (
            SELECT p, s AS c, events AS n FROM d UNION ALL SELECT p, t AS c, events AS n FROM d
        ) GROUP BY ALL
    )
    SELECT d.p AS period, d.s AS source, d.t AS target, CAST(d.events AS BIGINT) AS events,
        CAST(d.vc AS BIGINT) AS vc, CAST(d.mc AS BIGINT) AS mc, CAST(d.vk AS BIGINT) AS vk,
        CAST(d.mk AS BIGINT) AS mk, d.g AS mean_goldstein,
        (d.vc + d.mc - d.vk - d.mk) / d.events AS net_cooperation,
        {volumes},
        CAST(d.first AS VARCHAR) AS first_date, CAST(d.last AS VARCHAR) AS last_date, d.origins
    FROM d
    {joins}
    {pick} {"AND" if pick else "WHERE"} d.events >= ?
    ORDER BY d.p, d.events DESC, d.s, d.t
    """  # noqa: S608
    return store.dicts(sql, [*params, *count_params, *pick_params, int(min_events)])


# Date filters of the events as year filters of the dyad-year summary (whole years only).
_YEARLY = {
    "date >= CAST(? AS DATE)": "year >= year(CAST(? AS DATE))",
    "date <= CAST(? AS DATE)": "year <= year(CAST(? AS DATE))",
    "date IS NOT NULL": "year IS NOT NULL",
    "e.date >= CAST(? AS DATE)": "e.year >= year(CAST(? AS DATE))",
    "e.date <= CAST(? AS DATE)": "e.year <= year(CAST(? AS DATE))",
}


def _whole_years(rng: Span) -> bool:
    """Whether the range starts on 1 January and ends on 31 December (or is open)."""
    return (rng.since is None or (rng.since.month, rng.since.day) == (1, 1)) and (
        rng.until is None or (rng.until.month, rng.until.day) == (12, 31)
    )


def _counts(
    store: Store,
    origins: Sequence[str],
    period: str,
    rng: Span,
    src: str,
    tgt: str,
    *,
    summary: bool = False,
) -> tuple[str, list[Any]]:
    """UNION ALL branch of ``parts`` for ICEWS dyad-year counts, with its parameters.

    A directed dyad-year's counts are skipped when ICEWS event rows of it are selected, so
    that the same events are never counted twice.
    """
    if period == "month" or "icews-counts" not in origins:
        return "", []
    if not store.exists("information_schema.tables", "table_name = 'event_dyad_years'"):
        return "", []
    first = (
        rng.since.year + (0 if (rng.since.month, rng.since.day) == (1, 1) else 1)
        if rng.since
        else -9999
    )
    last = (
        rng.until.year - (0 if (rng.until.month, rng.until.day) == (12, 31) else 1)
        if rng.until
        else 9999
    )
    rows = (
        "events_dyad_years x WHERE x.year = c.year"
        if summary
        else "events x WHERE year(x.date) = c.year"
    )
    shadow = (
        f" AND NOT EXISTS (SELECT 1 FROM {rows} AND x.origin = 'icews'"
        " AND x.source_country = c.source_country AND x.target_country = c.target_country)"
        if "icews" in origins
        else ""
    )
    label = "'all'" if period == "all" else "CAST(year AS VARCHAR)"
    sql = f"""
        UNION ALL
        SELECT {label} AS p, {src} AS s, {tgt} AS t,
            sum(vc + mc + vk + mk) AS events, sum(vc), sum(mc), sum(vk), sum(mk),
            NULL AS g_sum, 0 AS g_n, NULL AS first, NULL AS last, 'icews-counts' AS origin
        FROM event_dyad_years c
        WHERE source_country <> target_country AND year BETWEEN ? AND ?
            AND vc + mc + vk + mk > 0{shadow}
        GROUP BY ALL
    """  # noqa: S608
    return sql, [first, last]


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


def tie_rows(
    store: Store,
    *,
    since: Bound = None,
    until: Bound = None,
    origins: Sequence[str] | None = None,
    factuality: Sequence[str] | None = FACTUAL,
    limit: int = 10,
) -> list[dict[str, Any]]:
    """``ties`` as a list of dicts."""
    rng = span(since, until)
    where, params = _filters(rng, origins, factuality)
    where += [
        "e.source_country IS NOT NULL",
        "e.target_country IS NOT NULL",
        "e.source_country <> e.target_country",
    ]
    sums = "count(*) AS events, avg(e.goldstein) AS g, sum(coalesce(e.goldstein, 0)) AS g_sum"
    summary = _whole_years(rng) and store.summaries_fresh()
    if summary:  # the dyad-year summary: the same sums from far fewer rows
        where = [_YEARLY.get(c, c) for c in where]
        sums = """CAST(sum(e.events) AS BIGINT) AS events,
            sum(e.g_sum) / nullif(sum(e.g_n), 0) AS g, sum(coalesce(e.g_sum, 0)) AS g_sum"""
    sql = f"""
        SELECT a, b, events, round(g, 3) AS mean_goldstein, round(abs(g_sum), 3) AS strength,
               CASE WHEN g_sum >= 0 THEN 'cooperation' ELSE 'conflict' END AS tone
        FROM (
            SELECT least(e.source_country, e.target_country) AS a,
                   greatest(e.source_country, e.target_country) AS b, {sums}
            FROM {"events_dyad_years" if summary else "events"} e
            {_where(where)}
            GROUP BY ALL
        )
        ORDER BY strength DESC, events DESC, a, b
        LIMIT ?
    """  # noqa: S608
    return store.dicts(sql, [*params, int(limit)])


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


def claim_rows(
    store: Store,
    *,
    limit: int | None = None,
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
    return store.dicts(sql, params)


def documents(
    store: Store, *, search: str | None = None, limit: int | None = None, offset: int = 0
) -> pa.Table:
    """Stored documents with how many events and claims each yielded (``document_rows``)."""
    return table(document_rows(store, search=search, limit=limit, offset=offset), DOCUMENT_COLUMNS)


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
        found.update((str(d), int(n)) for d, n in store.rows(sql) if d is not None)
    return [
        {**d, "events": counts["events"].get(d["doc_id"], 0),
         "claims": counts["claims"].get(d["doc_id"], 0)}
        for d in page
    ]  # fmt: skip


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


def _check(option: str, value: str, choices: Sequence[str]) -> None:
    if value not in choices:
        raise RealpolitikError(
            Errors.E907, option=f"--{option.rstrip('s')}", value=value, choices=", ".join(choices)
        )


def _filters(
    rng: Span, origins: Sequence[str] | None, factuality: Sequence[str] | None
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    since, until = rng.iso()
    if since:
        where.append("e.date >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("e.date <= CAST(? AS DATE)")
        params.append(until)
    if origins:
        where.append(f"e.origin IN ({', '.join('?' for _ in origins)})")
        params += list(origins)
    if factuality:
        for fact in factuality:
            _check("factuality", fact, FACTUALITIES)
        marks = ", ".join("?" for _ in factuality)
        where.append(f"coalesce(e.factuality, 'asserted') IN ({marks})")  # datasets: asserted
        params += list(factuality)
    return where, params


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
