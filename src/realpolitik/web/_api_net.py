"""API: the system of states — available years, the network of a layer and year, the map.

Each endpoint is one named query with validated parameters; the measures themselves are the
library's (``analysis.network``, ``analysis.alignment``, ``analysis.dependence``, ...).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from realpolitik.analysis._common import citation, state_name
from realpolitik.errors import Errors, RealpolitikError
from realpolitik.web._app import Dashboard, NotFound, Request, Table
from realpolitik.web._params import ROW_CAP

if TYPE_CHECKING:
    import networkx as nx

    from realpolitik.store import Store

LAYERS = ("events", "votes", "alliances", "arms", "trade")
LAYER_NAMES = {
    "events": "events (all QuadClasses, text + GDELT + ICEWS)",
    "votes": "UN General Assembly voting agreement",
    "alliances": "ATOP alliance obligations",
    "arms": "SIPRI arms transfers (TIV)",
    "trade": "bilateral trade (USD)",
}
# One named query per layer: the years that layer has data for.
YEARS_SQL = {
    "events": "SELECT DISTINCT y FROM (SELECT year(date) AS y FROM events WHERE date IS NOT NULL"
    " AND source_country IS NOT NULL AND target_country IS NOT NULL"
    " AND source_country <> target_country UNION SELECT year FROM event_dyad_years) ORDER BY y",
    "votes": "SELECT DISTINCT year FROM un_roll_calls WHERE body = 'GA' AND year IS NOT NULL"
    " AND rcid IN (SELECT rcid FROM un_votes) ORDER BY 1",
    "alliances": "SELECT DISTINCT y FROM (SELECT year AS y FROM alliance_dyad_years UNION"
    " SELECT unnest(range(year_start, coalesce(year_end, year_start) + 1)) FROM alliance_members"
    " WHERE year_start IS NOT NULL) ORDER BY y",
    "arms": "SELECT DISTINCT delivery_year FROM arms_transfers WHERE delivery_year IS NOT NULL"
    " ORDER BY 1",
    "trade": "SELECT DISTINCT year FROM trade_flows ORDER BY 1",
}
DEFAULT_EDGES = 300


def layer_years(req: Request, layer: str) -> list[int]:
    def compute() -> list[int]:
        rows = req.store.rows(YEARS_SQL[layer])
        return [int(r[0]) for r in rows if r[0] is not None]

    years: list[int] = req.app.memo(("years", layer), compute)
    return years


def years(req: Request) -> dict[str, Any]:
    """/api/years: the years each layer has data for."""
    wanted = req.params.choices("layer", LAYERS) or list(LAYERS)
    return {"layers": {layer: layer_years(req, layer) for layer in wanted}}


def _pick_year(req: Request, layer: str) -> int:
    known = layer_years(req, layer)
    year = req.params.year("year", known[-1] if known else None)
    if year is None:
        raise NotFound(Errors.E712, what="data for the layer", value=layer)
    return year


def _edge_key(graph: nx.Graph, a: str, b: str) -> tuple[str, str]:
    return (a, b) if graph.is_directed() or a <= b else (b, a)


def _edges(graph: nx.Graph) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for a, b, data in graph.edges(data=True):
        key = _edge_key(graph, str(a), str(b))
        out[key] = {"source": key[0], "target": key[1], **{k: v for k, v in data.items()}}
    return out


def network_data(store: Store, layer: str, year: int) -> dict[str, Any]:
    """The network of a layer and year with the edges gained and lost since the year before."""
    from realpolitik.analysis.network import build_graph, network_table

    try:
        table, graph = network_table(store, layer, year)
        rows = table.to_pylist()
    except RealpolitikError as exc:
        if exc.code != "E402":
            raise
        rows, graph = [], build_graph(store, layer, year)
    previous = _edges(build_graph(store, layer, year - 1))
    current = _edges(graph)
    edges = sorted(
        current.values(), key=lambda e: (-float(e.get("weight") or 0), e["source"], e["target"])
    )
    gained = [current[k] for k in current if k not in previous]
    lost = [previous[k] for k in previous if k not in current]
    for group in (gained, lost):
        group.sort(key=lambda e: -float(e.get("weight") or 0))
    nodes = [
        {k: r.get(k) for k in ("state", "name", "bloc", "strength", "in_strength", "out_strength",
                               "pagerank", "eigenvector", "betweenness", "rank")}
        for r in rows
    ]  # fmt: skip
    return {
        "layer": layer,
        "year": year,
        "directed": graph.is_directed(),
        "nodes": nodes,
        "edges": edges,
        "gained": gained,
        "lost": lost,
        "citation": str(graph.graph.get("citation", "")),
    }


def network_of(app: Dashboard, store: Store, layer: str, year: int) -> dict[str, Any]:
    """The memoised network (computed once, in the worker process on big stores)."""
    data: dict[str, Any] = app.memo(
        ("network", layer, year), lambda: app.networks.network(store, layer, year)
    )
    return data


def prewarm(app: Dashboard, layer: str = "events") -> int:
    """Compute the layer's networks, latest year first, before anyone asks (a big store's
    take a second or more each); return how many. Requests meanwhile wait for, never repeat,
    a network being computed."""
    from realpolitik.web._app import _Cursor

    cursor = _Cursor(app.store)
    try:
        years = [int(r[0]) for r in cursor.rows(YEARS_SQL[layer]) if r[0] is not None]
        for year in reversed(years):
            network_of(app, cursor, layer, year)
        return len(years)
    finally:
        cursor.close()


def network(req: Request) -> dict[str, Any]:
    """/api/network?layer=&year=&edges=: nodes with strength and bloc, the strongest edges,
    and the edges gained and lost since the year before."""
    layer = req.params.choice("layer", LAYERS, "events")
    year = _pick_year(req, layer)
    cap = req.params.integer("edges", DEFAULT_EDGES, 1, ROW_CAP) or DEFAULT_EDGES
    data = network_of(req.app, req.store, layer, year)
    return {
        "layer": layer,
        "layer_name": LAYER_NAMES[layer],
        "year": year,
        "years": layer_years(req, layer),
        "directed": data["directed"],
        "nodes": data["nodes"],
        "edges": data["edges"][:cap],
        "edges_total": len(data["edges"]),
        "gained": data["gained"][:cap],
        "gained_total": len(data["gained"]),
        "lost": data["lost"][:cap],
        "lost_total": len(data["lost"]),
        "citation": data["citation"],
    }


# -- map -----------------------------------------------------------------------------------------
MAP_MEASURES = {
    "votes": "agreement with {focal} in UN General Assembly votes (1 = always the same vote)",
    "alliances": "strongest ATOP obligation with {focal} (1 = defense pact)",
    "arms": "share of the state's arms imports (SIPRI TIV) supplied by {focal}, {window}",
    "trade": "share of the state's trade that is with {focal} (D_j,{focal})",
    "events": "net cooperation with {focal} in events, (VC + MC - VK - MK) / events",
}


def _map_values(
    store: Store, layer: str, focal: str, year: int, app: Dashboard | None = None
) -> dict[str, Any]:
    values: dict[str, float] = {}
    window = ""
    if layer == "votes":
        from realpolitik.analysis.alignment import partners, vote_citation

        for r in partners(store, focal, year).to_pylist():
            values[str(r["b"])] = r["agree"]
        cite = vote_citation(store)
    elif layer == "alliances":
        from realpolitik.analysis.alliances import allies

        found = allies(store, focal, year).to_pylist()
        values = {str(r["partner"]): float(r["weight"]) for r in found}
        cite = citation("atop")
    elif layer == "arms":
        from realpolitik.analysis.dependence import supplier_shares

        window = f"{year - 4}-{year}"
        values = {
            str(r["recipient"]): r["share"] for r in supplier_shares(store, focal, year - 4, year)
        }
        cite = citation("sipri")
    elif layer == "trade":
        from realpolitik.analysis.dependence import trade_dependence

        try:
            dep = trade_dependence(store, focal, since=year, until=year, claims=False)
        except RealpolitikError as exc:
            if exc.code != "E402":
                raise
            dep = None
        if dep is not None:
            values = {str(r["partner"]): r["d_ji"] for r in dep.rows if r["d_ji"] is not None}
        cite = dep.citation if dep is not None else citation("trade")
    else:
        from realpolitik.analysis._common import state_code
        from realpolitik.analysis.dyads import ORIGINS, event_citation, event_dyads

        # event_dyads(store, focal, since=year, until=year, directed=False, shares=False)
        found = (
            app.dyad_years(store, ORIGINS).state_year(state_code(focal), year)
            if app is not None
            else event_dyads(
                store, focal, since=year, until=year, directed=False, shares=False
            ).to_pylist()
        )
        for r in found:
            other = r["target"] if r["source"] == focal else r["source"]
            values[str(other)] = r["net_cooperation"]
        cite = event_citation(store)
    return {
        "values": {k: v for k, v in values.items() if len(k) == 3 and v is not None},
        "measure": MAP_MEASURES[layer].format(focal=focal, window=window),
        "scale": "diverging" if layer == "events" else "sequential",
        "citation": cite,
    }


def map_data(req: Request) -> dict[str, Any]:
    """/api/map?focal=&layer=&year=: one value per state relative to the focal state."""
    layer = req.params.choice("layer", LAYERS, "votes")
    focal = req.params.state("focal", "RUS") or "RUS"
    year = _pick_year(req, layer)
    data = req.app.memo(
        ("map", layer, focal, year), lambda: _map_values(req.store, layer, focal, year, req.app)
    )
    names = {k: state_name(k) for k in data["values"]}
    return {"layer": layer, "focal": focal, "focal_name": state_name(focal), "year": year,
            "years": layer_years(req, layer), "names": names, **data}  # fmt: skip


def map_ids(req: Request) -> dict[str, Any]:
    """/api/map/ids: the world atlas's numeric country ids (ISO 3166-1 numeric) to ISO3."""
    from realpolitik.datasets._baci import numeric_codes

    return {"ids": {f"{n:03d}": iso3 for n, iso3 in numeric_codes().items() if len(iso3) == 3}}


def summary(req: Request) -> Table:
    """/api/summary: counts of what is stored (the same as `realpolitik summary`)."""
    from realpolitik.store import queries

    s = req.app.memo(("summary",), lambda: queries.summary(req.store, top=10))
    rows = [{"what": k, "count": s[k]} for k in ("documents", "sentences", "events",
            "text_events", "claims", "mentions")]  # fmt: skip
    return Table(rows, ["what", "count"], {"first_published": s["first_published"],
                 "last_published": s["last_published"], "by_factuality": s["by_factuality"]})  # fmt: skip


ROUTES = [
    (r"/api/years", years),
    (r"/api/network", network),
    (r"/api/map", map_data),
    (r"/api/map/ids", map_ids),
    (r"/api/summary", summary),
]
