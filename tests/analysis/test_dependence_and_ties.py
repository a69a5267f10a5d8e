"""Dependence and alliance ties through the API on small hand-made data: mirror reports, totals,
product rows, claims filling gaps, weights and their combination, and segment noise."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from measures_data import add_document
from row_inserts import insert_rows

from realpolitik.analysis import alliance_ties, arms_dependence, trade_dependence
from realpolitik.analysis.changepoint import noise_variance
from realpolitik.analysis.dependence import label, supplier_shares
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store


@pytest.fixture
def trade_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "trade.duckdb")
    with store.transaction() as con:
        insert_rows(
            con,
            "INSERT INTO trade_flows (reporter, partner, year, flow, product, value, origin)"
            " VALUES (?, ?, ?, ?, ?, ?, 'dots')",
            [
                ("FRA", "DEU", 2020, "export", None, 60.0),  # A's own report
                ("DEU", "FRA", 2020, "import", None, 99.0),  # B's mirror: A's report wins
                ("DEU", "FRA", 2020, "export", None, 40.0),
                ("FRA", "ITA", 2020, "export", None, 100.0),
                ("ITA", "ESP", 2020, "total", None, 50.0),  # a total, no direction
            ],
        )
    return store


def test_the_exporters_report_wins_over_the_mirror(trade_store: Store) -> None:
    dep = trade_dependence(trade_store, "FRA", since=2020, until=2020, claims=False)
    rows = {r["partner"]: r for r in dep.rows}
    assert rows["DEU"]["trade"] == 100.0 and rows["ITA"]["trade"] == 100.0
    assert rows["DEU"]["d_ij"] == pytest.approx(0.5)  # 100 of A's 200
    assert rows["DEU"]["d_ji"] == pytest.approx(1.0)  # all of B's trade is with A
    assert rows["DEU"]["asymmetry"] == pytest.approx(0.5)
    (summary,) = dep.summary
    assert summary["hhi"] == pytest.approx(0.5) and summary["partners"] == 2
    assert "Monetary Fund" in dep.citation and dep.notes == []
    only = trade_dependence(trade_store, "FRA", partner="ITA", since=2020, until=2020)
    assert [r["partner"] for r in only.rows] == ["ITA"]
    totals = trade_dependence(trade_store, "ESP", since=2020, until=2020, claims=False)
    assert totals.rows[0]["trade"] == 50.0


def test_claims_fill_years_without_data(trade_store: Store) -> None:
    add_document(trade_store, "d1", "https://example.org/d1")
    trade_store.rows(
        "INSERT INTO claims (doc_id, subject_country, object_country, measure, value, year,"
        " factuality) VALUES ('d1', 'DEU', 'FRA', 'trade_share', 0.4, 2021, 'asserted'),"
        " ('d1', 'DEU', 'FRA', 'trade_share', 0.9, 2021, 'possible')"
    )
    dep = trade_dependence(trade_store, "FRA", since=2020, until=2021)
    claimed = [r for r in dep.rows if r["basis"] == "claim"]
    assert [(r["year"], r["partner"], r["d_ij"]) for r in claimed] == [(2021, "DEU", 0.4)]
    assert claimed[0]["source"] == "https://example.org/d1"
    assert "realpolitik" in dep.citation
    with pytest.raises(RealpolitikError) as err:
        trade_dependence(trade_store, "FRA", since=2030, until=2030)
    assert err.value.code == "E402"


def test_arms_windows_and_supplier_shares(tmp_path: Path) -> None:
    with Store(tmp_path / "arms.duckdb") as store:
        store.rows(
            "INSERT INTO arms_transfers (supplier, recipient, delivery_year, tiv) VALUES"
            " ('RUS', 'IND', 2016, 100),"
            " ('RUS', 'IND', 2019, 80), ('FRA', 'IND', 2019, 20), ('RUS', 'IND', 2023, 30),"
            " ('FRA', 'IND', 2023, 70), ('RUS', 'CHN', 2023, 50)"
        )
        latest = arms_dependence(store, "India")  # the two latest five-year windows
        assert [s["window"] for s in latest.summary] == ["2014-2018", "2019-2023"]
        rows = {r["supplier"]: r for r in latest.rows}
        assert rows["FRA"]["share_2019-2023"] == pytest.approx(0.45)
        assert rows["RUS"]["change"] == pytest.approx(0.55 - 1.0)  # all of 2014-18's
        assert rows["FRA"]["share_2014-2018"] == 0.0
        shares = {r["recipient"]: r["share"] for r in supplier_shares(store, "RUS", 2019, 2023)}
        assert shares == {"IND": pytest.approx(0.55), "CHN": pytest.approx(1.0)}
        with pytest.raises(RealpolitikError) as err:
            arms_dependence(store, "USA", windows=[(2019, 2023)])
        assert err.value.code == "E402"
    assert label((2010, 2014)) == "2010-2014" and label((2020, 2020)) == "2020"


def test_alliance_weights_combine(tmp_path: Path) -> None:
    with Store(tmp_path / "ties.duckdb") as store:
        store.rows(
            "INSERT INTO alliance_dyad_years (state_a, state_b, year, defense, offense,"
            " neutrality, nonaggression, consultation) VALUES"
            " ('FRA', 'DEU', 2000, 1, 1, 0, 0, 1), ('ITA', 'FRA', 2000, 0, 0, 1, 1, 0)"
        )
        strongest = {(a, b): w for a, b, w in alliance_ties(store, 2000)}
        assert strongest == {("DEU", "FRA"): 1.0, ("FRA", "ITA"): 0.5}  # a < b
        summed = {(a, b): w for a, b, w in alliance_ties(store, 2000, combine="sum")}
        assert summed[("DEU", "FRA")] == pytest.approx(1.0 + 0.8 + 0.3)
        assert summed[("FRA", "ITA")] == pytest.approx(0.5 + 0.4)
        light = {(a, b): w for a, b, w in alliance_ties(store, 2000, weights={"defense": 0.1})}
        assert light[("DEU", "FRA")] == pytest.approx(0.8)  # offense is now the strongest


def test_noise_is_half_the_mean_squared_step() -> None:
    assert noise_variance([1.0, 1.0, 1.0, 1.0]) == 0.0
    assert noise_variance([0.0, 1.0, 0.0, 1.0]) == pytest.approx(0.5)
    assert noise_variance([2.0, 4.0]) == pytest.approx(1.0)  # short: the plain variance
    assert noise_variance(np.array([])) == 0.0
