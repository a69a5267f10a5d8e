"""Parts of the dependence measures on hand-written rows in a real store: arms flowing each way
per year, a supplier's share of each recipient's imports, the window syntax, and shares stated
in documents (which count, which win, and which are left out)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from measures_data import add_document
from row_inserts import insert_rows

from realpolitik.analysis import arms_flows, claim_shares, parse_windows, supplier_shares
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

DELIVERIES = [  # supplier, recipient, delivery year, TIV
    ("RUS", "IND", 2019, 300.0), ("RUS", "IND", 2020, 100.0), ("FRA", "IND", 2020, 100.0),
    ("IND", "RUS", 2020, 5.0), ("RUS", "VNM", 2020, 50.0), ("RUS", "RUS", 2020, 99.0),
    ("USA", "VNM", 2021, 50.0), ("RUS", "IND", 2021, None),  # no TIV: not counted
]  # fmt: skip


@pytest.fixture
def arms(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "arms.duckdb") as store:
        insert_rows(
            store.con,
            "INSERT INTO arms_transfers (supplier, recipient, delivery_year, tiv)"
            " VALUES (?, ?, ?, ?)",
            DELIVERIES,
        )
        yield store


def test_arms_flow_each_way_per_year(arms: Store) -> None:
    rows = arms_flows(arms, "Russia", "India", since=2019, until=2021)
    assert rows == [
        {"year": 2019, "a": "RUS", "b": "IND", "a_to_b": 300.0, "b_to_a": 0.0},
        {"year": 2020, "a": "RUS", "b": "IND", "a_to_b": 100.0, "b_to_a": 5.0},
    ]  # 2021 has a delivery without TIV only
    assert arms_flows(arms, "IND", "RUS", since=2020, until=2020)[0]["a_to_b"] == 5.0
    assert arms_flows(arms, "FRA", "VNM", since=2000, until=2030) == []


def test_a_suppliers_share_of_each_recipients_imports(arms: Store) -> None:
    rows = supplier_shares(arms, "RUS", 2019, 2021)
    by = {r["recipient"]: r for r in rows}
    assert set(by) == {"IND", "VNM"}  # itself is no recipient
    assert by["IND"]["tiv"] == 400.0 and by["IND"]["total"] == 500.0
    assert by["IND"]["share"] == pytest.approx(0.8) and by["IND"]["window"] == "2019-2021"
    assert by["VNM"]["share"] == pytest.approx(0.5)
    only_2021 = supplier_shares(arms, "RUS", 2021, 2021)
    assert only_2021 == [{"recipient": "VNM", "supplier": "RUS", "window": "2021", "tiv": 0.0,
                          "total": 50.0, "share": 0.0}]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        (None, None), ("", None), ("2015", [(2015, 2015)]),
        ("2010-2014,2020-2023", [(2010, 2014), (2020, 2023)]),
        (" 2014-2010 , 2020 ", [(2010, 2014), (2020, 2020)]),  # reversed bounds are put in order
    ],
)  # fmt: skip
def test_window_syntax(text: str | None, windows: list[tuple[int, int]] | None) -> None:
    assert parse_windows(text) == windows


@pytest.mark.parametrize(
    "text", ["last five years", "2010-2014;2020", "20x0", "2010-20x4", "2010-", "2010 - "]
)
def test_bad_windows_are_e404(text: str) -> None:
    with pytest.raises(RealpolitikError) as err:
        parse_windows(text)
    assert err.value.code == "E404" and text in str(err.value)


def _claim(store: Store, doc: str, index: int, subject: str, obj: str, value: float, year: int,
           measure: str = "trade_share", factuality: str = "asserted") -> None:  # fmt: skip
    store.con.execute(
        "INSERT INTO claims (doc_id, sentence_index, subject_country, object_country, measure,"
        " value, year, factuality) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [doc, index, subject, obj, measure, value, year, factuality],
    )


def test_shares_stated_in_documents(tmp_path: Path) -> None:
    with Store(tmp_path / "claims.duckdb") as store:
        add_document(store, "old", "https://example.org/old")
        add_document(store, "new", "https://example.org/new")
        store.con.execute("UPDATE documents SET published = DATE '2020-01-01' WHERE doc_id = 'old'")
        store.con.execute("UPDATE documents SET published = DATE '2024-01-01' WHERE doc_id = 'new'")
        _claim(store, "old", 0, "CHN", "PRK", 0.80, 2019)  # China's share of PRK's trade
        _claim(store, "new", 0, "CHN", "PRK", 0.90, 2019)  # a later article: this one wins
        _claim(store, "new", 1, "PRK", "CHN", 0.01, 2019, "export_share")  # PRK's share of CHN's
        _claim(store, "new", 2, "RUS", "PRK", 0.05, 2019, factuality="possible")  # a guess
        _claim(store, "new", 3, "RUS", "PRK", 1.50, 2019)  # not a share
        _claim(store, "new", 4, "RUS", "PRK", 0.04, 2030)  # outside the window
        rows = claim_shares(store, "PRK", None, 2015, 2024)
        assert [(r["partner"], r["year"]) for r in rows] == [("CHN", 2019)]
        (row,) = rows
        assert row["d_ij"] == 0.90 and row["d_ji"] == 0.01 and row["basis"] == "claim"
        assert "https://example.org/new" in row["source"]
        seen_from_china = claim_shares(store, "CHN", "PRK", 2019, 2019)
        assert [(r["partner"], r["d_ij"], r["d_ji"]) for r in seen_from_china] == [
            ("PRK", 0.01, 0.90)
        ]
        assert claim_shares(store, "PRK", "RUS", 2015, 2024) == []
