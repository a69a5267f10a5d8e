"""Centrality and blocs on graphs built by hand: two cliques joined by one bridge, a directed
chain, an empty graph; the tree betweenness used on dense graphs agrees with networkx."""

from __future__ import annotations

import networkx as nx
import pytest

from realpolitik.analysis import blocs, centrality
from realpolitik.analysis import network as net


def barbell() -> nx.Graph:
    """A-B-C and D-E-F cliques, C-D the only bridge (weight 1 everywhere)."""
    graph = nx.Graph()
    for group in (("AAA", "BBB", "CCC"), ("DDD", "EEE", "FFF")):
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                graph.add_edge(a, b, weight=1.0)
    graph.add_edge("CCC", "DDD", weight=1.0)
    return graph


def test_the_bridge_ends_are_most_between_and_blocs_split_at_the_bridge() -> None:
    graph = barbell()
    scores = centrality(graph)
    between = {n: s["betweenness"] for n, s in scores.items()}
    assert between["CCC"] == between["DDD"] == max(between.values()) > 0
    assert between["AAA"] == 0.0
    assert scores["CCC"]["strength"] == 3.0 and scores["AAA"]["degree"] == 2.0
    assert sum(s["pagerank"] for s in scores.values()) == pytest.approx(1.0)
    groups = blocs(graph)
    assert groups["AAA"] == groups["BBB"] == groups["CCC"]
    assert groups["DDD"] == groups["EEE"] == groups["FFF"] != groups["AAA"]
    assert blocs(graph) == groups  # seeded: the same blocs every run
    assert "distance" not in graph.edges["CCC", "DDD"]  # the helper attribute is removed


def test_directed_graphs_have_in_and_out_strength() -> None:
    graph = nx.DiGraph()
    graph.add_weighted_edges_from([("RUS", "IND", 5.0), ("RUS", "CHN", 3.0), ("CHN", "RUS", 1.0)])
    scores = centrality(graph)
    assert scores["RUS"]["out_strength"] == 8.0 and scores["RUS"]["in_strength"] == 1.0
    assert scores["IND"]["in_strength"] == 5.0 and scores["IND"]["out_strength"] == 0.0
    assert scores["RUS"]["degree"] == 2.0  # RUS-CHN counted once in the undirected sum
    summed = net.undirected_sum(graph)
    assert summed.edges["RUS", "CHN"]["weight"] == 4.0 and not summed.is_directed()


def test_nothing_to_rank() -> None:
    assert centrality(nx.Graph()) == {}
    lonely = nx.Graph()
    lonely.add_nodes_from(["ZZB", "ZZA"])
    assert blocs(lonely) == {"ZZA": 1, "ZZB": 2}  # each its own bloc, in name order
    scores = centrality(lonely)
    assert scores["ZZA"]["pagerank"] == 0.0 and scores["ZZA"]["strength"] == 0.0


@pytest.mark.parametrize("directed", [False, True])
def test_tree_betweenness_matches_networkx_on_unique_paths(directed: bool) -> None:
    graph: nx.Graph = nx.DiGraph() if directed else nx.Graph()
    weights = [("A", "B", 1.0), ("B", "C", 2.0), ("C", "D", 1.5), ("B", "E", 4.0),
               ("E", "F", 1.0), ("D", "F", 0.5)]  # fmt: skip
    for a, b, w in weights:
        graph.add_edge(a, b, weight=w, distance=1.0 / w)
    mine = net._tree_betweenness(graph)
    theirs = nx.betweenness_centrality(graph, weight="distance", normalized=True)
    assert mine == pytest.approx(theirs)
