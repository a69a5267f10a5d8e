"""The measures' API keeps the conventions the command line shows: whole years, coverage, the
source used, issue and min-votes filters, obligations, rankings and undirected sums."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
import pyarrow as pa
import pytest

from realpolitik.analysis import (
    agreement,
    allies,
    event_series,
    isolation,
    network_table,
    partners,
    trade_dependence,
    vote_citation,
    window,
    year_of,
)
from realpolitik.analysis.alliances import alliance_series, check_coverage, coverage
from realpolitik.analysis.dependence import arms_dependence, arms_flows, product_notes
from realpolitik.analysis.dyads import event_citation, used_origins
from realpolitik.analysis.idealpoints import citation as ideal_citation
from realpolitik.analysis.idealpoints import estimate, ideal_points
from realpolitik.analysis.network import DEFAULT_SORT, SORTS, undirected_sum
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "cli"))
from conventions_store import ATOP_CHN_PRK, build  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    path = build(tmp_path_factory.mktemp("honest") / "conventions.duckdb")
    return Store(path, read_only=True)


# -- years ----------------------------------------------------------------------------------------
def test_windows_are_whole_years() -> None:
    assert window(2016, 2020) == (2016, 2020)
    assert window("2016-01", "2020-12-31") == (2016, 2020)
    assert window(None, "2020")[1] == 2020 and window(None, None)[0] == 1800
    assert year_of("2018") == 2018 and year_of(None) is None
    for since, until in (("2016-05", None), (None, "2020-06"), ("2016-01-02", None)):
        with pytest.raises(RealpolitikError) as err:
            window(since, until)
        assert err.value.code == "E903"
    with pytest.raises(RealpolitikError) as err:
        year_of("2018-05")
    assert err.value.code == "E903" and "--year" in str(err.value)
    with pytest.raises(RealpolitikError) as err:
        window("2020", "2016")
    assert err.value.code == "E904"


def test_measures_refuse_a_month_bound(store: Store) -> None:
    with pytest.raises(RealpolitikError) as err:
        agreement(store, "USA", "RUS", since="2023-06")
    assert err.value.code == "E903" and "UN voting alignment" in str(err.value)
    with pytest.raises(RealpolitikError):
        ideal_points(store, since="2022-03")


# -- UN votes -------------------------------------------------------------------------------------
def test_min_votes_default_and_partial_years(store: Store) -> None:
    rows = agreement(store, "RUS", since=2023, until=2023).to_pylist()
    assert "CUB" not in {r["b"] for r in rows}
    assert {r["b"] for r in agreement(store, "RUS", since=2023, until=2023, min_votes=13)
            .to_pylist()} >= {"CUB"}  # fmt: skip
    assert agreement(store, "RUS", "PRK", since=2024, until=2024).num_rows == 0  # 4 calls only
    (partial,) = agreement(store, "RUS", "PRK", since=2024, until=2024, min_votes=1).to_pylist()
    assert partial["note"].startswith("partial year") and partial["n"] == 4
    iso = isolation(store, "RUS", since=2024, until=2024, min_votes=1).to_pylist()
    assert iso[0]["note"] == partial["note"]


def test_issue_filter_uses_the_source_with_issue_codes(store: Store) -> None:
    nuclear = agreement(store, "USA", "RUS", since=2022, until=2022, issue=("nu",), min_votes=5)
    (row,) = nuclear.to_pylist()
    assert row["n"] == 12  # the twelve 'nu' roll calls of the unvotes source
    assert "Voeten" in vote_citation(store, issue=("nu",))
    assert "Digital Library" in vote_citation(store)
    with pytest.raises(RealpolitikError) as err:
        agreement(store, "USA", "RUS", issue=("zz",))
    assert err.value.code == "E907" and "me, nu, di, hr, co, ec" in str(err.value)
    with pytest.raises(RealpolitikError) as err:
        agreement(store, "USA", "RUS", issue=("nu",), origin="undl")
    assert err.value.code == "E908"


def test_partners_is_a_ranked_table(store: Store) -> None:
    table = partners(store, "RUS", 2023, top=2)
    assert isinstance(table, pa.Table) and table.column_names[-1] == "rank"
    rows = table.to_pylist()
    assert [r["rank"] for r in rows] == [1, 2]
    assert rows[0]["b"] in ("PRK", "CHN") and rows[0]["agree"] == 1.0


def test_ideal_points_cite_the_source_of_their_run(store: Store, tmp_path: Path) -> None:
    assert "Digital Library" in ideal_citation(store)
    assert "Bailey, Strezhnev & Voeten" in ideal_citation(store)
    with Store(tmp_path / "empty.duckdb") as empty:
        assert "UN General Assembly voting data" in ideal_citation(empty)
        with pytest.raises(RealpolitikError) as err:
            estimate(empty, issue=("nu",))
        assert err.value.code == "E908"


# -- alliances ------------------------------------------------------------------------------------
def test_coverage_comes_from_the_load_log(store: Store, tmp_path: Path) -> None:
    assert coverage(store) == (2000, 2018)
    check_coverage(store, 2018)
    with pytest.raises(RealpolitikError) as err:
        check_coverage(store, 1999)
    assert err.value.code == "E910" and "2000–2018" in str(err.value)
    with Store(tmp_path / "members.duckdb") as open_ended:
        assert coverage(open_ended) is None
        open_ended.rows(
            "INSERT INTO alliance_members (atopid, iso3, year_start, year_end) VALUES"
            " (1, 'PRK', 1961, NULL), (1, 'CHN', 1961, NULL)"
        )
        assert coverage(open_ended) == (1961, None)
        check_coverage(open_ended, 2030)  # an alliance without an end: no upper bound


def test_allies_types_labels_and_order(store: Store) -> None:
    rows = allies(store, "PRK", 2018).to_pylist()
    assert [(r["partner"], r["defense"]) for r in rows] == [("CHN", True), ("RUS", False)]
    assert rows[0]["alliances"].startswith(f"ATOP {ATOP_CHN_PRK}: CHN, PRK")
    assert [r["partner"] for r in allies(store, "PRK", 2018, types=["nonagg"]).to_pylist()] == []
    assert [r["partner"] for r in allies(store, "PRK", 2018, types=["consultation"])
            .to_pylist()] == ["CHN", "RUS"]  # fmt: skip
    with pytest.raises(RealpolitikError) as err:
        allies(store, "PRK", 2018, types=["friendship"])
    assert err.value.code == "E907"
    series = alliance_series(store, "PRK", since=2016, until=2018)
    assert [(r["year"], r["allies"], r["defense"]) for r in series] == [
        (2016, 2, 1), (2017, 2, 1), (2018, 2, 1)
    ]  # fmt: skip


# -- networks -------------------------------------------------------------------------------------
def test_network_rankings(store: Store) -> None:
    assert set(DEFAULT_SORT) == {"votes", "alliances", "arms", "trade", "events"}
    assert set(DEFAULT_SORT.values()) <= set(SORTS)
    table, graph = network_table(store, "alliances", 2018)
    rows = table.to_pylist()
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert [r["strength"] for r in rows] == sorted((r["strength"] for r in rows), reverse=True)
    assert {r["state"]: r["degree"] for r in rows}["PRK"] == 2
    by_degree = network_table(store, "alliances", 2018, sort="degree")[0].to_pylist()
    assert by_degree[0]["degree"] == max(r["degree"] for r in rows)
    with pytest.raises(RealpolitikError) as err:
        network_table(store, "alliances", 2018, sort="fame")
    assert err.value.code == "E404"
    with pytest.raises(RealpolitikError) as err:
        network_table(store, "alliances", 2030)
    assert err.value.code == "E910"


def test_undirected_views_add_both_directions() -> None:
    graph = nx.DiGraph()
    graph.add_edge("RUS", "PRK", weight=3.0)
    graph.add_edge("PRK", "RUS", weight=2.0)
    graph.add_edge("USA", "PRK", weight=1.0)
    folded = undirected_sum(graph)
    assert folded.edges["RUS", "PRK"]["weight"] == 5.0  # not one direction's 3 or 2
    assert folded.number_of_edges() == 2
    plain = nx.Graph([("a", "b")])
    assert undirected_sum(plain) is plain


# -- events and trade -----------------------------------------------------------------------------
def test_event_citations_follow_the_rows(store: Store) -> None:
    from realpolitik.analysis import event_dyads

    recent = event_dyads(store, since=2024, period="all")
    assert used_origins(recent) == ["text"]
    assert "GDELT" not in event_citation(store, used_origins(recent))
    old = event_dyads(store, until=2019, period="all")
    assert used_origins(old) == ["gdelt"] and "GDELT" in event_citation(store, ["gdelt"])
    series = event_series(store, "RUS", "PRK", measure="net_coop")
    assert series == event_series(store, "RUS", "PRK", measure="net_cooperation")
    with pytest.raises(RealpolitikError):
        event_series(store, "RUS", "PRK", measure="mood")


def test_trade_in_products_is_noted_and_arms_flow_both_ways(store: Store) -> None:
    notes = product_notes(store, 2020, 2020, "PRK")
    assert notes and "1 product(s), not total trade" in notes[0]
    assert product_notes(store, 2021, 2021, "PRK") == []
    dep = trade_dependence(store, "PRK", since=2020, until=2020, claims=False)
    assert dep.notes == notes and dep.table().num_rows == len(dep.rows)
    arms = arms_dependence(store, "VNM", windows=[(2010, 2014)])
    # RUS 90 + 50, BLR 10, USA 50 of 200 TIV: shares .7, .05, .25
    assert arms.summary_table().column("hhi").to_pylist() == [pytest.approx(0.555)]
    flows = arms_flows(store, "RUS", "VNM", since=2012, until=2013)
    assert [(r["year"], r["a_to_b"], r["b_to_a"]) for r in flows] == [
        (2012, 90.0, 0.0),
        (2013, 50.0, 0.0),
    ]
