"""Alliance measures on hand-made ATOP rows in a real store: who owes whom, tie weights, the
member-level fallback, the USSR as Russia, year coverage (E910) and the per-year series."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from row_inserts import insert_rows

from realpolitik.analysis import alliance_series, alliance_ties, allies, dyad_obligations
from realpolitik.analysis.alliances import check_coverage, coverage
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

# Directed dyad-years: (a, b, year, defense, offense, neutrality, nonaggression, consultation, ids)
DYADS = [
    ("FRA", "DEU", 2000, 1, 0, 0, 0, 1, "3"),
    ("DEU", "FRA", 2000, 1, 0, 0, 0, 0, "3"),
    ("FRA", "ITA", 2000, 0, 0, 0, 1, 0, "7"),  # one way only: Italy owes France nothing
    ("SUN", "POL", 1980, 1, 0, 0, 0, 0, "12"),
    ("POL", "SUN", 1980, 1, 0, 0, 0, 0, "12"),
    ("FRA", "DEU", 2001, 1, 1, 0, 0, 0, "3"),
    ("FRA", "FRA", 2000, 1, 0, 0, 0, 0, "99"),  # a state bound to itself is no tie
]


def _fill(store: Store) -> None:
    insert_rows(
        store.con,
        "INSERT INTO alliance_dyad_years (state_a, state_b, year, defense, offense, neutrality,"
        " nonaggression, consultation, atopids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        DYADS,
    )


@pytest.fixture
def atop(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "atop.duckdb") as store:
        _fill(store)
        yield store


def test_allies_list_what_each_side_owes(atop: Store) -> None:
    rows = allies(atop, "FRA", 2000).to_pylist()
    assert [r["partner"] for r in rows] == ["DEU", "ITA"]  # defence pacts first
    deu, ita = rows
    assert deu["owes"] == "defense,consultation" and deu["owed"] == "defense"
    assert deu["weight"] == 1.0 and deu["weight_owes"] == 1.0 and deu["weight_owed"] == 1.0
    assert deu["atopids"] == "3" and deu["alliances"] == "ATOP 3"  # no alliance-level table
    assert deu["basis"] == "atop dyad-year" and deu["year"] == 2000 and deu["defense"] is True
    assert ita["owes"] == "nonaggression" and ita["owed"] == ""
    assert ita["weight"] == pytest.approx(0.4) and ita["weight_owed"] == 0.0
    assert ita["defense"] is False and ita["partner_name"]


def test_allies_seen_from_the_other_side(atop: Store) -> None:
    (fra,) = allies(atop, "ITA", 2000).to_pylist()
    assert (fra["partner"], fra["owes"], fra["owed"]) == ("FRA", "", "nonaggression")


def test_allies_types_filter_and_sum(atop: Store) -> None:
    defence = allies(atop, "FRA", 2000, types=["defense"]).to_pylist()
    assert [r["partner"] for r in defence] == ["DEU"]
    nonagg = allies(atop, "FRA", 2000, types=["nonagg"]).to_pylist()  # ATOP's short name
    assert [r["partner"] for r in nonagg] == ["ITA"]
    summed = {
        r["partner"]: r["weight"] for r in allies(atop, "FRA", 2000, combine="sum").to_pylist()
    }
    assert summed["DEU"] == pytest.approx(1.0 + 0.3)
    with pytest.raises(RealpolitikError) as err:
        allies(atop, "FRA", 2000, types=["friendship"])
    assert err.value.code == "E907" and "friendship" in str(err.value)


def test_ussr_counts_as_russia_unless_asked_not_to(atop: Store) -> None:
    merged = allies(atop, "POL", 1980).to_pylist()
    assert [r["partner"] for r in merged] == ["RUS"]
    plain = allies(atop, "POL", 1980, merge="none").to_pylist()
    assert [r["partner"] for r in plain] == ["SUN"]
    assert alliance_ties(atop, 1980) == [("POL", "RUS", 1.0)]
    assert alliance_ties(atop, 1980, merge="none") == [("POL", "SUN", 1.0)]


def test_ties_skip_self_and_keep_one_row_per_pair(atop: Store) -> None:
    ties = alliance_ties(atop, 2000)
    assert ties == [("DEU", "FRA", 1.0), ("FRA", "ITA", pytest.approx(0.4))]
    assert alliance_ties(atop, 2000, weights={"nonaggression": 0.0})[-1][:2] == ("DEU", "FRA")


def test_years_outside_the_data_are_e910_not_empty(atop: Store) -> None:
    assert coverage(atop) == (1980, 2001)
    check_coverage(atop, 1990)  # inside: no error
    with pytest.raises(RealpolitikError) as err:
        allies(atop, "FRA", 2010)
    assert err.value.code == "E910" and "2010" in str(err.value)
    with pytest.raises(RealpolitikError) as early:
        check_coverage(atop, 1900)
    assert early.value.code == "E910"


def test_no_atop_loaded_is_e310(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as store:
        assert coverage(store) is None
        check_coverage(store, 2000)  # nothing to check against
        with pytest.raises(RealpolitikError) as err:
            allies(store, "FRA", 2000)
        assert err.value.code == "E310"


def test_member_level_file_when_the_year_has_no_dyads(tmp_path: Path) -> None:
    with Store(tmp_path / "members.duckdb") as store:
        insert_rows(
            store.con,
            "INSERT INTO alliance_members (atopid, iso3, year_start, year_end, defense,"
            " offense, neutrality, nonaggression, consultation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (5, "USA", 1949, None, 1, 0, 0, 0, 1),
                (5, "GBR", 1949, None, 1, 0, 0, 0, 1),
                (5, "CAN", 1949, 1960, 1, 0, 0, 0, 1),  # left in 1960
                (8, "USA", 1951, 1953, 0, 0, 0, 0, 1),
                (8, "CAN", 1951, 1953, 0, 0, 0, 0, 1),
            ],
        )
        store.con.execute(
            "INSERT INTO alliances (atopid, year_start, year_end, members)"
            " VALUES (5, 1949, NULL, 'USA,GBR,CAN'), (8, 1951, 1953, 'USA,CAN')"
        )
        assert coverage(store) == (1949, None)  # an open alliance: no last year
        early = {r["partner"]: r for r in allies(store, "USA", 1952).to_pylist()}
        assert set(early) == {"CAN", "GBR"}
        assert early["CAN"]["atopids"] == "5,8" and early["CAN"]["basis"] == "atop member-level"
        assert early["CAN"]["alliances"].startswith("ATOP 5: USA, GBR, CAN (1949–")
        assert early["GBR"]["owes"] == "defense,consultation"
        late = [r["partner"] for r in allies(store, "USA", 1970).to_pylist()]
        assert late == ["GBR"]  # Canada's membership ended in 1960
        assert alliance_ties(store, 1970) == [("GBR", "USA", 1.0)]


def test_series_counts_allies_per_year(atop: Store) -> None:
    series = alliance_series(atop, "FRA", since=1999, until=2001)
    assert series == [
        {"state": "FRA", "year": 2000, "allies": 2, "defense": 1, "weight": pytest.approx(1.4)},
        {"state": "FRA", "year": 2001, "allies": 1, "defense": 1, "weight": 1.0},
    ]
    assert alliance_series(atop, "FRA", since=1990, until=1995) == []
    russia = alliance_series(atop, "Russia", since=1980, until=1980)
    assert russia and russia[0]["allies"] == 1  # the USSR's ties are Russia's


def test_dyad_obligations_per_year(atop: Store) -> None:
    rows = dyad_obligations(atop, "FRA", "DEU", since=2000, until=2001)
    assert rows == [
        {"year": 2000, "a": "FRA", "b": "DEU", "owes": "defense,consultation",
         "owed": "defense", "weight": 1.0},
        {"year": 2001, "a": "FRA", "b": "DEU", "owes": "defense,offense", "owed": "",
         "weight": 1.0},
    ]  # fmt: skip
    one_way = dyad_obligations(atop, "ITA", "FRA", since=2000, until=2000)
    assert one_way == [
        {"year": 2000, "a": "ITA", "b": "FRA", "owes": "", "owed": "nonaggression",
         "weight": pytest.approx(0.4)}
    ]  # fmt: skip
    assert dyad_obligations(atop, "ITA", "DEU", since=2000, until=2001) == []
