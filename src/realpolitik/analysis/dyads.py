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
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from realpolitik.analysis._common import Row, choose, citation, state_code, window
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    from realpolitik.store import Store

ORIGINS = ("text", "gdelt", "icews")
PERIODS = ("year", "month")
DEFAULT_FACTUALITY = ("asserted", "reported")


def _filters(
    origins: Sequence[str], factuality: Sequence[str], first: int, last: int
) -> tuple[str, list[Any]]:
    for origin in origins:
        choose("origin", origin, ORIGINS)
    where = (
        f"origin IN ({', '.join('?' for _ in origins)})"
        " AND source_country IS NOT NULL AND target_country IS NOT NULL"
        " AND source_country <> target_country AND date IS NOT NULL"
        " AND year(date) BETWEEN ? AND ?"
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
) -> list[Row]:
    """Counts by QuadClass, mean Goldstein, net cooperation and volume shares per dyad-period.

    ``a`` and ``b``: that dyad (both directions when ``directed``); ``a`` only: a's dyads (as
    source or target). ``directed`` False folds A->B and B->A into one dyad (a < b).
    """
    choose("period", period, PERIODS)
    first, last = window(since, until)
    where, params = _filters(origins, factuality or DEFAULT_FACTUALITY, first, last)
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
        else:
            pick = "WHERE s = ? OR t = ?"
            pick_params = [code_a, code_a]
    sql = f"""
    WITH e AS (
        SELECT strftime(date, '{fmt}') AS p, {src} AS s, {tgt} AS t, quad_class, goldstein
        FROM events WHERE {where}
    ), vol AS (
        SELECT p, c, count(*) AS n FROM (
            SELECT p, s AS c FROM e UNION ALL SELECT p, t AS c FROM e
        ) GROUP BY ALL
    ), d AS (
        SELECT p, s, t, count(*) AS events,
            count(*) FILTER (WHERE quad_class = 1) AS vc,
            count(*) FILTER (WHERE quad_class = 2) AS mc,
            count(*) FILTER (WHERE quad_class = 3) AS vk,
            count(*) FILTER (WHERE quad_class = 4) AS mk,
            avg(goldstein) AS goldstein
        FROM e GROUP BY ALL
    )
    SELECT d.*, vs.n, vt.n FROM d
    JOIN vol vs ON vs.p = d.p AND vs.c = d.s
    JOIN vol vt ON vt.p = d.p AND vt.c = d.t
    {pick} ORDER BY d.p, d.events DESC, d.s, d.t
    """  # noqa: S608
    rows = store.con.execute(sql, [*params, *pick_params]).fetchall()
    out: list[Row] = []
    for p, s, t, events, vc, mc, vk, mk, goldstein, vol_s, vol_t in rows:
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
            }
        )
    return out


def event_citation(store: Store, origins: Sequence[str] = ORIGINS) -> str:
    present = [
        str(r[0])
        for r in store.con.execute("SELECT DISTINCT origin FROM events ORDER BY 1").fetchall()
    ]
    return " ".join(citation(o) for o in origins if o in present)


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
