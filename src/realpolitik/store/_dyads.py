"""The dyad query (counts by QuadClass, Goldstein, net cooperation, volume shares per dyad and
period) and the strongest ties: from the dyad-year summary when it is up to date, from the
events otherwise."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from realpolitik.periods import Span, span
from realpolitik.store._conditions import (
    EVENT_ORIGINS,
    FACTUAL,
    FACTUALITIES,
    ORIGINS,
    PERIODS,
    Bound,
    _check,
    _filters,
    _where,
)

if TYPE_CHECKING:
    from realpolitik.store._store import Store


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
        pick = "WHERE ((d.s = ? AND d.t = ?) OR (d.s = ? AND d.t = ?))"
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
        pick = "WHERE (d.s = ? OR d.t = ?)"  # parenthesised: min_events ANDs on
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
    # duckdb_tables(), not information_schema.tables: a third of the cost on every dyads query
    if not store.exists("duckdb_tables()", "table_name = 'event_dyad_years'"):
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
