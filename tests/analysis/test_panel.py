"""The dyad-year panel over real loads: rows from COW members, NULL outside each layer's
coverage and 0 inside it, the same numbers as the measures, and the CLI's files."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from cli_inprocess import run_cli

from realpolitik import datasets
from realpolitik.analysis import dyad_year_panel, to_pandas, write_panel
from realpolitik.analysis.panel import describe
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

STATES = """stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version
USA,2,United States of America,1816,1,1,2016,12,31,2016
RUS,365,Russia,1922,12,30,2016,12,31,2016
PRK,731,North Korea,1948,9,9,2016,12,31,2016
DRV,816,Vietnam,1954,7,21,2016,12,31,2016
"""
VOTES = """undl_id,country_name,vote,iso3
1,UNITED STATES,N,USA
1,RUSSIAN FEDERATION,Y,RUS
1,DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA,Y,PRK
2,UNITED STATES,Y,USA
2,RUSSIAN FEDERATION,N,RUS
2,DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA,A,PRK
2,VIET NAM,Y,VNM
"""
RESOLUTIONS = """undl_id,symbol,date,title,meeting,agenda,recorded
1,A/RES/77/1,2022-10-12,One,A/PV.1,1,True
2,A/RES/78/2,2023-03-01,Two,A/PV.2,2,True
"""
ATOP = """ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul
365,731,2000,0,0,0,0,1
365,731,2001,0,0,0,0,1
731,365,2001,1,0,0,0,0
"""
NMC = "ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n365,2001,-9,1,1,1,145000,1,0.05\n"
SIPRI = """Source: SIPRI Arms Transfers Database (c) SIPRI.
SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production
1,Russia,Viet Nam,Su-30MK,FGA aircraft,Aircraft,2009,No,4,No,2012,No,New,,37.5,150,No
2,United States,Viet Nam,Hamilton,frigate,Ships,2016,No,1,No,2017,No,Second hand,,18,18,No
"""


def write(path: Path, text: str) -> Path:
    path.write_bytes(gzip.compress(text.encode()) if path.suffix == ".gz" else text.encode())
    return path


@pytest.fixture
def loaded(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "panel.duckdb") as store:
        datasets.load(store, "cow-states", [write(tmp_path / "states2016.csv", STATES)])
        datasets.load(
            store, "unga-votes",
            [write(tmp_path / "v.csv", VOTES), write(tmp_path / "r.csv", RESOLUTIONS)],
        )  # fmt: skip
        datasets.load(store, "atop", [write(tmp_path / "atop.csv.gz", ATOP)])
        datasets.load(store, "cow-nmc", [write(tmp_path / "nmc.csv", NMC)])
        datasets.load(store, "sipri", [write(tmp_path / "sipri.csv", SIPRI)])
        yield store


def rows(table: pa.Table, year: int, a: str, b: str) -> list[dict[str, object]]:
    mask = pc.and_(
        pc.equal(table["year"], year), pc.and_(pc.equal(table["a"], a), pc.equal(table["b"], b))
    )
    return table.filter(mask).to_pylist()


def test_rows_are_dyads_of_the_members_of_each_year(loaded: Store) -> None:
    undirected = dyad_year_panel(loaded, since=1950, until=2023, columns="alliance")
    directed = dyad_year_panel(loaded, since=1950, until=2023, directed=True, columns="alliance")
    per_year = dict(zip(*pc.value_counts(undirected["year"]).flatten(), strict=True))
    assert per_year[pa.scalar(1950, pa.int32())].as_py() == 3  # USA, SUN, PRK (no Vietnam yet)
    counts = {
        int(k.as_py()): int(v.as_py())
        for k, v in zip(*pc.value_counts(undirected["year"]).flatten(), strict=True)
    }
    assert counts[1950] == 3 and counts[1960] == 6 and counts[2023] == 6
    assert directed.num_rows == 2 * undirected.num_rows
    assert rows(undirected, 1980, "PRK", "SUN") and rows(undirected, 2000, "PRK", "RUS")
    assert not rows(undirected, 1980, "PRK", "RUS")  # 365 is the USSR in 1980
    meta = describe(undirected)
    assert "v2016" in meta["realpolitik.membership"]
    assert "carried forward to 2023" in meta["realpolitik.membership"]


def test_missing_outside_coverage_zero_inside(loaded: Store) -> None:
    table = dyad_year_panel(loaded, since=1999, until=2023, directed=True)
    # ATOP covers 2000-2001 here: an absent obligation is 0 there and unknown (NULL) outside.
    assert rows(table, 2001, "PRK", "RUS")[0]["atop_defense"] == 1
    assert rows(table, 2001, "RUS", "PRK")[0]["atop_defense"] == 0
    assert rows(table, 2001, "RUS", "PRK")[0]["atop_any"] == 1
    assert rows(table, 2000, "USA", "RUS")[0]["atop_consultation"] == 0
    assert rows(table, 1999, "RUS", "PRK")[0]["atop_consultation"] is None
    assert rows(table, 2010, "RUS", "PRK")[0]["atop_consultation"] is None
    # SIPRI covers 2012-2017: deliveries to Vietnam, 0 for the other pairs, NULL before.
    assert rows(table, 2012, "RUS", "VNM")[0]["arms_tiv_ab"] == 150.0
    assert rows(table, 2012, "VNM", "RUS")[0]["arms_tiv_ba"] == 150.0
    assert rows(table, 2013, "RUS", "VNM")[0]["arms_tiv_ab"] == 0.0
    assert rows(table, 2011, "RUS", "VNM")[0]["arms_tiv_ab"] is None
    # UN votes: agreement where both voted, NULL where they shared no roll call.
    rus_prk = rows(table, 2022, "PRK", "RUS")[0]
    assert (rus_prk["agreement"], rus_prk["agreement_votes"]) == (1.0, 1)
    assert rows(table, 2023, "RUS", "USA")[0]["agreement"] == 0.0
    assert rows(table, 2022, "RUS", "VNM")[0]["agreement"] is None  # Vietnam did not vote
    # Capabilities: NMC's -9 is missing; layers not loaded are missing everywhere.
    nmc = rows(table, 2001, "RUS", "PRK")[0]
    assert (nmc["cinc_a"], nmc["milex_a"], nmc["tpop_a"], nmc["cinc_b"]) == (
        0.05,
        None,
        145000.0,
        None,
    )
    assert pc.all(pc.is_null(table["mindist_km"])).as_py()
    assert pc.all(pc.is_null(table["exports_ab"])).as_py()
    notes = json.loads(describe(table)["realpolitik.layers"])
    assert notes["distance"].startswith("not loaded")
    cites = json.loads(describe(table)["realpolitik.citations"])
    assert "SIPRI" in cites["arms"] and "Leeds" in cites["alliance"]


def test_agreement_matches_the_measure(loaded: Store) -> None:
    from realpolitik.analysis import agreement

    table = dyad_year_panel(loaded, since=2022, until=2023, columns=["agreement"])
    expected = agreement(loaded, since=2022, until=2023, merge="none", min_votes=1).to_pylist()
    assert expected
    for e in expected:
        got = rows(table, e["year"], e["a"], e["b"])
        assert got and got[0]["agreement"] == e["agree"] and got[0]["agreement_votes"] == e["n"]


def test_bad_requests(loaded: Store, tmp_path: Path) -> None:
    with pytest.raises(RealpolitikError, match=r"\[E450\] Unknown panel column\(s\) gdp"):
        dyad_year_panel(loaded, since=2000, until=2001, columns="agreement,gdp")
    with (
        Store(tmp_path / "empty.duckdb") as empty,
        pytest.raises(RealpolitikError, match=r"\[E451\]"),
    ):
        dyad_year_panel(empty, since=2000, until=2001)
    table = dyad_year_panel(loaded, since=2000, until=2001, columns="agreement")
    with pytest.raises(RealpolitikError, match=r"\[E452\]"):
        write_panel(table, tmp_path / "panel.xlsx")


def test_cli_writes_parquet_and_csv(loaded: Store, tmp_path: Path) -> None:
    db = str(loaded.path)
    loaded.close()
    out = tmp_path / "panel.parquet"
    done = run_cli("--db", db, "panel", "--since", "1990", "--until", "2023", "--directed",
                   "--with", "agreement,alliance,arms", "-o", out)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "dyad-years" in done.stderr and "Source:" in done.stderr and "SIPRI" in done.stderr
    table = pq.read_table(out)
    assert table.num_rows == 34 * 12  # 4 members, 12 ordered pairs, 1990-2023
    assert "realpolitik.membership" in describe(table)
    assert "atop_defense" in table.column_names and "cinc_a" not in table.column_names
    csv_out = tmp_path / "panel.csv"
    done = run_cli("--db", db, "panel", "--since", "2022", "--until", "2022", "-o", csv_out)
    assert done.returncode == 0, done.stderr
    lines = csv_out.read_text().splitlines()
    assert lines[0].startswith('"year","a","b"') and len(lines) == 1 + 6
    bad = run_cli("--db", db, "panel", "--with", "gdp")
    assert bad.returncode == 1 and "[E450]" in bad.stderr


def test_to_pandas_and_its_hint(loaded: Store) -> None:
    table = dyad_year_panel(loaded, since=2022, until=2023, columns="agreement")
    frame = to_pandas(table)
    assert list(frame.columns)[:3] == ["year", "a", "b"] and len(frame) == table.num_rows
    # Without pandas: one line that says what to install.
    code = (
        "import sys, importlib.abc\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name.split('.')[0] == 'pandas':\n"
        "            raise ImportError('no pandas here')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import pyarrow as pa\n"
        "from realpolitik.analysis import to_pandas\n"
        "from realpolitik.errors import RealpolitikError\n"
        "try:\n    to_pandas(pa.table({'a': [1]}))\nexcept RealpolitikError as e:\n    print(e)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().startswith(
        "[E453] pandas is not installed; run `pip install 'realpolitik[pandas]'`"
    )
