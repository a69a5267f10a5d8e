"""Each network layer built from its data, yearly series for change points, and the small
parsers the measures share, on the conventions store."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
import pytest

from realpolitik.analysis import (
    alliance_ties,
    build_graph,
    change_points,
    claim_shares,
    dyad_series,
    export_graph,
    parse_windows,
    series_breaks,
    state_series,
)
from realpolitik.analysis.idealpoints import alignment, ideal_points, idealpoint_distance
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "cli"))
from conventions_store import build  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    return Store(build(tmp_path_factory.mktemp("layers") / "c.duckdb"), read_only=True)


def test_the_votes_layer_is_agreement_above_zero(store: Store) -> None:
    graph = build_graph(store, "votes", 2023)
    assert not graph.is_directed()
    assert graph.edges["PRK", "RUS"]["weight"] == 1.0 and graph.edges["PRK", "RUS"]["votes"] == 25
    assert not graph.has_node("CUB")  # 13 shared roll calls: under the default --min-votes
    thin = build_graph(store, "votes", 2023, min_votes=10)
    assert thin.has_node("CUB")
    kappa = build_graph(store, "votes", 2023, measure="kappa")
    assert all(d["weight"] > 0 for _, _, d in kappa.edges(data=True))
    assert "Digital Library" in graph.graph["citation"]
    assert graph.nodes["PRK"]["label"] == "North Korea"


def test_the_arms_and_trade_layers(store: Store) -> None:
    arms = build_graph(store, "arms", 2012)
    assert arms.is_directed()
    assert arms.edges["RUS", "VNM"]["weight"] == 90.0 and arms.edges["BLR", "VNM"]["weight"] == 10.0
    assert "SIPRI" in arms.graph["citation"]
    trade = build_graph(store, "trade", 2020)
    assert trade.edges["CHN", "PRK"]["weight"] == 100.0  # both directions' flows
    assert "BACI" in trade.graph["citation"]
    empty = build_graph(store, "trade", 2021)
    assert empty.number_of_nodes() == 0 and empty.graph["citation"] == ""  # nothing cited


def test_the_events_and_alliances_layers(store: Store) -> None:
    events = build_graph(store, "events", 2024)
    assert events.is_directed()
    assert events.edges["PRK", "RUS"]["weight"] == 2.0
    assert events.edges["PRK", "RUS"]["net_cooperation"] == 1.0
    assert "realpolitik" in events.graph["citation"] and "GDELT" not in events.graph["citation"]
    old = build_graph(store, "events", 2019)
    assert "GDELT" in old.graph["citation"]
    ties = alliance_ties(store, 2018)
    assert ("CHN", "PRK", 1.0) in ties and ("PRK", "RUS", 0.3) in ties
    custom = alliance_ties(store, 2018, weights={"consultation": 0.9})
    assert ("PRK", "RUS", 0.9) in custom
    with pytest.raises(RealpolitikError) as err:
        build_graph(store, "weather", 2018)
    assert err.value.code == "E403"


def test_export_keeps_rank_bloc_and_label(store: Store, tmp_path: Path) -> None:
    out = export_graph(store, "alliances", 2018, tmp_path / "a.graphml", sort="degree")
    read = nx.read_graphml(out)
    assert read.nodes["PRK"]["label"] == "North Korea"
    assert {int(read.nodes[n]["rank"]) for n in read.nodes} == set(
        range(1, read.number_of_nodes() + 1)
    )
    assert "bloc" in read.nodes["CHN"] and not (tmp_path / ".a.graphml.tmp").exists()


def test_series_for_change_points(store: Store) -> None:
    agree = dyad_series(store, "USA", "RUS", measure="agree", min_votes=1)
    assert [y for y, _ in agree] == [2022, 2023, 2024]
    events = dyad_series(store, "RUS", "PRK", measure="events")
    assert events == [(2024, 3.0)]
    iso = state_series(store, "RUS", measure="isolation", since=2022, until=2023)
    assert [y for y, _ in iso] == [2022, 2023]
    allies = state_series(store, "PRK", measure="allies", since=2017, until=2018)
    assert allies == [(2017, 2.0), (2018, 2.0)]
    weight = state_series(store, "PRK", measure="alliance_weight", since=2018, until=2018)
    assert weight == [(2018, pytest.approx(1.3))]
    with pytest.raises(RealpolitikError):
        state_series(store, "PRK", measure="wealth")
    with pytest.raises(RealpolitikError):
        dyad_series(store, "USA", "RUS", measure="goldstein_sum")


def test_breaks_and_segments() -> None:
    values = [0.1] * 6 + [0.9] * 6
    breaks, segments = change_points(values, list(range(2000, 2012)), min_size=3)
    assert breaks == [2006] and [s.n for s in segments] == [6, 6]
    rows = series_breaks(list(zip(range(2000, 2012), values, strict=True)), penalty=0.01)
    assert rows[1]["shift"] == pytest.approx(0.8) and rows[0]["shift"] is None
    assert change_points([], None) == ([], [])
    with pytest.raises(RealpolitikError):
        change_points([1.0, 2.0], ["only one label"])


def test_windows_and_claimed_shares(store: Store) -> None:
    assert parse_windows("2010-2014,2020") == [(2010, 2014), (2020, 2020)]
    assert parse_windows("2014-2010") == [(2010, 2014)]
    assert parse_windows(None) is None
    with pytest.raises(RealpolitikError) as err:
        parse_windows("last decade")
    assert err.value.code == "E404" and "YYYY-YYYY" in str(err.value)
    (claim,) = claim_shares(store, "PRK", None, 2023, 2023)
    assert (claim["partner"], claim["d_ij"], claim["basis"]) == ("CHN", 0.9, "claim")
    assert claim_shares(store, "PRK", "USA", 2023, 2023) == []


def test_stored_ideal_points_compared(store: Store) -> None:
    usa = ideal_points(store, states=["USA"], since=2022, until=2023)
    assert [(p.year, round(p.ideal_point, 2)) for p in usa] == [(2022, 2.1), (2023, 2.2)]
    distance = idealpoint_distance(store, "USA", "RUS", since=2023)
    assert [round(d.value, 2) for d in distance] == [3.2]
    between = alignment(store, "VNM", pole_a="USA", pole_b="RUS")
    assert all(0.0 < v.value < 1.0 and v.se is not None for v in between)
    with pytest.raises(RealpolitikError):
        idealpoint_distance(store, "USA", "ZZZ")
