"""COW covariates: states, capabilities, trade, IGOs and distances, with codes by year."""

from __future__ import annotations

from pathlib import Path

import pytest
from datasets_fixtures import write

from realpolitik import datasets
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

STATES = """stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version
USA,2,United States of America,1816,1,1,2016,12,31,2016
RUS,365,Russia,1816,1,1,1917,12,5,2016
RUS,365,Russia,1922,12,30,2016,12,31,2016
PRK,731,North Korea,1948,9,9,2016,12,31,2016
"""
NMC = """ccode,year,milex,milper,irst,pec,tpop,upop,cinc
365.0,1980.0,-9,3663.0,148000.0,1400000.0,265000.0,166000.0,0.17
365.0,2010.0,52000.0,1027.0,66900.0,950000.0,143000.0,104000.0,0.04
731.0,2010.0,,1190.0,1200.0,25000.0,24000.0,14000.0,0.008
"""
TRADE_DYADIC = "ccode1,ccode2,year,flow1,flow2\n365,731,2010,1.5,0.25\n2,365,1980,-9,3\n"
IGO = "ccode1,ccode2,year,dyadigos\n2.0,365.0,1980.0,40.0\n365.0,731.0,2010.0,12.0\n"
DIST = "ccode1,ccode2,year,mindist\n365,731,2010,0.0\n2,365,1990,85.5\n"


def test_state_system_by_year(store: Store, tmp_path: Path) -> None:
    result = datasets.load(store, None, [write(tmp_path / "states2016.csv", STATES)])
    assert result.kind == "cow-states" and result.rows == 4
    members = store.con.execute(
        "SELECT iso3, count(*), min(year), max(year) FROM system_members GROUP BY 1 ORDER BY 1"
    ).fetchall()
    # 365 is the USSR (SUN) 1922-1991 and Russia before and after; the 1918-21 gap is no member.
    assert members == [
        ("PRK", 69, 1948, 2016),
        ("RUS", 102 + 25, 1816, 2016),
        ("SUN", 70, 1922, 1991),
        ("USA", 201, 1816, 2016),
    ]
    gap = store.con.execute("SELECT count(*) FROM system_members WHERE year = 1919 AND ccode = 365")
    assert gap.fetchone() == (0,)
    spells = store.con.execute("SELECT iso3, start_date, version FROM cow_states WHERE ccode = 365")
    assert sorted(str(r) for r in spells.fetchall())[0].startswith("('RUS', datetime.date(1816")


def test_capabilities_missing_is_null(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "cow-nmc", [write(tmp_path / "nmc.csv", NMC)])
    rows = dict(
        ((iso3, year), (milex, cinc))
        for iso3, year, milex, cinc in store.con.execute(
            "SELECT iso3, year, milex, cinc FROM state_capabilities"
        ).fetchall()
    )
    assert rows[("SUN", 1980)] == (None, 0.17)  # -9 is COW's missing value
    assert rows[("RUS", 2010)] == (52000.0, 0.04)
    assert rows[("PRK", 2010)] == (None, 0.008)


def test_dyadic_trade_igo_distance(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "cow-trade", [write(tmp_path / "Dyadic_COW_4.0.csv", TRADE_DYADIC)])
    flows = set(
        store.con.execute(
            "SELECT reporter, partner, year, value, origin FROM trade_flows"
        ).fetchall()
    )
    # flow1 = imports of state 1 from state 2, i.e. exports of 2 to 1 (millions -> USD)
    assert flows == {
        ("PRK", "RUS", 2010, 1.5e6, "cow"),
        ("RUS", "PRK", 2010, 0.25e6, "cow"),
        ("USA", "SUN", 1980, 3e6, "cow"),
    }
    datasets.load(store, "cow-igo", [write(tmp_path / "igo.csv", IGO)])
    assert store.con.execute(
        "SELECT state_a, state_b, shared FROM igo_dyad_years WHERE year = 1980"
    ).fetchall() == [("USA", "SUN", 40)]
    datasets.load(store, "cow-distance", [write(tmp_path / "mindist.csv.gz", DIST)])
    assert store.con.execute(
        "SELECT state_a, state_b, year, mindist_km FROM dyad_distances ORDER BY year"
    ).fetchall() == [("USA", "SUN", 1990, 85.5), ("RUS", "PRK", 2010, 0.0)]
    cited = store.con.execute("SELECT kind, citation FROM dataset_loads ORDER BY kind").fetchall()
    assert [k for k, _ in cited] == ["cow-distance", "cow-igo", "cow-trade"]
    assert "Barbieri" in cited[2][1] and "IGO" in cited[1][1]


def test_bad_cow_file(store: Store, tmp_path: Path) -> None:
    bad = write(tmp_path / "nmc.csv", NMC.replace("2010.0,52000.0", "twenty-ten,52000.0"))
    with pytest.raises(RealpolitikError, match=r"\[E302\] .*nmc.csv:3: column 'year'"):
        datasets.load(store, "cow-nmc", [bad])
    with pytest.raises(RealpolitikError, match=r"\[E313\]"):
        datasets.load(store, "cow-distance", [write(tmp_path / "x.csv", NMC)])
    assert store.count("state_capabilities") == 0
