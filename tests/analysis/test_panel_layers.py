"""The panel's other layers on hand-written rows in a real store: trade, events (text and ICEWS
counts), ideal point distance, distance and IGOs; members carried past COW's last year; the
layer list, the file formats and the coded errors."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from measures_data import add_event
from row_inserts import insert_rows

from realpolitik.analysis import dyad_year_panel, write_panel
from realpolitik.analysis.idealpoints import MODEL
from realpolitik.analysis.panel import COLUMNS, describe, parse_columns
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

MEMBERS = [("USA", 2), ("CHN", 710), ("IND", 750)]


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "panel.duckdb") as store:
        insert_rows(
            store.con,
            "INSERT INTO system_members (system, ccode, iso3, year) VALUES ('cow', ?, ?, ?)",
            [(c, s, y) for s, c in MEMBERS for y in (2015, 2016)],
        )
        store.con.execute("INSERT INTO cow_states (ccode, iso3, version) VALUES (2, 'USA', '2016')")
        insert_rows(
            store.con,
            "INSERT INTO trade_flows (reporter, partner, year, flow, product, value, origin)"
            " VALUES (?, ?, ?, ?, ?, ?, 'baci')",
            [
                ("CHN", "USA", 2016, "export", None, 400.0),
                ("USA", "CHN", 2016, "export", None, 100.0),
                ("USA", "CHN", 2016, "export", "2601", 7.0),  # a product row is not the total
                ("USA", "CHN", 2016, "import", None, 999.0),  # imports are the mirror, unused
            ],
        )
        for date in ("2016-03-01", "2016-04-01"):
            add_event(store, source_country="IND", target_country="CHN", date=date, cameo="042")
        store.con.execute(
            "INSERT INTO event_dyad_years (source_country, target_country, year, vc, mc, vk, mk,"
            " origin) VALUES ('CHN', 'IND', 2016, 1, 2, 3, 4, 'icews-counts')"
        )
        insert_rows(
            store.con,
            "INSERT INTO ideal_points (iso3, year, ideal_point, model) VALUES (?, ?, ?, ?)",
            [("USA", 2016, 2.0, MODEL), ("CHN", 2016, -1.0, MODEL), ("IND", 2016, 0.0, "other")],
        )
        store.con.execute(
            "INSERT INTO dyad_distances (state_a, state_b, year, mindist_km) VALUES"
            " ('CHN', 'IND', 2016, 0.0), ('CHN', 'USA', 2016, 8000.0)"
        )
        store.con.execute(
            "INSERT INTO igo_dyad_years (state_a, state_b, year, shared) VALUES"
            " ('IND', 'USA', 2015, 60), ('CHN', 'USA', 2015, 50)"
        )
        yield store


def by_pair(rows: list[dict[str, Any]], year: int) -> dict[tuple[str, str], dict[str, Any]]:
    return {(r["a"], r["b"]): r for r in rows if r["year"] == year}


def test_every_pair_and_year_once(filled: Store) -> None:
    table = dyad_year_panel(filled, since=2015, until=2016, columns="trade")
    rows = table.to_pylist()
    assert [(r["year"], r["a"], r["b"]) for r in rows] == [
        (y, a, b) for y in (2015, 2016) for a, b in (("CHN", "IND"), ("CHN", "USA"), ("IND", "USA"))
    ]
    directed = dyad_year_panel(filled, since=2016, until=2016, directed=True, columns="trade")
    assert directed.num_rows == 6
    assert describe(directed)["realpolitik.directed"] == "true"


def test_trade_counts_exports_each_way_inside_its_years(filled: Store) -> None:
    rows = dyad_year_panel(filled, since=2015, until=2016, columns="trade").to_pylist()
    late = by_pair(rows, 2016)
    assert (late[("CHN", "USA")]["exports_ab"], late[("CHN", "USA")]["exports_ba"]) == (
        400.0,
        100.0,
    )
    assert late[("CHN", "IND")]["exports_ab"] == 0.0  # inside the trade years: no trade is 0
    early = by_pair(rows, 2015)
    assert early[("CHN", "USA")]["exports_ab"] is None  # outside them: unknown
    notes = json.loads(describe(dyad_year_panel(filled, columns="trade"))["realpolitik.layers"])
    assert notes["trade"] == "exports in USD 2016-2016 from trade_flows (baci)"


def test_events_add_text_events_and_icews_counts(filled: Store) -> None:
    rows = dyad_year_panel(filled, since=2015, until=2016, columns="events").to_pylist()
    pair = by_pair(rows, 2016)[("CHN", "IND")]
    assert (pair["events_ab"], pair["events_ba"]) == (10, 2)  # ICEWS 1+2+3+4; two text events
    assert by_pair(rows, 2016)[("CHN", "USA")]["events_ab"] == 0
    assert by_pair(rows, 2015)[("CHN", "IND")]["events_ab"] is None  # a year without events


def test_ideal_points_distance_and_igos(filled: Store) -> None:
    columns = "idealpoint_distance,distance,igo"
    rows = dyad_year_panel(filled, since=2015, until=2016, columns=columns).to_pylist()
    late, early = by_pair(rows, 2016), by_pair(rows, 2015)
    assert late[("CHN", "USA")]["idealpoint_distance"] == 3.0
    assert late[("CHN", "IND")]["idealpoint_distance"] is None  # India's is another model's
    assert (
        late[("CHN", "IND")]["mindist_km"] == 0.0 and late[("CHN", "USA")]["mindist_km"] == 8000.0
    )
    assert late[("IND", "USA")]["mindist_km"] is None
    assert early[("IND", "USA")]["igo_shared"] == 60  # stored as (IND, USA), found either way
    assert early[("CHN", "USA")]["igo_shared"] == 50 and late[("CHN", "USA")]["igo_shared"] is None


def test_layers_not_loaded_are_columns_of_nulls(filled: Store) -> None:
    table = dyad_year_panel(filled, since=2016, until=2016, columns=["arms", "alliance"])
    assert table.column_names[5:] == [
        "arms_tiv_ab", "arms_tiv_ba", "atop_defense", "atop_offense", "atop_neutrality",
        "atop_nonaggression", "atop_consultation", "atop_any",
    ]  # fmt: skip
    assert all(table.column(c).null_count == table.num_rows for c in table.column_names[5:])
    notes = json.loads(describe(table)["realpolitik.layers"])
    assert notes == {"arms": "not loaded: every value is missing",
                     "alliance": "not loaded: every value is missing"}  # fmt: skip


def test_members_are_carried_past_the_last_cow_year(filled: Store) -> None:
    table = dyad_year_panel(filled, since=2016, until=2018, columns="distance")
    assert sorted({r["year"] for r in table.to_pylist()}) == [2016, 2017, 2018]
    assert table.num_rows == 9
    meta = describe(table)
    assert "carried forward to 2018" in meta["realpolitik.membership"]
    assert "(v2016)" in meta["realpolitik.membership"] and meta["realpolitik.years"] == "2016-2018"
    citations = json.loads(meta["realpolitik.citations"])
    assert (
        set(citations) == {"membership", "distance"}
        and "Correlates of War" in (citations["membership"])
    )


def test_the_layer_list(filled: Store) -> None:
    assert parse_columns(None) == COLUMNS and parse_columns("all") == COLUMNS
    assert parse_columns(" trade, igo ,trade,") == ("trade", "igo")
    assert parse_columns(["events"]) == ("events",)
    with pytest.raises(RealpolitikError) as err:
        parse_columns("trade,gdp")
    assert err.value.code == "E450" and "gdp" in str(err.value)


def test_errors_without_members_or_with_an_empty_window(tmp_path: Path, filled: Store) -> None:
    with Store(tmp_path / "bare.duckdb") as bare, pytest.raises(RealpolitikError) as err:
        dyad_year_panel(bare)
    assert err.value.code == "E451"
    with pytest.raises(RealpolitikError) as window:
        dyad_year_panel(filled, since=2020, until=2010)
    assert window.value.code == "E904" and "2020" in str(window.value)
    with pytest.raises(RealpolitikError) as before:
        dyad_year_panel(filled, since=2000, until=2010)  # members start in 2015
    assert before.value.code == "E402" and "system members" in str(before.value)


def test_csv_and_jsonl_files_hold_the_rows(filled: Store, tmp_path: Path) -> None:
    table = dyad_year_panel(filled, since=2016, until=2016, columns="trade,igo")
    as_csv = write_panel(table, tmp_path / "panel.csv")
    with as_csv.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3 and rows[1]["a"] == "CHN" and rows[1]["exports_ab"] == "400"
    as_jsonl = write_panel(table, tmp_path / "panel.out", fmt="jsonl")
    records = [json.loads(x) for x in as_jsonl.read_text(encoding="utf-8").splitlines()]
    assert records == json.loads(json.dumps(table.to_pylist()))
    with pytest.raises(RealpolitikError) as err:
        write_panel(table, tmp_path / "panel.xlsx")
    assert err.value.code == "E452" and "panel.xlsx" in str(err.value)
    assert not (tmp_path / "panel.xlsx").exists()


def test_progress_counts_each_layer_then_the_end(filled: Store) -> None:
    calls: list[tuple[int, int]] = []
    table = dyad_year_panel(
        filled,
        since=2015,
        until=2016,
        columns="alliance,trade,events",
        progress=lambda d, t: calls.append((d, t)),
    )
    assert table.num_rows > 0
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
