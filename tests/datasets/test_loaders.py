"""Each loader reads its layouts into the store, resolving states through the registry."""

from __future__ import annotations

from pathlib import Path

import pytest
from datasets_fixtures import (
    ATOP_ALLIANCES,
    ATOP_DYADS,
    ATOP_MEMBERS,
    BACI,
    DOTS,
    GDELT1_REDUCED,
    GDELT2,
    ICEWS,
    SIPRI_ALL,
    SIPRI_REGISTER,
    UNDL_RESOLUTIONS,
    UNDL_VOTES,
    UNVOTES_ISSUES,
    UNVOTES_ROLL_CALLS,
    UNVOTES_VOTES,
    write,
)  # fmt: skip

from realpolitik import datasets
from realpolitik.store import Store


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    return store.con.execute(sql).fetchall()


def test_undl_votes_and_resolutions(store: Store, tmp_path: Path) -> None:
    votes = write(tmp_path / "votes.csv.gz", UNDL_VOTES)
    res = write(tmp_path / "res.csv.gz", UNDL_RESOLUTIONS)
    result = datasets.load(store, "unga-votes", [votes, res])
    assert result.rows == 9 + 3
    got = dict(((r, i), v) for r, i, v in rows(store, "SELECT rcid, iso3, vote FROM un_votes"))
    assert got[("undl:100", "DEU")] == "N"  # quoted name with a comma
    assert got[("undl:100", "SUN")] == "A"  # USSR keeps its own code
    assert got[("undl:100", "TWN")] == "Y"  # CHINA before 1971-10-25 is the ROC seat
    assert got[("undl:200", "CHN")] == "X"  # NV: present, not voting
    assert got[("undl:200", "PRK")] == "Y"
    bodies = dict(rows(store, "SELECT rcid, body FROM un_roll_calls"))
    assert bodies == {"undl:100": "GA", "undl:200": "GA", "undl:300": "SC"}
    assert rows(store, "SELECT year, session FROM un_roll_calls WHERE rcid = 'undl:200'") == [
        (2022, 77)
    ]
    succ = rows(store, "SELECT iso3 FROM un_votes_successor WHERE rcid = 'undl:100' ORDER BY 1")
    assert ("RUS",) in succ and ("SUN",) not in succ


def test_undl_reload_replaces_rows(store: Store, tmp_path: Path) -> None:
    votes = write(tmp_path / "votes.csv", UNDL_VOTES)
    res = write(tmp_path / "res.csv", UNDL_RESOLUTIONS)
    datasets.load(store, "unga-votes", [votes, res])
    datasets.load(store, "unga-votes", [res, votes])
    assert store.count("un_votes") == 9
    assert store.count("un_roll_calls") == 3
    assert store.count("dataset_loads") == 2


def test_votes_before_resolutions_still_get_the_roc_seat(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "unga-votes", [write(tmp_path / "v.csv", UNDL_VOTES)])
    assert rows(store, "SELECT count(*) FROM un_votes WHERE iso3 = 'TWN'") == [(0,)]
    datasets.load(store, "unga-votes", [write(tmp_path / "r.csv", UNDL_RESOLUTIONS)])
    assert rows(store, "SELECT count(*) FROM un_votes WHERE iso3 = 'TWN'") == [(1,)]


def test_unvotes_layout(store: Store, tmp_path: Path) -> None:
    files = [
        write(tmp_path / "unvotes_votes.csv.gz", UNVOTES_VOTES),
        write(tmp_path / "issues.csv", UNVOTES_ISSUES),
        write(tmp_path / "roll_calls.csv", UNVOTES_ROLL_CALLS),
    ]
    datasets.load(store, None, files)
    got = set(rows(store, "SELECT rcid, iso3, vote FROM un_votes"))
    assert ("unvotes:3", "SUN", "N") in got  # "Russia" in 1946 is the USSR seat
    assert ("unvotes:9", "RUS", "Y") in got
    assert ("unvotes:9", "DEU", "N") in got  # no ISO2 code: resolved by name
    assert ("unvotes:3", "TWN", "A") in got
    rc = rows(store, "SELECT body, year, session, issue, important FROM un_roll_calls"
                     " WHERE rcid = 'unvotes:9'")  # fmt: skip
    assert rc == [("GA", 2019, 74, "hr,nu", True)]


