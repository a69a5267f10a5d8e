"""Which loader a file goes to, from its header alone (``data load FILE`` without a kind): every
publisher layout the project reads, plain, gzipped and zipped, and the coded error for a file
that is none of them. A wrong guess would load rows into the wrong table, so each layout is
also checked not to be taken for another."""

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
    ICEWS_COUNTS,
    SIPRI_ALL,
    UNDL_RESOLUTIONS,
    UNDL_VOTES,
    UNVOTES_ROLL_CALLS,
    UNVOTES_VOTES,
    write,
)

from realpolitik import datasets
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

COW_STATES = "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n"
COW_STATES += "USA,2,United States of America,1816,1,1,2016,12,31,2016\n"
COW_NMC = "ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n365,2010,52000,1027,1,1,143000,1,0.04\n"
COW_TRADE = "ccode1,ccode2,year,flow1,flow2\n365,731,2010,1.5,0.25\n"
COW_IGO = "ccode1,ccode2,year,dyadigos\n2,365,1980,40\n"
COW_DISTANCE = "ccode1,ccode2,year,mindist\n365,731,2010,0.0\n"
GW_STATES = (
    "gwcode,stateabb,statename,startdate,enddate\n2,USA,United States,1816-01-01,2017-12-31\n"
)

LAYOUTS = [
    ("undl_votes.csv", UNDL_VOTES, "unga-votes"),
    ("undl_resolutions.csv", UNDL_RESOLUTIONS, "unga-votes"),
    ("unvotes.csv", UNVOTES_VOTES, "unga-votes"),
    ("roll_calls.csv", UNVOTES_ROLL_CALLS, "unga-votes"),
    ("atop_dyads.csv", ATOP_DYADS, "atop"),
    ("atop_members.csv", ATOP_MEMBERS, "atop"),
    ("atop_alliances.csv", ATOP_ALLIANCES, "atop"),
    ("trade-register.csv", SIPRI_ALL, "sipri"),
    ("baci.csv", BACI, "trade"),
    ("dots.csv", DOTS, "trade"),
    ("events.tab", ICEWS, "icews"),
    ("counts.csv", ICEWS_COUNTS, "icews-counts"),
    ("gdelt_reduced.txt", GDELT1_REDUCED, "gdelt"),
    ("20240105.export.CSV", GDELT2, "gdelt"),
    ("states2016.csv", COW_STATES, "cow-states"),
    ("nmc.csv", COW_NMC, "cow-nmc"),
    ("dyadic_trade.csv", COW_TRADE, "cow-trade"),
    ("igo.csv", COW_IGO, "cow-igo"),
    ("distance.csv", COW_DISTANCE, "cow-distance"),
    ("gw_states.csv", GW_STATES, "gw-states"),
]


@pytest.mark.parametrize(("name", "text", "kind"), LAYOUTS, ids=[n for n, *_ in LAYOUTS])
def test_each_layout_is_recognised(tmp_path: Path, name: str, text: str, kind: str) -> None:
    assert datasets.detect_kind(write(tmp_path / name, text)) == kind
    assert datasets.detect_kind(write(tmp_path / (name + ".gz"), text)) == kind
    assert datasets.detect_kind(write(tmp_path / (name + ".zip"), text)) == kind


def test_every_kind_has_a_layout_here() -> None:
    assert {kind for *_, kind in LAYOUTS} == set(datasets.KINDS)


@pytest.mark.parametrize(
    "text",
    ["name,age\nAda,36\n", "just one line of prose without any delimiter\n",
     "a\tb\tc\n1\t2\t3\n"],
)  # fmt: skip
def test_files_of_no_known_layout_are_e315(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / "mystery.csv", text)
    with pytest.raises(RealpolitikError) as err:
        datasets.detect_kind(path)
    assert err.value.code == "E315" and "mystery.csv" in str(err.value)
    assert "unga-votes" in str(err.value)  # it lists the kinds it knows


def test_a_load_without_a_kind_uses_the_detected_one(tmp_path: Path) -> None:
    with Store(tmp_path / "auto.duckdb") as store:
        atop = datasets.load(store, None, [write(tmp_path / "atop_dyads.csv", ATOP_DYADS)])
        counts = datasets.load(store, None, [write(tmp_path / "counts.csv", ICEWS_COUNTS)])
        assert (atop.kind, counts.kind) == ("atop", "icews-counts")
        assert store.count("alliance_dyad_years") == atop.rows > 0
        assert store.count("event_dyad_years") == counts.rows > 0
        loaded = {d.kind for d in datasets.list_loaded(store)}
        assert loaded == {"atop", "icews-counts"}
