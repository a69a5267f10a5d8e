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
from typing import TYPE_CHECKING

from realpolitik.analysis._common import citation, state_code
from realpolitik.errors import Errors, RealpolitikError
from realpolitik.store import queries
from realpolitik.store.queries import EVENT_ORIGINS, ORIGINS

if TYPE_CHECKING:
    import pyarrow as pa

    from realpolitik.store import Store

PERIODS = queries.PERIODS
DEFAULT_FACTUALITY = queries.FACTUAL
Bound = int | str | None


def event_dyads(
    store: Store,
    a: str | None = None,
    b: str | None = None,
    *,
    since: Bound = None,
    until: Bound = None,
    period: str = "year",
    origins: Sequence[str] = ORIGINS,
    factuality: Sequence[str] | None = DEFAULT_FACTUALITY,
    directed: bool = True,
    min_events: int = 1,
    shares: bool = True,
) -> pa.Table:
    """Counts by QuadClass, mean Goldstein, net cooperation and volume shares per dyad-period.

    ``store.queries.dyads`` with states named any way (``"North Korea"``, ``DPRK``) and yearly
    periods by default; ``since``/``until`` are YYYY, YYYY-MM or YYYY-MM-DD. ``shares`` False
    leaves the volume shares out (NULL), which spares adding up every other dyad.
    """
    return queries.dyads(
        store,
        a=state_code(a, option="A") if a else None,
        b=state_code(b, option="B") if b and a else None,
        since=since,
        until=until,
        period=period,
        origins=origins,
        factuality=factuality,
        directed=directed,
        min_events=min_events,
        shares=shares,
    )


def event_citation(store: Store, origins: Sequence[str] = ORIGINS) -> str:
    """Whom to cite for ``origins``: each producer whose data are loaded, once."""
    present = set(store.distinct("events_dates" if store.summaries_fresh() else "events", "origin"))
    cited = [citation(o) for o in origins if o in EVENT_ORIGINS and o in present]
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


def used_origins(table: pa.Table) -> list[str]:
    """The origins a dyads result actually counts (from its ``origins`` column), sorted."""
    found = {o for cell in table.column("origins").to_pylist() if cell for o in cell.split(",")}
    return [o for o in ORIGINS if o in found]


def event_series(
    store: Store,
    a: str,
    b: str,
    *,
    since: Bound = None,
    until: Bound = None,
    period: str = "year",
    measure: str = "net_cooperation",
    origins: Sequence[str] = ORIGINS,
) -> list[tuple[str, float]]:
    """One dyad's (both directions) measure per period, for charts and change points."""
    measure = {"net_coop": "net_cooperation", "goldstein": "mean_goldstein"}.get(measure, measure)
    if measure not in ("net_cooperation", "mean_goldstein", "events"):
        raise RealpolitikError(
            Errors.E907, option="--measure", value=measure,
            choices="net_cooperation, mean_goldstein, events",
        )  # fmt: skip
    rows = event_dyads(
        store, a, b, since=since, until=until, period=period, origins=origins, directed=False
    ).to_pylist()
    if not rows:
        raise RealpolitikError(
            Errors.E402, what=f"events between {a} and {b}", since=since or "…", until=until or "…"
        )
    return [(r["period"], float(r[measure])) for r in rows if r[measure] is not None]


__all__ = [
    "DEFAULT_FACTUALITY",
    "EVENT_ORIGINS",
    "ORIGINS",
    "PERIODS",
    "event_citation",
    "event_dyads",
    "event_series",
    "used_origins",
]
