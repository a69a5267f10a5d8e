"""Event dyads: how states act toward each other, by month or year, from every event source.

Events (the project's own, extracted from text, and loaded GDELT/ICEWS events) count by
QuadClass: verbal cooperation (VC, 1), material cooperation (MC, 2), verbal conflict (VK, 3),
material conflict (MK, 4). Per dyad and period:

* mean Goldstein score (-10 conflict ... +10 cooperation; Goldstein 1992),
* net cooperation = (VC + MC - VK - MK) / events,
* volume shares: events / all events the source (target) state took part in that period, so
  that a dyad's weight is comparable between a state in every headline and a quiet one.

Text events count only when their factuality is in ``factuality`` (default asserted and
reported: no denials, hypotheticals or intents); dataset events have no factuality.

ICEWS also comes as dyad-year QuadClass counts (``data load icews-counts``, table
``event_dyad_years``; origin ``icews-counts``). They are ICEWS events in aggregate, so they
stand in for ICEWS event rows: yearly measures use a directed dyad-year's counts only where no
ICEWS event rows of that dyad and year are selected, and pool them with the other origins'
events like event rows. Counts carry no Goldstein scores (the mean is over event rows only)
and no months (monthly measures skip them). Each row's ``origins`` says what it counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from realpolitik.analysis._common import Row, choose, citation, state_code, window
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    from realpolitik.store import Store

ORIGINS = ("text", "gdelt", "icews", "icews-counts")
EVENT_ORIGINS = ("text", "gdelt", "icews")  # origins stored as rows of ``events``
PERIODS = ("year", "month")
DEFAULT_FACTUALITY = ("asserted", "reported")


def _filters(
    origins: Sequence[str], factuality: Sequence[str], first: int, last: int
) -> tuple[str, list[Any]]:
    for origin in origins:
        choose("origin", origin, ORIGINS)
    origins = [o for o in origins if o in EVENT_ORIGINS] or ["none"]
    where = (
        f"origin IN ({', '.join('?' for _ in origins)})"
        " AND source_country IS NOT NULL AND target_country IS NOT NULL"
        " AND source_country <> target_country AND date IS NOT NULL"
        " AND year(date) BETWEEN ? AND ?"
        f" AND (origin <> 'text' OR factuality IN ({', '.join('?' for _ in factuality)}))"
    )
    return where, [*origins, first, last, *factuality]


def _summary_filters(
    origins: Sequence[str], factuality: Sequence[str], first: int, last: int
) -> tuple[str, list[Any]]:
    """``_filters`` for ``events_dyad_years``, which holds only dyads of two countries."""
    for origin in origins:
        choose("origin", origin, ORIGINS)
    origins = [o for o in origins if o in EVENT_ORIGINS] or ["none"]
    where = (
        f"origin IN ({', '.join('?' for _ in origins)}) AND year BETWEEN ? AND ?"
        f" AND (origin <> 'text' OR factuality IN ({', '.join('?' for _ in factuality)}))"
    )
    return where, [*origins, first, last, *factuality]


def event_dyads(
    store: Store,
    a: str | None = None,
    b: str | None = None,
    since: int | str | None = None,
    until: int | str | None = None,
    period: str = "year",
    origins: Sequence[str] = ORIGINS,
    factuality: Sequence[str] = DEFAULT_FACTUALITY,
    directed: bool = True,
    min_events: int = 1,
    *,
    shares: bool = True,
) -> list[Row]:
    """Counts by QuadClass, mean Goldstein, net cooperation and volume shares per dyad-period.

    ``a`` and ``b``: that dyad (both directions when ``directed``); ``a`` only: a's dyads (as
    source or target). ``directed`` False folds A->B and B->A into one dyad (a < b).
    ``shares`` False leaves the volume shares out (None), which saves adding up every dyad.
    """
    choose("period", period, PERIODS)
    first, last = window(since, until)
    # Yearly figures add up the dyad-year summary when it is up to date (millions of events).
    summary = period == "year" and store.summaries_fresh()
    where, params = (_summary_filters if summary else _filters)(
        origins, factuality or DEFAULT_FACTUALITY, first, last
    )
    fmt = "%Y" if period == "year" else "%Y-%m"
    src, tgt = (
        ("source_country", "target_country")
        if directed
        else (
            "least(source_country, target_country)",
            "greatest(source_country, target_country)",
        )
    )
    pick = ""
    pick_params: list[Any] = []
    if a:
        code_a = state_code(a)
        if b:
            code_b = state_code(b)
            pick = "WHERE (s = ? AND t = ?) OR (s = ? AND t = ?)"
            pick_params = [code_a, code_b, code_b, code_a]
            # Only events of a or b reach their dyad and their volumes: the rest need no scan
            # (without volumes, only the dyad's own events).
            where += (
                " AND (source_country IN (?, ?) OR target_country IN (?, ?))"
                if shares
                else " AND source_country IN (?, ?) AND target_country IN (?, ?)"
            )
            params = [*params, code_a, code_b, code_a, code_b]
        else:
            pick = "WHERE s = ? OR t = ?"
            pick_params = [code_a, code_a]
            if not shares:
                where += " AND (source_country = ? OR target_country = ?)"
                params = [*params, code_a, code_a]
    counts, count_params = _counts(origins, period, first, last, src, tgt, summary)
    rows_sql = (
        f"""SELECT strftime(make_date(year, 1, 1), '%Y') AS p, {src} AS s, {tgt} AS t,
            CAST(sum(events) AS BIGINT) AS events, CAST(sum(vc) AS BIGINT) AS vc,
            CAST(sum(mc) AS BIGINT) AS mc, CAST(sum(vk) AS BIGINT) AS vk,
            CAST(sum(mk) AS BIGINT) AS mk, sum(g_sum) AS g_sum,
            CAST(sum(g_n) AS BIGINT) AS g_n, origin
        FROM events_dyad_years WHERE {where} GROUP BY ALL"""
        if summary
        else f"""SELECT p, s, t, count(*) AS events,
            count(*) FILTER (WHERE quad_class = 1) AS vc,
            count(*) FILTER (WHERE quad_class = 2) AS mc,
            count(*) FILTER (WHERE quad_class = 3) AS vk,
            count(*) FILTER (WHERE quad_class = 4) AS mk,
            sum(goldstein) AS g_sum, count(goldstein) AS g_n, origin
        FROM (
            SELECT strftime(date, '{fmt}') AS p, {src} AS s, {tgt} AS t, quad_class,
                goldstein, origin
            FROM events WHERE {where}
        ) GROUP BY ALL"""
    )
    volumes, joins = "NULL, NULL", ""  # shares=False: no volumes to add up
    if shares:
        volumes = "vs.n, vt.n"
        joins = "JOIN vol vs ON vs.k = d.p || '|' || d.s JOIN vol vt ON vt.k = d.p || '|' || d.t"
    sql = f"""
    WITH parts AS (
        {rows_sql}
        {counts}
    ), d AS (
        SELECT p, s, t, sum(events) AS events, sum(vc) AS vc, sum(mc) AS mc, sum(vk) AS vk,
            sum(mk) AS mk, sum(g_sum) / nullif(sum(g_n), 0) AS goldstein,
            array_to_string(list_sort(list_distinct(list(origin))), ',') AS origins
        FROM parts GROUP BY p, s, t
    ), vol AS (
        -- keyed by one column: with (p, c) the planner joined the two volumes on p first
        SELECT p || '|' || c AS k, sum(n) AS n FROM (
            SELECT p, s AS c, events AS n FROM d UNION ALL SELECT p, t AS c, events AS n FROM d
        ) GROUP BY ALL
    )
    SELECT d.* EXCLUDE (origins), {volumes}, d.origins FROM d
    {joins}
    {pick} ORDER BY d.p, d.events DESC, d.s, d.t
    """  # noqa: S608
    rows = store.rows(sql, [*params, *count_params, *pick_params])
    out: list[Row] = []
    for p, s, t, events, vc, mc, vk, mk, goldstein, vol_s, vol_t, origins_ in rows:
        if events < min_events:
            continue
        out.append(
            {
                "period": str(p),
                "source": str(s),
                "target": str(t),
                "events": int(events),
                "vc": int(vc),
                "mc": int(mc),
                "vk": int(vk),
                "mk": int(mk),
                "goldstein": float(goldstein) if goldstein is not None else None,
                "net_coop": (vc + mc - vk - mk) / events if events else None,
                "share_source": events / vol_s if vol_s else None,
                "share_target": events / vol_t if vol_t else None,
                "origins": str(origins_),
            }
        )
    return out


def _counts(
    origins: Sequence[str],
    period: str,
    first: int,
    last: int,
    src: str,
    tgt: str,
    summary: bool = False,
) -> tuple[str, list[Any]]:
    """UNION ALL branch of ``parts`` for dyad-year counts (yearly, when selected), with params.

    A directed dyad-year's counts are skipped when ICEWS event rows of it are selected, so
    that the same events are never counted twice.
    """
    if period != "year" or "icews-counts" not in origins:
        return "", []
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
    sql = f"""
        UNION ALL
        SELECT CAST(year AS VARCHAR) AS p, {src} AS s, {tgt} AS t,
            sum(vc + mc + vk + mk) AS events, sum(vc), sum(mc), sum(vk), sum(mk),
            NULL AS g_sum, 0 AS g_n, 'icews-counts' AS origin
        FROM event_dyad_years c
        WHERE source_country <> target_country AND year BETWEEN ? AND ?
            AND vc + mc + vk + mk > 0{shadow}
        GROUP BY ALL
    """
    return sql, [first, last]


def event_citation(store: Store, origins: Sequence[str] = ORIGINS) -> str:
    table = "events_dates" if store.summaries_fresh() else "events"  # every event's origin
    present = [str(r[0]) for r in store.rows(f"SELECT DISTINCT origin FROM {table} ORDER BY 1")]  # noqa: S608
    cited = [citation(o) for o in origins if o in present]
    if "icews-counts" in origins:  # each counts file's own citation (ICEWS, + netify)
        icews = citation("icews")
        for (text,) in store.rows(
            "SELECT DISTINCT citation FROM dataset_loads WHERE kind = 'icews-counts'"
            " AND citation IS NOT NULL ORDER BY 1"
        ):
            text = str(text)
            if icews in cited:  # ICEWS already cited for its event rows
                text = text.removeprefix(icews).strip()
            if text and text not in cited:
                cited.append(text)
    return " ".join(cited)


def event_series(
    store: Store,
    a: str,
    b: str,
    since: int | str | None = None,
    until: int | str | None = None,
    period: str = "year",
    measure: str = "net_coop",
    origins: Sequence[str] = ORIGINS,
) -> list[tuple[str, float]]:
    """One dyad's (both directions) measure per period, for charts and change points."""
    choose("measure", measure, ("net_coop", "goldstein", "events"))
    rows = event_dyads(store, a, b, since, until, period, origins, directed=False)
    if not rows:
        first, last = window(since, until)
        raise RealpolitikError(
            Errors.E402, what=f"events between {a} and {b}", since=first, until=last
        )
    return [(r["period"], float(r[measure])) for r in rows if r[measure] is not None]
