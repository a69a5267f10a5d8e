"""Networks of states: one graph per layer and year, centrality, blocs, GraphML/GEXF export.

Layers and edge weights:

* ``votes``: UN General Assembly agreement of the dyad-year (undirected; ``measure`` agree, s,
  kappa or pi; edges below ``min_weight`` dropped, default 0, so negative kappa/pi are no tie),
* ``alliances``: ATOP obligation-weighted ties (undirected; see ``alliances``),
* ``arms``: SIPRI TIV delivered supplier -> recipient in the year (directed),
* ``trade``: trade between the two (undirected),
* ``events``: events source -> target (directed; attributes net_coop and mean Goldstein).

Centrality: strength (sum of tie weights; in/out for directed layers), eigenvector centrality
and PageRank (weighted), betweenness (shortest paths with distance = 1 / weight; on graphs with
more than 4,000 edges, such as the votes layer, one shortest path per pair in compiled code: with
real-valued weights ties between paths are rare, and it is exact without them). Blocs are
Louvain communities (Blondel et al. 2008) of the undirected weighted graph, with a fixed seed so
that the same data give the same blocs. Undirected views of directed layers add the weights of
both directions.

Rankings sort by ``SORTS`` (default per layer in ``DEFAULT_SORT``: weighted strength, the
measure that reads the same on every layer; PageRank on a near-complete agreement graph
mostly ranks small states that vote with everyone).
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from realpolitik._paths import output_path
from realpolitik.analysis._common import Row, choose, citation, one_year, state_name
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    import networkx as nx
    import pyarrow as pa

    from realpolitik.store import Store

LAYERS = ("votes", "alliances", "arms", "trade", "events")
SORTS = ("strength", "degree", "pagerank", "eigenvector", "betweenness")
DEFAULT_SORT: dict[str, str] = {
    "votes": "strength",
    "alliances": "strength",
    "arms": "strength",
    "trade": "strength",
    "events": "strength",
}
SEED = 42
DENSE_EDGES = 4000  # above this many edges betweenness follows one shortest path per pair


def build_graph(
    store: Store,
    layer: str,
    year: int | str,
    *,
    measure: str = "agree",
    min_weight: float = 0.0,
    **options: Any,
) -> nx.Graph:
    """The ``layer`` network of ``year`` (``nx.Graph`` or ``nx.DiGraph``), weights in 'weight'.

    ``options`` go to the layer's measure (vote options such as ``min_votes`` and ``issue``
    for votes, ``weights`` for alliances, ``origins`` and ``factuality`` for events).
    """
    import networkx as nx

    if layer not in LAYERS:
        raise RealpolitikError(Errors.E403, layer=layer, choices=", ".join(LAYERS))
    y = one_year(year)
    graph: nx.Graph
    if layer == "votes":
        from realpolitik.analysis.alignment import MEASURES, agreement, vote_citation

        choose("measure", measure, MEASURES)
        table = agreement(store, since=y, until=y, **options)
        graph = nx.Graph()
        cols = table.select(["a", "b", measure, "n"]).to_pydict()
        for a, b, w, n in zip(cols["a"], cols["b"], cols[measure], cols["n"], strict=True):
            if w is not None and w > min_weight:
                graph.add_edge(a, b, weight=float(w), votes=int(n))
        graph.graph["citation"] = vote_citation(store, **options)
    elif layer == "alliances":
        from realpolitik.analysis.alliances import alliance_ties, check_coverage

        graph = nx.Graph()
        check_coverage(store, y)
        graph.add_weighted_edges_from(
            (a, b, w) for a, b, w in alliance_ties(store, y, **options) if w > min_weight
        )
        graph.graph["citation"] = citation("atop")
    elif layer == "arms":
        graph = nx.DiGraph()
        rows = store.rows(
            "SELECT supplier, recipient, sum(tiv) FROM arms_transfers"
            " WHERE delivery_year = ? AND tiv > 0 AND supplier <> recipient"
            " AND length(supplier) = 3 AND length(recipient) = 3 GROUP BY ALL",
            [y],
        )
        graph.add_weighted_edges_from(
            (str(s), str(r), float(w)) for s, r, w in rows if w > min_weight
        )
        graph.graph["citation"] = citation("sipri")
    elif layer == "trade":
        from realpolitik.analysis.dependence import trade_pairs_sql

        graph = nx.Graph()
        rows = store.rows(
            "SELECT a, b, t FROM (" + trade_pairs_sql(None) + ") WHERE t > 0", [y, y, y, y]
        )
        graph.add_weighted_edges_from(
            (str(a), str(b), float(t)) for a, b, t in rows if t > min_weight
        )
        origins = store.rows(
            "SELECT DISTINCT coalesce(origin, 'trade') FROM trade_flows WHERE year = ?", [y]
        )
        graph.graph["citation"] = " ".join(citation(str(o[0])) for o in origins)
    else:
        from realpolitik.analysis.dyads import event_citation, event_dyads, used_origins

        graph = nx.DiGraph()
        table = event_dyads(store, since=y, until=y, period="all", shares=False, **options)
        for r in table.to_pylist():
            if r["events"] > min_weight:
                graph.add_edge(
                    r["source"],
                    r["target"],
                    weight=float(r["events"]),
                    net_cooperation=r["net_cooperation"],
                    mean_goldstein=r["mean_goldstein"] if r["mean_goldstein"] is not None else 0.0,
                )
        graph.graph["citation"] = event_citation(store, used_origins(table))
    graph.graph.update(layer=layer, year=y)
    for node in graph.nodes:
        graph.nodes[node]["label"] = state_name(str(node))
    return graph


def centrality(
    graph: nx.Graph, *, undirected: nx.Graph | None = None
) -> dict[str, dict[str, float]]:
    """Strength, eigenvector, PageRank and betweenness per node."""
    import networkx as nx

    out: dict[str, dict[str, float]] = {str(n): {} for n in graph.nodes}
    if graph.number_of_nodes() == 0:
        return out
    undirected = undirected_sum(graph) if undirected is None else undirected  # given: reused
    for node, value in graph.degree(weight="weight"):
        out[str(node)]["strength"] = float(value)
    for node, value in undirected.degree():
        out[str(node)]["degree"] = float(value)
    if graph.is_directed():
        for node, value in graph.in_degree(weight="weight"):
            out[str(node)]["in_strength"] = float(value)
        for node, value in graph.out_degree(weight="weight"):
            out[str(node)]["out_strength"] = float(value)
    scale = max((d.get("weight", 1.0) for _, _, d in graph.edges(data=True)), default=1.0) or 1.0
    try:
        with warnings.catch_warnings():  # tiny graphs: scipy falls back to a dense solver
            warnings.simplefilter("ignore", RuntimeWarning)
            eig = nx.eigenvector_centrality_numpy(undirected, weight="weight")
    except (nx.NetworkXException, ValueError, TypeError):
        eig = dict.fromkeys(undirected.nodes, 0.0)
    pagerank = nx.pagerank(graph, weight="weight") if graph.number_of_edges() else {}
    for _, _, data in graph.edges(data=True):
        data["distance"] = scale / data["weight"] if data.get("weight") else float("inf")
    if graph.number_of_edges() > DENSE_EDGES:
        between = _tree_betweenness(graph)
    else:
        between = nx.betweenness_centrality(graph, weight="distance", normalized=True)
    for _, _, data in graph.edges(data=True):
        data.pop("distance", None)
    for node in graph.nodes:
        key = str(node)
        out[key]["eigenvector"] = abs(float(eig.get(node, 0.0)))
        out[key]["pagerank"] = float(pagerank.get(node, 0.0))
        out[key]["betweenness"] = float(between.get(node, 0.0))
    return out


def _tree_betweenness(graph: nx.Graph) -> dict[Any, float]:
    """Betweenness from each source's shortest-path tree (scipy Dijkstra), normalised as networkx."""
    import networkx as nx
    import numpy as np
    from scipy.sparse.csgraph import dijkstra

    nodes = list(graph.nodes)
    n = len(nodes)
    if n < 3:
        return dict.fromkeys(nodes, 0.0)
    matrix = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight="distance", format="csr")
    dist, pred = dijkstra(matrix, directed=graph.is_directed(), return_predecessors=True)
    through = np.zeros(n)
    for s in range(n):
        reach = np.flatnonzero(np.isfinite(dist[s]))
        order = reach[np.argsort(-dist[s, reach], kind="stable")]
        size = np.ones(n)
        parents = pred[s]
        for v in order:
            p = parents[v]
            if p >= 0:
                size[p] += size[v]
        size[s] = 1.0
        through[reach] += size[reach] - 1.0
        through[s] -= size[s] - 1.0
    scores = through / ((n - 1) * (n - 2))
    return {node: float(scores[i]) for i, node in enumerate(nodes)}


