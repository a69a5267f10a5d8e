"""Alliances, event dyads, networks and change points on small hand-made data."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from measures_data import add_event
from row_inserts import insert_rows

from realpolitik.analysis import (
    allies,
    blocs,
    build_graph,
    change_points,
    event_dyads,
    export_graph,
    network_table,
    series_breaks,
)
from realpolitik.analysis.network import _tree_betweenness
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

WEST = ["USA", "GBR", "FRA", "DEU"]
EAST = ["RUS", "BLR", "KAZ", "ARM"]


def alliance_store(path: Path) -> Store:
    store = Store(path)
    rows: list[tuple[object, ...]] = []

    def tie(a: str, b: str, year: int, obligation: str) -> None:
        flags = {
            o: 0 for o in ("defense", "offense", "neutrality", "nonaggression", "consultation")
        }
        flags[obligation] = 1
        rows.append((a, b, year, *flags.values()))

    for bloc in (WEST, EAST):
        for a in bloc:
            for b in bloc:
                if a != b:
                    tie(a, b, 2000, "defense")
    tie("DEU", "RUS", 2000, "consultation")
    tie("RUS", "DEU", 2000, "consultation")
    tie("USA", "KOR", 2000, "defense")  # one-sided: the US promises, Korea does not
    tie("CHN", "PRK", 2000, "defense")
    tie("CHN", "PRK", 2000, "nonaggression")
    tie("PRK", "CHN", 2000, "defense")
    tie("SUN", "PRK", 1980, "defense")
    insert_rows(
        store.con,
        "INSERT INTO alliance_dyad_years (state_a, state_b, year, defense, offense, neutrality,"
        " nonaggression, consultation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    store.con.execute(
        "INSERT INTO alliance_members (atopid, iso3, year_start, year_end, defense) VALUES"
        " (3445, 'PRK', 1961, NULL, 1), (3445, 'CHN', 1961, NULL, 1), (9999, 'PRK', 1990, 1995, 1)"
    )
    return store


def test_allies_obligations_and_weights(tmp_path: Path) -> None:
    with alliance_store(tmp_path / "al.duckdb") as store:
        rows = {r["partner"]: r for r in allies(store, "DEU", 2000).to_pylist()}
        assert set(rows) == {"USA", "GBR", "FRA", "RUS"}
        assert rows["USA"]["weight"] == 1.0 and rows["RUS"]["weight"] == 0.3
        custom = allies(store, "DEU", 2000, weights={"consultation": 0.9}).to_pylist()
        custom = {r["partner"]: r for r in custom}
        assert custom["RUS"]["weight"] == 0.9
        kor = allies(store, "KOR", 2000).to_pylist()
        assert kor[0]["owes"] == "" and kor[0]["owed"] == "defense"
        prk = allies(store, "PRK", 2000, combine="sum").to_pylist()
        assert prk[0]["partner"] == "CHN" and prk[0]["weight"] == pytest.approx(1.4)
        assert prk[0]["owes"] == "defense" and prk[0]["owed"] == "defense,nonaggression"
        ussr = allies(store, "PRK", 1980).to_pylist()  # the USSR counted as Russia
        assert [r["partner"] for r in ussr] == ["RUS"]
        member_level = allies(store, "PRK", 2015).to_pylist()  # no dyad rows that year
        assert [r["partner"] for r in member_level] == ["CHN"]
        assert member_level[0]["basis"] == "atop member-level"
        assert member_level[0]["atopids"] == "3445"
        with pytest.raises(RealpolitikError, match="E404"):
            allies(store, "PRK", 2000, combine="avg")


def test_alliance_network_has_two_blocs_and_a_bridge(tmp_path: Path) -> None:
    with alliance_store(tmp_path / "al.duckdb") as store:
        table, graph = network_table(store, "alliances", 2000)
        rows = table.to_pylist()
        out_gexf = export_graph(store, "alliances", 2000, tmp_path / "al.gexf")
        out_graphml = export_graph(store, "alliances", 2000, tmp_path / "al.graphml")
        with pytest.raises(RealpolitikError, match="E907"):
            export_graph(store, "alliances", 2000, tmp_path / "al.png")
        with pytest.raises(RealpolitikError, match="E403"):
            build_graph(store, "love", 2000)
    by_state = {r["state"]: r for r in rows}
    assert len({by_state[s]["bloc"] for s in WEST}) == 1
    assert len({by_state[s]["bloc"] for s in EAST}) == 1
    assert by_state["USA"]["bloc"] != by_state["RUS"]["bloc"]
    top_between = max(rows, key=lambda r: r["betweenness"])["state"]
    assert top_between in ("DEU", "RUS")
    assert by_state["DEU"]["strength"] == pytest.approx(3 * 1.0 + 0.3)
    for path in (out_gexf, out_graphml):
        read = nx.read_gexf(path) if path.suffix == ".gexf" else nx.read_graphml(path)
        assert read.number_of_nodes() == graph.number_of_nodes()
        assert int(read.nodes["USA"]["bloc"]) == by_state["USA"]["bloc"]
        assert read.nodes["DEU"]["label"] == "Germany"


def test_blocs_are_stable_and_largest_first() -> None:
    graph = nx.Graph()
    for group in (["a", "b", "c", "d", "e"], ["x", "y", "z"]):
        graph.add_weighted_edges_from((u, v, 1.0) for u in group for v in group if u < v)
    graph.add_edge("e", "x", weight=0.1)
    first = blocs(graph)
    assert first == blocs(graph)
    assert {first[n] for n in "abcde"} == {1} and {first[n] for n in "xyz"} == {2}


def test_tree_betweenness_matches_networkx() -> None:
    rng = np.random.default_rng(3)
    graph = nx.gnp_random_graph(40, 0.3, seed=3, directed=False)
    for u, v in graph.edges:
        graph.edges[u, v]["distance"] = float(rng.uniform(0.1, 2.0))
    expected = nx.betweenness_centrality(graph, weight="distance", normalized=True)
    got = _tree_betweenness(graph)
    assert max(abs(got[n] - expected[n]) for n in graph.nodes) < 1e-9


def test_event_dyads_counts_shares_and_filters(tmp_path: Path) -> None:
    with Store(tmp_path / "ev.duckdb") as store:
        ev = [
            ("RUS", "PRK", 1, 3.0, "2023-09-13"),
            ("RUS", "PRK", 2, 7.0, "2023-09-14"),
            ("RUS", "PRK", 4, -10.0, "2023-11-01"),
            ("PRK", "RUS", 1, 2.0, "2023-09-13"),
            ("USA", "PRK", 3, -4.0, "2023-09-20"),
        ]
        for s, t, q, g, d in ev:
            add_event(store, source_country=s, target_country=t, quad_class=q, goldstein=g, date=d)
        add_event(store, source_country="RUS", target_country="PRK", quad_class=4,
                  goldstein=-10.0, date="2023-09-15", factuality="negated")  # fmt: skip
        add_event(store, origin="gdelt", factuality=None, source_country="RUS",
                  target_country="PRK", quad_class=1, goldstein=1.0, date="2023-12-01")  # fmt: skip
        rows = event_dyads(store, "RUS", "PRK", since=2023, until=2023).to_pylist()
        text_only = event_dyads(store, "RUS", "PRK", since=2023, until=2023,
                                origins=("text",)).to_pylist()  # fmt: skip
        monthly = event_dyads(store, "RUS", "PRK", since=2023, until=2023, period="month",
                              directed=False).to_pylist()  # fmt: skip
        with pytest.raises(RealpolitikError, match="E907"):
            event_dyads(store, "RUS", period="week")
    fwd = next(r for r in rows if r["source"] == "RUS")
    assert (fwd["events"], fwd["vc"], fwd["mc"], fwd["mk"]) == (4, 2, 1, 1)
    assert fwd["net_cooperation"] == pytest.approx((2 + 1 - 1) / 4)
    assert fwd["mean_goldstein"] == pytest.approx((3 + 7 - 10 + 1) / 4)
    # RUS took part in 5 events (4 + 1 from PRK); PRK in 6 (also USA's).
    assert fwd["share_source"] == pytest.approx(4 / 5)
    assert fwd["share_target"] == pytest.approx(4 / 6)
    assert next(r for r in text_only if r["source"] == "RUS")["events"] == 3
    assert [(r["period"], r["events"]) for r in monthly] == [
        ("2023-09", 3), ("2023-11", 1), ("2023-12", 1)
    ]  # fmt: skip


def test_one_obvious_break() -> None:
    rng = np.random.default_rng(0)
    values = np.concatenate([np.full(12, 0.6), np.full(10, 0.85)]) + rng.normal(0, 0.01, 22)
    years = list(range(2000, 2022))
    breaks, segments = change_points(values, years)
    assert breaks == [2012]
    assert segments[0].mean == pytest.approx(0.6, abs=0.01)
    assert (segments[1].start, segments[1].end) == (2012, 2021)


def test_no_break_in_noise_and_two_breaks() -> None:
    rng = np.random.default_rng(1)
    assert change_points(rng.normal(0, 1, 30))[0] == []
    steps = np.concatenate([np.zeros(8), np.full(8, 3.0), np.zeros(8)]) + rng.normal(0, 0.1, 24)
    assert change_points(steps)[0] == [8, 16]
    rows = series_breaks(list(zip(range(24), steps, strict=True)))
    assert [r["start"] for r in rows] == [0, 8, 16]
    assert rows[1]["shift"] == pytest.approx(3.0, abs=0.2)
    assert change_points([1.0]) == ([], change_points([1.0])[1])
