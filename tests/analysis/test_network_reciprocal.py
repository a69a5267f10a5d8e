"""A reciprocal dyad's undirected tie is the sum of both directions (blocs and eigenvector
centrality of the events layer saw one direction's weight before)."""

from __future__ import annotations

from pathlib import Path

import pytest
from measures_data import add_event

from realpolitik.analysis.network import build_graph, network_table, undirected_sum
from realpolitik.store import Store


def _events(store: Store, source: str, target: str, n: int) -> None:
    for i in range(n):
        add_event(store, date=f"2021-03-{i + 1:02d}", source_country=source,
                  target_country=target, quad_class=1, goldstein=1.0)  # fmt: skip


@pytest.fixture
def chain(db_path: Path) -> Store:
    """PRK-RUS and JPN-USA tied both ways (4 + 1 events each), RUS->JPN one way (3)."""
    with Store(db_path) as store:
        _events(store, "PRK", "RUS", 4)
        _events(store, "RUS", "PRK", 1)
        _events(store, "USA", "JPN", 4)
        _events(store, "JPN", "USA", 1)
        _events(store, "RUS", "JPN", 3)
    return Store(db_path, read_only=True)


def test_undirected_weight_is_both_directions(chain: Store) -> None:
    graph = build_graph(chain, "events", 2021)
    assert graph["PRK"]["RUS"]["weight"] == 4 and graph["RUS"]["PRK"]["weight"] == 1
    undirected = undirected_sum(graph)
    assert undirected["RUS"]["PRK"]["weight"] == 5
    assert undirected["JPN"]["USA"]["weight"] == 5
    assert undirected["RUS"]["JPN"]["weight"] == 3
    assert undirected.number_of_edges() == 3


def test_blocs_and_eigenvector_see_the_summed_ties(chain: Store) -> None:
    table, _ = network_table(chain, "events", 2021)
    rows = table.to_pylist()
    bloc = {r["state"]: r["bloc"] for r in rows}
    # 5, 3, 5 along PRK-RUS-JPN-USA: two blocs; with one direction (1, 3, 1) it was one.
    assert bloc["PRK"] == bloc["RUS"] != bloc["JPN"] == bloc["USA"]
    eig = {r["state"]: r["eigenvector"] for r in rows}
    assert eig["PRK"] == pytest.approx(0.4221, abs=1e-3)
    assert eig["RUS"] == pytest.approx(0.5673, abs=1e-3)