def undirected_sum(graph: nx.Graph) -> nx.Graph:
    """The undirected graph, a tie's weight the sum of both directions' weights."""
    import networkx as nx

    if not graph.is_directed():
        return graph
    summed: dict[tuple[Any, Any], float] = {}  # in order of first appearance, as networkx adds
    for a, b, weight in graph.edges(data="weight", default=1.0):
        key = (b, a) if (b, a) in summed else (a, b)
        summed[key] = summed.get(key, 0.0) + float(weight)
    out = nx.Graph()
    out.add_nodes_from(graph.nodes(data=True))
    out.add_weighted_edges_from((a, b, w) for (a, b), w in summed.items())
    return out


def blocs(
    graph: nx.Graph,
    *,
    resolution: float = 1.0,
    seed: int = SEED,
    undirected: nx.Graph | None = None,
) -> dict[str, int]:
    """Louvain communities of the undirected weighted graph: bloc 1 is the largest
    (``undirected``: the graph's ``undirected_sum``, when the caller has it already)."""
    import networkx as nx

    undirected = undirected_sum(graph) if undirected is None else undirected
    if undirected.number_of_edges() == 0:
        return {str(n): i for i, n in enumerate(sorted(undirected.nodes, key=str), start=1)}
    found = nx.community.louvain_communities(
        undirected, weight="weight", resolution=resolution, seed=seed
    )
    ordered = sorted(found, key=lambda c: (-len(c), min(str(n) for n in c)))
    return {str(n): i for i, c in enumerate(ordered, start=1) for n in c}