def test_atop_files(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "atop", [write(tmp_path / "dyad.csv.gz", ATOP_DYADS)])
    got = set(rows(store, "SELECT state_a, state_b, year, defense FROM alliance_dyad_years"))
    assert got == {
        ("SUN", "PRK", 1980, 1), ("RUS", "PRK", 2000, 0), ("DEU", "USA", 1970, 1),
        ("VNM", "SUN", 1970, 0), ("RVN", "USA", 1970, 1),
    }  # fmt: skip
    datasets.load(store, None, [write(tmp_path / "members.csv", ATOP_MEMBERS)])
    members = set(rows(store, "SELECT atopid, iso3, year_end, bilateral FROM alliance_members"))
    assert (4940, "PRK", None, True) in members and (3440, "SUN", 1996, True) in members
    datasets.load(store, "atop", [write(tmp_path / "alliances.csv", ATOP_ALLIANCES)])
    assert rows(store, "SELECT members, year_end FROM alliances ORDER BY atopid") == [
        ("SUN,PRK", 1996),
        ("PRK,CHN", None),
    ]


def test_sipri_export_with_header_block(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "sipri", [write(tmp_path / "sipri.csv", SIPRI_ALL)])
    got = rows(store, "SELECT supplier, recipient, delivery_year, tiv FROM arms_transfers"
                      " ORDER BY delivery_year")  # fmt: skip
    assert got[0] == ("IRN", "Hezbollah (Lebanon)", 2006, 1.0)  # non-state keeps its name
    assert ("RUS", "VNM", 2011, 150.0) in got and ("USA", "VNM", 2017, 18.0) in got
    loads = rows(store, "SELECT rows, min_year, max_year FROM dataset_loads")
    assert loads == [(4, 2006, 2017)]


def test_sipri_register_latin1_spreads_tiv(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "register_de.csv", SIPRI_REGISTER, encoding="latin-1")
    datasets.load(store, "sipri", [path], encoding="latin-1")
    got = rows(store, "SELECT recipient, delivery_year, tiv FROM arms_transfers ORDER BY 1, 2")
    assert got == [("BRA", 2009, 114.4), ("BRA", 2010, 114.4), ("CHL", 2010, 400.0)]


def test_trade_baci_kusd_and_dots_names(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "trade", [write(tmp_path / "baci_subset.csv.gz", BACI)])
    got = rows(store, "SELECT reporter, partner, year, flow, value, origin FROM trade_flows"
                      " ORDER BY year, reporter")  # fmt: skip
    assert got[0] == ("CHN", "PRK", 2020, "export", 100500.0, "baci")
    datasets.load(store, None, [write(tmp_path / "dots.csv", DOTS)], origin="dots")
    flows = rows(store, "SELECT flow, value FROM trade_flows WHERE origin = 'dots' ORDER BY 1")
    assert flows == [("export", 1e6), ("import", 2e5)]


def test_gdelt2_zip_and_reduced(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "gdelt", [write(tmp_path / "20240105.export.CSV.zip", GDELT2)])
    got = rows(store, "SELECT origin, external_id, date::VARCHAR, source_country, target_country,"
                      " cameo, goldstein, quad_class, num_mentions, source_url FROM events"
                      " ORDER BY external_id")  # fmt: skip
    assert got[0] == (
        "gdelt", "gdelt:1001", "2024-01-05", "RUS", "UKR", "190", -9.5, 4, 12,
        "https://example.org/a",
    )  # fmt: skip
    datasets.load(store, "gdelt", [write(tmp_path / "20240105.export.CSV.zip", GDELT2)])
    assert store.count("events") == 2
    datasets.load(store, None, [write(tmp_path / "reduced.tsv", GDELT1_REDUCED)])
    reduced = rows(store, "SELECT source_country, target_country, count(*) FROM events"
                          " WHERE external_id LIKE 'gdelt1:%' GROUP BY ALL ORDER BY 3")  # fmt: skip
    assert reduced == [(None, "FRA", 1), ("RUS", "PRK", 2)]  # AFR is a region, not a state


def test_icews(store: Store, tmp_path: Path) -> None:
    datasets.load(store, None, [write(tmp_path / "events.2014.tab", ICEWS)])
    got = rows(store, "SELECT source_country, target_country, cameo, goldstein, quad_class"
                      " FROM events WHERE origin = 'icews' ORDER BY external_id")  # fmt: skip
    assert got == [("RUS", "PRK", "010", 0.0, 1), ("CHN", "JPN", "138", -7.0, 3)]


def test_list_loaded(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "trade", [write(tmp_path / "baci.csv", BACI)])
    (entry,) = datasets.list_loaded(store)
    assert (entry.kind, entry.rows, entry.min_year, entry.max_year) == ("trade", 3, 2020, 2021)
    assert "Gaulier" in entry.citation


@pytest.mark.parametrize("kind", ["sipri", "atop"])
def test_citations_cover_kinds(kind: str) -> None:
    assert datasets.CITATIONS[kind]
