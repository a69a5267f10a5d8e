"""A file with a header and no rows never wipes what that file stored before (E340).

Every loader and layout: a good load, then the same file name holding only its header. The
load fails with a coded error and the rows stay; with ``allow_empty`` it stores the file as
empty (the user asked for it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_inprocess import run_cli
from datasets_fixtures import (
    ATOP_ALLIANCES,
    ATOP_DYADS,
    ATOP_MEMBERS,
    BACI,
    DOTS,
    GDELT1_REDUCED,
    ICEWS,
    ICEWS_COUNTS,
    SIPRI_ALL,
    SIPRI_REGISTER,
    UNDL_RESOLUTIONS,
    UNDL_VOTES,
    UNVOTES_ROLL_CALLS,
    UNVOTES_VOTES,
    write,
)  # fmt: skip
from test_undl_combined import COMBINED

from realpolitik import datasets
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

BACI_YEAR = "t,i,j,k,v,q\n2022,156,408,260111,12.5,1.0\n2022,643,408,270900,3.0,2.0\n"
COW_STATES = (
    "stateabb,ccode,statenme,styear,stmonth,stday,endyear,endmonth,endday,version\n"
    "RUS,365,Russia,1991,12,25,2016,12,31,2016\n"
)
COW_NMC = "ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n365,2010,52000,1000,66000,900,140000,100000,0.04\n"
COW_TRADE = "ccode,year,imports,exports\n365,2010,200,300\n"
COW_TRADE_DYADIC = (
    "ccode1,ccode2,year,flow1,flow2,smoothflow1,smoothflow2\n365,731,2010,10.5,1.25,10.5,1.25\n"
)
COW_IGO = "ccode1,ccode2,year,dyadigos\n365,731,2010,12\n"
COW_IGO_STATES = "ccode,year,sum_igo_full,sum_igo_associate,sum_igo_observer,sum_igo_anytype\n365,2010,50,2,3,55\n"
COW_DISTANCE = "ccode1,ccode2,year,mindist\n365,731,2010,0.0\n"


def header_only(text: str) -> str:
    """Everything up to and including the column names (SIPRI's notes block too)."""
    lines = text.splitlines(keepends=True)
    return "".join(lines[: _header_index(lines) + 1])


def _header_index(lines: list[str]) -> int:
    """The column-name line: the last line before the first data row."""
    for i, line in enumerate(lines):
        cells = line.replace("\t", ",").split(",")
        if len(cells) >= 3 and i + 1 < len(lines):
            nxt = lines[i + 1].replace("\t", ",").split(",")
            if len(nxt) >= len(cells) - 3 and any(c.strip()[:1].isdigit() for c in nxt):
                return i
    raise AssertionError("no header line found")


CASES = [
    ("unga-votes", "votes.csv", UNDL_VOTES, "un_votes"),
    ("unga-votes", "resolutions.csv", UNDL_RESOLUTIONS, "un_roll_calls"),
    ("unga-votes", "combined.csv", COMBINED, "un_votes"),
    ("unga-votes", "unvotes_votes.csv", UNVOTES_VOTES, "un_votes"),
    ("unga-votes", "roll_calls.csv", UNVOTES_ROLL_CALLS, "un_roll_calls"),
    ("atop", "atop_dyads.csv", ATOP_DYADS, "alliance_dyad_years"),
    ("atop", "atop_members.csv", ATOP_MEMBERS, "alliance_members"),
    ("atop", "atop_alliances.csv", ATOP_ALLIANCES, "alliances"),
    ("sipri", "sipri.csv", SIPRI_ALL, "arms_transfers"),
    ("sipri", "register.csv", SIPRI_REGISTER, "arms_transfers"),
    ("trade", "trade.csv", BACI, "trade_flows"),
    ("trade", "dots.csv", DOTS, "trade_flows"),
    ("trade", "BACI_HS92_Y2022_V202501.csv", BACI_YEAR, "trade_flows"),
    ("gdelt", "reduced.tsv", GDELT1_REDUCED, "events"),
    ("icews", "icews.tab", ICEWS, "events"),
    ("icews-counts", "counts.csv", ICEWS_COUNTS, "event_dyad_years"),
    ("cow-states", "states.csv", COW_STATES, "cow_states"),
    ("cow-nmc", "nmc.csv", COW_NMC, "state_capabilities"),
    ("cow-trade", "trade_sy.csv", COW_TRADE, "state_trade"),
    ("cow-trade", "dyadic_trade.csv", COW_TRADE_DYADIC, "trade_flows"),
    ("cow-igo", "igo_dyads.csv", COW_IGO, "igo_dyad_years"),
    ("cow-igo", "igo_states.csv", COW_IGO_STATES, "igo_state_years"),
    ("cow-distance", "mindist.csv", COW_DISTANCE, "dyad_distances"),
]


@pytest.mark.parametrize(("kind", "name", "text", "table"), CASES, ids=[c[1] for c in CASES])
def test_header_only_file_keeps_the_stored_rows(
    store: Store, tmp_path: Path, kind: str, name: str, text: str, table: str
) -> None:
    good = tmp_path / "good" / name
    good.parent.mkdir()
    datasets.load(store, kind, [write(good, text)])
    before = store.count(table)
    assert before > 0
    empty = tmp_path / "empty" / name  # the same file name: a reload of that source
    empty.parent.mkdir()
    write(empty, header_only(text))
    with pytest.raises(RealpolitikError) as caught:
        datasets.load(store, kind, [empty])
    assert caught.value.code == "E340"
    assert str(empty) in str(caught.value)
    assert store.count(table) == before
    loads = store.con.execute("SELECT rows FROM dataset_loads WHERE source = ?", [name]).fetchall()
    assert loads and all(r[0] > 0 for r in loads)
    # Asked for: the file is stored as it is, empty.
    datasets.load(store, kind, [empty], allow_empty=True)
    if table == "events":  # event rows are keyed by their own ids, not by file: none to replace
        assert store.count(table) == before
    else:
        assert store.count(table) < before


def test_cli_refuses_an_empty_file_and_allow_empty_stores_it(tmp_path: Path) -> None:
    """Exit status, message and stored rows of the real CLI, run in this process
    (cli_inprocess)."""
    db = str(tmp_path / "rp.duckdb")
    good = write(tmp_path / "atop.csv", ATOP_DYADS)
    assert run_cli("--db", db, "data", "load", "atop", str(good)).returncode == 0
    write(good, header_only(ATOP_DYADS))
    done = run_cli("--db", db, "data", "load", "atop", str(good))
    assert done.returncode == 1
    assert "[E340]" in done.stderr and "--allow-empty" in done.stderr
    with Store(db) as store:
        assert store.count("alliance_dyad_years") > 0
    done = run_cli("--db", db, "data", "load", "atop", str(good), "--allow-empty")
    assert done.returncode == 0, done.stderr
    with Store(db) as store:
        assert store.count("alliance_dyad_years") == 0
