"""Gleditsch-Ward membership: `data load gw-states` reads the publisher's headerless
iisystem.dat (DD:MM:YYYY dates) and CSVs with a header; `panel --system gw` makes its rows
from it and says so. The fixtures are written here (a few states, from the published facts)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from datasets_fixtures import write

from realpolitik import datasets
from realpolitik.analysis.panel import describe, dyad_year_panel
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

# number, abbreviation, name, start, end: as iisystem.dat lays them out
DAT = (
    "2\tUSA\tUnited States of America\t01:01:1816\t31:12:2017\n"
    "20\tCAN\tCanada\t01:07:1867\t31:12:2017\n"
    "340\tSER\tSerbia\t13:07:1878\t20:10:1915\n"
    "340\tSER\tSerbia\t05:06:2006\t31:12:2017\n"
    "345\tYUG\tYugoslavia\t01:12:1918\t04:06:2006\n"
    "365\tRUS\tRussia (Soviet Union)\t01:01:1816\t31:12:2017\n"
    "711\tTBT\tTibet\t01:01:1913\t06:10:1950\n"
)
CSV = (
    "gwcode,stateabb,statename,startdate,enddate\n"
    "2.0,USA,United States of America,1816-01-01,2017-12-31\n"
    "711.0,TBT,Tibet,1913-01-01,1950-10-06\n"
)


def _members(store: Store, year: int) -> list[tuple[object, ...]]:
    return store.rows(
        "SELECT ccode, iso3 FROM system_members WHERE system = 'gw' AND year = ? ORDER BY 1",
        [year],
    )


def test_iisystem_dat_loads_as_gw_members(store: Store, tmp_path: Path) -> None:
    result = datasets.load(store, None, [write(tmp_path / "iisystem.dat", DAT)])
    assert result.kind == "gw-states" and result.rows == 7
    assert _members(store, 1930) == [
        (2, "USA"),
        (20, "CAN"),
        (345, "YUG"),
        (365, "SUN"),
        (711, "GW711"),
    ]
    assert _members(store, 1900) == [(2, "USA"), (20, "CAN"), (340, "SRB"), (365, "RUS")]
    assert _members(store, 2010) == [(2, "USA"), (20, "CAN"), (340, "SRB"), (365, "RUS")]
    assert store.value("SELECT count(*) FROM system_members WHERE system = 'cow'") == 0
    loads = {d.kind: d for d in datasets.list_loaded(store)}
    assert (loads["gw-states"].min_year, loads["gw-states"].max_year) == (1816, 2017)
    assert "Gleditsch" in loads["gw-states"].citation


def test_csv_with_a_header_loads_too(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "gw-states", [write(tmp_path / "gw.csv", CSV)])
    assert _members(store, 1930) == [(2, "USA"), (711, "GW711")]


def test_bad_date_is_named_by_line(store: Store, tmp_path: Path) -> None:
    bad = DAT.replace("01:07:1867", "1st July 1867")
    with pytest.raises(RealpolitikError) as err:
        datasets.load(store, "gw-states", [write(tmp_path / "iisystem.dat", bad)])
    assert str(err.value).startswith(f"[E302] {tmp_path / 'iisystem.dat'}:2: column 'startdate'")


def test_panel_rows_from_gw_membership(store: Store, tmp_path: Path) -> None:
    with pytest.raises(RealpolitikError) as err:
        dyad_year_panel(store, since=1920, until=1921, system="gw")
    assert err.value.code == "E030"
    with pytest.raises(RealpolitikError) as err:
        dyad_year_panel(store, since=1920, until=1921, system="polity")
    assert err.value.code == "E029"
    datasets.load(store, "gw-states", [write(tmp_path / "iisystem.dat", DAT)])
    table = dyad_year_panel(store, since=1920, until=1920, columns=["distance"], system="gw")
    pairs = list(zip(table.column("a").to_pylist(), table.column("b").to_pylist(), strict=True))
    assert len(pairs) == 10 and ("GW711", "USA") in pairs  # 5 members: Tibet counts in GW
    info = describe(table)
    assert info["realpolitik.membership"].startswith("Gleditsch-Ward list of independent states")
    assert "Gleditsch" in json.loads(info["realpolitik.citations"])["membership"]
    later = dyad_year_panel(store, since=2019, until=2019, columns=["distance"], system="gw")
    assert later.num_rows == 6  # the four members at the list's end (2017), carried forward
    assert "carried forward to 2019" in describe(later)["realpolitik.membership"]


def test_panel_command_takes_system(tmp_path: Path) -> None:
    db = str(tmp_path / "rp.duckdb")
    path = write(tmp_path / "iisystem.dat", DAT)
    assert run_cli("--db", db, "data", "load", path).returncode == 0  # in-process
    done = run_cli("--db", db, "panel", "--since", "1920", "--until", "1920", "--with", "distance",
                   "--system", "gw")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 11  # header + 10 dyads
    assert "Rows: Gleditsch-Ward list of independent states" in done.stderr


def test_gw_members_do_not_keep_the_starter_cow_members_out(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "gw-states", [write(tmp_path / "iisystem.dat", DAT)])
    tables = {t.table: t for t in datasets.load_starter(store)}
    assert tables["system_members"].loaded, tables["system_members"].skipped_because
    counts = dict(
        store.rows("SELECT system, count(*) FROM system_members WHERE year = 1930 GROUP BY 1")
    )
    assert counts["gw"] == 5 and counts["cow"] > 50
