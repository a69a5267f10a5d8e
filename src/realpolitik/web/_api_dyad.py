"""API: one dyad — timelines per layer on a shared year axis with change points, the evidence
events behind them, and the claims stated about the pair (with check verdicts where available).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from realpolitik.analysis._common import citation, state_name
from realpolitik.errors import RealpolitikError
from realpolitik.web._app import Dashboard, Request, Table
from realpolitik.web._claims import with_verdicts
from realpolitik.web._params import FACTUALITIES, ORIGINS, BadParameter, state

if TYPE_CHECKING:
    from realpolitik.store import Store

Layer = dict[str, Any]
QUADS = (("vc", "verbal cooperation"), ("mc", "material cooperation"),
         ("vk", "verbal conflict"), ("mk", "material conflict"))  # fmt: skip
EVENT_SOURCES = (
    ("text", ("text",), "Events from the stored documents"),
    ("gdelt", ("gdelt",), "GDELT events"),
    ("icews", ("icews", "icews-counts"), "ICEWS events"),
)
EVENT_COLUMNS = [
    "event_id", "date", "date_precision", "source_code", "source_country", "source_text",
    "target_code", "target_country", "target_text", "cameo", "plover", "goldstein",
    "quad_class", "factuality", "origin", "doc_id", "title", "published", "url",
    "evidence_sentence", "trigger",
]  # fmt: skip


def _pair(req: Request) -> tuple[str, str]:
    a, b = state("a", req.args[0]), state("b", req.args[1])
    if a == b:
        raise BadParameter("b", req.args[1], "is the same state as the first; a dyad needs two")
    return a, b


def _breaks(years: list[int], values: list[float | None]) -> list[int]:
    from realpolitik.analysis.changepoint import change_points

    points = [(y, v) for y, v in zip(years, values, strict=True) if v is not None]
    if len(points) < 4:
        return []
    found, _ = change_points([v for _, v in points], [y for y, _ in points])
    return [int(y) for y in found]


def _layer(key: str, label: str, unit: str, cite: str, rows: list[dict[str, Any]],
           series: list[tuple[str, str]], breaks_on: str) -> Layer | None:  # fmt: skip
    if not rows:
        return None
    years = [int(r["year"]) for r in rows]
    return {
        "key": key,
        "label": label,
        "unit": unit,
        "years": years,
        "series": [{"key": k, "name": n, "values": [r.get(k) for r in rows]} for k, n in series],
        "breaks": _breaks(years, [r.get(breaks_on) for r in rows]),
        "breaks_on": breaks_on,
        "citation": cite,
    }


Cite = Callable[..., str]


Found = Callable[[tuple[str, ...]], list[dict[str, Any]]]


def _events(
    store: Store, a: str, b: str, cite: Cite | None = None, found: Found | None = None
) -> list[Layer]:
    """The event layers; ``found(origins)`` gives the pair's yearly rows (by default the
    dyad query for the pair; the server looks them up in its ``DyadYears`` instead)."""
    from realpolitik.analysis.dyads import event_citation, event_dyads

    event_citation = cite or event_citation

    def query(origins: tuple[str, ...]) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = event_dyads(
            store, a, b, origins=origins, directed=False, shares=False
        ).to_pylist()
        return rows

    out: list[Layer] = []
    goldstein: list[tuple[str, dict[int, float | None]]] = []
    for key, origins, label in EVENT_SOURCES:
        found_rows = (found or query)(origins)
        rows = [{**r, "year": int(r["period"]), "net_coop": r["net_cooperation"],
                 "goldstein": r["mean_goldstein"]} for r in found_rows]  # fmt: skip
        layer = _layer(f"events-{key}", f"{label}: counts by QuadClass", "events",
                       event_citation(store, origins), rows, list(QUADS), "net_coop")  # fmt: skip
        if layer:
            layer["series"].append({"key": "net_coop", "name": "net cooperation",
                                    "values": [r["net_coop"] for r in rows], "axis": "right"})  # fmt: skip
            out.append(layer)
            goldstein.append((key, {int(r["year"]): r["goldstein"] for r in rows}))
    if any(v is not None for _, g in goldstein for v in g.values()):
        years = sorted({y for _, g in goldstein for y in g})
        out.append({
            "key": "goldstein", "label": "Mean Goldstein score per source (-10 conflict ... +10)",
            "unit": "Goldstein", "years": years,
            "series": [{"key": k, "name": k, "values": [g.get(y) for y in years]} for k, g in goldstein],
            "breaks": _breaks(years, [goldstein[0][1].get(y) for y in years]),
            "breaks_on": goldstein[0][0],
            "citation": event_citation(store),
        })  # fmt: skip
    return out


def _guard(build: Callable[[], Layer | None]) -> Layer | None:
    """A layer whose data is not loaded is left out, not an error."""
    try:
        return build()
    except RealpolitikError as exc:
        if exc.code in ("E310", "E402"):
            return None
        raise


LAYER_TABLES = {  # a layer is left out at once when none of its tables holds a row
    "votes": ("un_votes",),
    "arms": ("arms_transfers",),
    "trade": ("trade_flows", "claims"),
    "alliances": ("alliance_dyad_years", "alliance_members"),
}


def _loaded(store: Store) -> set[str]:
    return {k for k, tables in LAYER_TABLES.items() if any(store.exists(t) for t in tables)}


def _series(
    store: Store,
    a: str,
    b: str,
    *,
    cite: Cite | None = None,
    loaded: set[str] | None = None,
    found: Found | None = None,
) -> dict[str, Any]:
    from realpolitik.analysis.alignment import agreement, vote_citation
    from realpolitik.analysis.alliances import dyad_obligations
    from realpolitik.analysis.dependence import arms_flows, trade_dependence

    def votes() -> Layer | None:
        rows = agreement(store, a, b).to_pylist()
        return _layer("votes", "UN General Assembly voting agreement", "agreement",
                      vote_citation(store) if rows else "", rows,
                      [("agree", "agreement"), ("s", "S")], "agree")  # fmt: skip

    def arms() -> Layer | None:
        rows = arms_flows(store, a, b)
        return _layer("arms", "Arms transfers delivered (SIPRI TIV, millions)", "TIV",
                      citation("sipri"), rows,
                      [("a_to_b", f"{a} to {b}"), ("b_to_a", f"{b} to {a}")], "a_to_b")  # fmt: skip

    def trade() -> Layer | None:
        dep = trade_dependence(store, a, partner=b)
        rows = [r for r in dep.rows if r["year"] is not None]
        return _layer("trade", "Trade shares (D_ij: share of a state's trade with the other)",
                      "share", dep.citation, rows,
                      [("d_ij", f"share of {a}'s trade with {b}"),
                       ("d_ji", f"share of {b}'s trade with {a}")], "d_ij")  # fmt: skip

    def alliances() -> Layer | None:
        rows = dyad_obligations(store, a, b)
        layer = _layer("alliances", "Alliance obligations (ATOP; strongest obligation's weight)",
                       "weight", citation("atop"), rows, [("weight", "tie weight")], "weight")  # fmt: skip
        if layer:
            layer["notes"] = [
                f"{r['year']}: {a} owes {r['owes'] or '-'}; {b} owes {r['owed'] or '-'}"
                for r in rows
            ]
        return layer

    layers = _events(store, a, b, cite, found)
    for build in (votes, arms, trade, alliances):
        if loaded is not None and build.__name__ not in loaded:
            continue
        layer = _guard(build)
        if layer:
            layers.append(layer)
    years = [y for layer in layers for y in layer["years"]]
    return {
        "a": a, "b": b, "a_name": state_name(a), "b_name": state_name(b),
        "first_year": min(years) if years else None, "last_year": max(years) if years else None,
        "layers": layers,
    }  # fmt: skip


def series(req: Request) -> dict[str, Any]:
    """/api/dyad/A/B/series: one timeline per layer, shared years, change points."""
    a, b = _pair(req)
    from realpolitik.analysis.dyads import ORIGINS, event_citation

    app, store = req.app, req.store

    def cite(_: Store, origins: tuple[str, ...] = ORIGINS) -> str:  # as event_citation
        text: str = app.memo(("citation", tuple(origins)), lambda: event_citation(store, origins))
        return text

    from realpolitik.analysis._common import state_code

    x, y = state_code(a, option="A"), state_code(b, option="B")  # as event_dyads names them

    def found(origins: tuple[str, ...]) -> list[dict[str, Any]]:
        return app.dyad_years(store, origins).pair(x, y)

    loaded = app.memo(("loaded",), lambda: _loaded(store))
    result: dict[str, Any] = app.memo(
        ("dyad", a, b), lambda: _series(store, a, b, cite=cite, loaded=loaded, found=found)
    )
    return result


def events(req: Request) -> Table:
    """/api/dyad/A/B/events?factuality=&code=&origin=&q=&page=&limit=: evidence, both ways."""
    from realpolitik.store import queries

    a, b = _pair(req)
    p = req.params
    page, limit = p.page()
    factuality = p.choices("factuality", FACTUALITIES) or None
    origin = p.choice("origin", ("all", *ORIGINS), "all")
    rows = queries.event_rows(
        req.store, dyad=(a, b), factuality=factuality,
        origins=None if origin == "all" else [origin],
        limit=limit + 1, offset=(page - 1) * limit, both_ways=True, cameo=p.cameo("code"),
        search=p.text("q"),
    )  # fmt: skip
    meta = {"a": a, "b": b, "page": page, "limit": limit, "more": len(rows) > limit}
    return Table([{c: r[c] for c in EVENT_COLUMNS} for r in rows[:limit]], EVENT_COLUMNS, meta)


CLAIM_COLUMNS = [
    "doc_id", "title", "published", "url", "subject_country", "object_country", "measure",
    "value", "unit", "year", "factuality", "evidence_sentence", "verdict", "computed",
    "check_source",
]  # fmt: skip


def claims(req: Request) -> Table:
    """/api/dyad/A/B/claims: claims about the pair with their check verdicts (if available)."""
    from realpolitik.store import queries

    a, b = _pair(req)
    page, limit = req.params.page()
    rows = queries.claim_rows(req.store, limit=limit + 1, states=(a, b), offset=(page - 1) * limit)
    checked, note = with_verdicts(req.store, rows[:limit])
    meta = {"a": a, "b": b, "page": page, "limit": limit, "more": len(rows) > limit,
            "check": note, "citation": citation("text")}  # fmt: skip
    return Table([{c: r.get(c) for c in CLAIM_COLUMNS} for r in checked], CLAIM_COLUMNS, meta)


ROUTES = [
    (r"/api/dyad/([^/]+)/([^/]+)/series", series),
    (r"/api/dyad/([^/]+)/([^/]+)/events", events),
    (r"/api/dyad/([^/]+)/([^/]+)/claims", claims),
]


def prewarm(app: Dashboard) -> int:
    """Build the dyad-year tables the dyad and state pages read (a second or so each on a big
    store) before anyone asks; return their rows. Requests meanwhile wait for, never repeat,
    a table being built."""
    from realpolitik.analysis.dyads import ORIGINS
    from realpolitik.web._app import _Cursor

    cursor = _Cursor(app.store)
    try:
        return sum(
            len(app.dyad_years(cursor, origins))
            for origins in (ORIGINS, *(o for _, o, _ in EVENT_SOURCES))
        )
    finally:
        cursor.close()