def network_table(
    store: Store,
    layer: str,
    year: int | str,
    *,
    top: int | None = None,
    resolution: float = 1.0,
    sort: str | None = None,
    **options: Any,
) -> tuple[pa.Table, nx.Graph]:
    """Centrality and bloc per state, ranked by ``sort`` (default ``DEFAULT_SORT[layer]``), and
    the graph itself. Columns: rank, state, name, bloc, strength (in/out for directed layers),
    degree, eigenvector, pagerank, betweenness."""
    import pyarrow as pa

    key = sort or DEFAULT_SORT.get(layer, "strength")
    choose("sort", key, SORTS)
    graph = build_graph(store, layer, year, **options)
    if graph.number_of_nodes() == 0:
        y = one_year(year)
        raise RealpolitikError(Errors.E402, what=f"the {layer} network", since=y, until=y)
    undirected = undirected_sum(graph)  # once for both
    scores = centrality(graph, undirected=undirected)
    bloc = blocs(graph, resolution=resolution, undirected=undirected)
    rows: list[Row] = []
    for node, values in scores.items():
        rows.append({"state": node, "name": state_name(node), "bloc": bloc.get(node), **values})
    rows.sort(key=lambda r: (-r[key], r["state"]))
    ranked = [{"rank": rank, **row} for rank, row in enumerate(rows, start=1)]
    kept = ranked[:top] if top else ranked
    names = ["rank", "state", "name", "bloc", "strength", "in_strength", "out_strength", "degree",
             "eigenvector", "pagerank", "betweenness"]  # fmt: skip
    present = [n for n in names if any(n in r for r in kept)]
    return pa.Table.from_pylist([{n: r.get(n) for n in present} for r in kept]), graph


def export_graph(
    store: Store,
    layer: str,
    year: int | str,
    path: str | Path,
    *,
    resolution: float = 1.0,
    **options: Any,
) -> Path:
    """Write the layer's graph, with centrality and bloc as node attributes, to GEXF or GraphML."""
    import networkx as nx

    out = output_path(path)
    suffix = out.suffix.lower()
    if suffix not in (".gexf", ".graphml"):
        raise RealpolitikError(
            Errors.E907, option="-o/--output", value=out.name, choices="FILE.gexf, FILE.graphml"
        )
    table, graph = network_table(store, layer, year, resolution=resolution, **options)
    for row in table.to_pylist():
        attrs = graph.nodes[row["state"]]
        for key, value in row.items():
            if key not in ("state", "name") and value is not None:
                attrs[key] = value
    graph.graph = {
        k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float)) and v != ""
    }
    for _, _, data in graph.edges(data=True):
        for key in [k for k, v in data.items() if v is None]:
            del data[key]
    tmp = out.with_name(f".{out.name}.tmp")
    if suffix == ".gexf":
        nx.write_gexf(graph, tmp)
    else:
        nx.write_graphml(graph, tmp)
    tmp.replace(out)
    return out
