"""Arms and trade dependence on three-state tables computed by hand; shares from claims."""

from __future__ import annotations

from pathlib import Path

import pytest
from measures_data import add_document
from row_inserts import insert_rows

from realpolitik.analysis import arms_dependence, parse_windows, trade_dependence
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store


def trade_store(path: Path) -> Store:
    store = Store(path)
    rows = [
        # reporter, partner, flow, value: T(USA,CHN)=100, T(USA,MEX)=100, T(CHN,MEX)=50
        ("USA", "CHN", "export", 60.0),
        ("CHN", "USA", "export", 40.0),
        ("USA", "MEX", "export", 30.0),
        ("MEX", "USA", "export", 70.0),
        ("CHN", "MEX", "export", 10.0),
        ("MEX", "CHN", "import", 999.0),  # mirror of CHN's export report: the exporter wins
        ("CHN", "MEX", "import", 40.0),  # MEX->CHN known only from CHN's import report
    ]
    insert_rows(
        store.con,
        "INSERT INTO trade_flows (reporter, partner, year, flow, value, origin)"
        " VALUES (?, ?, 2020, ?, ?, 'baci')",
        [(r, p, f, v) for r, p, f, v in rows],
    )
    return store


def test_trade_shares_asymmetry_salience_symmetry(tmp_path: Path) -> None:
    with trade_store(tmp_path / "t.duckdb") as store:
        usa = trade_dependence(store, "USA", since=2020, until=2020)
        chn = trade_dependence(store, "CHN", since=2020, until=2020)
    by_partner = {r["partner"]: r for r in usa.rows}
    row = by_partner["CHN"]
    assert row["trade"] == pytest.approx(100.0)
    assert row["total"] == pytest.approx(200.0)
    assert row["d_ij"] == pytest.approx(0.5)
    assert row["d_ji"] == pytest.approx(100 / 150)
    assert row["asymmetry"] == pytest.approx(100 / 150 - 0.5)  # CHN leans more on USA
    assert row["salience"] == pytest.approx((0.5 * 100 / 150) ** 0.5)
    assert row["symmetry"] == pytest.approx(1 - (100 / 150 - 0.5))
    assert row["basis"] == "data"
    assert usa.summary[0]["hhi"] == pytest.approx(0.5**2 + 0.5**2)
    chn_rows = {r["partner"]: r for r in chn.rows}
    assert chn_rows["MEX"]["trade"] == pytest.approx(50.0)
    assert chn.summary[0]["hhi"] == pytest.approx((100 / 150) ** 2 + (50 / 150) ** 2)
    assert chn.summary[0]["top_partner"] == "USA"
    assert "BACI" in usa.citation


def test_partner_filter_and_no_data(tmp_path: Path) -> None:
    with trade_store(tmp_path / "t.duckdb") as store:
        rows = trade_dependence(store, "MEX", partner="USA", since=2020, until=2020).rows
        assert [r["partner"] for r in rows] == ["USA"]
        with pytest.raises(RealpolitikError, match="E402"):
            trade_dependence(store, "MEX", since=1990, until=1991)


def test_claims_fill_pair_years_without_data(tmp_path: Path) -> None:
    with trade_store(tmp_path / "t.duckdb") as store:
        add_document(store, "d1", "https://example.org/kotra")
        store.con.execute(
            "INSERT INTO claims (doc_id, sentence_index, subject_country, object_country,"
            " measure, value, unit, year, factuality) VALUES"
            " ('d1', 0, 'CHN', 'PRK', 'trade_share', 0.9, 'fraction', 2021, 'asserted'),"
            " ('d1', 1, 'CHN', 'PRK', 'trade_share', 0.5, 'fraction', 2021, 'negated')"
        )
        prk = trade_dependence(store, "PRK")
        chn = trade_dependence(store, "CHN", partner="PRK")
        without = trade_dependence(store, "CHN", claims=False)
    (row,) = prk.rows
    assert (row["partner"], row["year"], row["d_ij"], row["basis"]) == ("CHN", 2021, 0.9, "claim")
    assert row["source"] == "https://example.org/kotra"
    assert row["asymmetry"] is None  # one side only
    (seen,) = chn.rows
    assert seen["d_ji"] == 0.9 and seen["d_ij"] is None
    assert all(r["basis"] == "data" for r in without.rows)


def arms_store(path: Path) -> Store:
    store = Store(path)
    rows = [
        ("RUS", "VNM", 2010, 90.0),
        ("BLR", "VNM", 2012, 10.0),
        ("RUS", "VNM", 2021, 30.0),
        ("NLD", "VNM", 2022, 30.0),
        ("ISR", "VNM", 2023, 40.0),
        ("USA", "TWN", 2022, 500.0),  # another recipient: never counted
    ]
    insert_rows(
        store.con,
        "INSERT INTO arms_transfers (supplier, recipient, delivery_year, tiv) VALUES (?, ?, ?, ?)",
        rows,
    )
    return store


def test_arms_shares_hhi_and_change(tmp_path: Path) -> None:
    with arms_store(tmp_path / "a.duckdb") as store:
        dep = arms_dependence(store, "Vietnam", windows=parse_windows("2010-2014,2020-2023"))
    rows = {r["supplier"]: r for r in dep.rows}
    assert rows["RUS"]["share_2010-2014"] == pytest.approx(0.9)
    assert rows["RUS"]["share_2020-2023"] == pytest.approx(0.3)
    assert rows["RUS"]["change"] == pytest.approx(-0.6)
    assert rows["ISR"]["share_2010-2014"] == 0.0
    assert rows["ISR"]["change"] == pytest.approx(0.4)
    assert dep.rows[0]["supplier"] == "ISR"  # sorted by the last window's share
    first, last = dep.summary
    assert (first["window"], first["tiv"], first["suppliers"]) == ("2010-2014", 100.0, 2)
    assert first["hhi"] == pytest.approx(0.81 + 0.01)
    assert last["hhi"] == pytest.approx(0.09 + 0.09 + 0.16)
    assert last["top_supplier"] == "ISR"
    assert "SIPRI" in dep.citation


def test_arms_default_windows_and_errors(tmp_path: Path) -> None:
    with arms_store(tmp_path / "a.duckdb") as store:
        dep = arms_dependence(store, "VNM")
        assert [s["window"] for s in dep.summary] == ["2014-2018", "2019-2023"]
        with pytest.raises(RealpolitikError, match="E402"):
            arms_dependence(store, "FRA", windows=[(2010, 2014)])
    with Store(tmp_path / "empty.duckdb") as empty, pytest.raises(RealpolitikError, match="E310"):
        arms_dependence(empty, "VNM")
    with pytest.raises(RealpolitikError, match="E404"):
        parse_windows("2010-20x4")
    assert parse_windows("2015") == [(2015, 2015)]
