"""The starter pack: built by the script from publisher-format files, loaded in one call,
replaced by a publisher's file loaded later; the shipped pack loads from the package alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from datasets_fixtures import (
    ATOP_DYADS,
    ATOP_MEMBERS,
    UNDL_RESOLUTIONS,
    UNVOTES_ISSUES,
    UNVOTES_ROLL_CALLS,
    UNVOTES_VOTES,
    write,
)
from test_cow import NMC, STATES

from realpolitik import datasets
from realpolitik.datasets import starter
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_starter_pack.py"
CLI = str(Path(sys.executable).parent / "realpolitik")


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny pack built by the real script from files in the publishers' layouts, once for
    the module: the tests only read it."""
    tmp_path = tmp_path_factory.mktemp("starter")
    src = tmp_path / "publishers"
    (src / "unga").mkdir(parents=True)
    (src / "states").mkdir()
    write(src / "unga" / "unvotes_votes.csv.gz", UNVOTES_VOTES)
    write(src / "unga" / "unvotes_roll_calls.csv.gz", UNVOTES_ROLL_CALLS)
    write(src / "unga" / "unvotes_roll_call_issues.csv", UNVOTES_ISSUES)
    write(src / "atop5_1_directed_dyad_year.csv.gz", ATOP_DYADS)
    write(src / "states" / "states2016.csv", STATES)
    write(src / "states" / "nmc.csv", NMC)
    write(src / "states" / "README.txt", "not a data file\n")
    out = tmp_path / "pack"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(src), "--out", str(out)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "unvotes_votes" in done.stdout and "total" in done.stdout
    return out


def test_build_writes_parquet_and_manifest(pack: Path) -> None:
    manifest = json.loads((pack / "manifest.json").read_text())
    by_name = {t["name"]: t for t in manifest["tables"]}
    assert set(by_name) == {s.name for s in starter.SPECS}
    assert by_name["unvotes_votes"]["rows"] == 6
    assert by_name["atop_dyad_years"]["rows"] == 5
    assert by_name["atop_dyad_years"]["version"] == "5.1"
    assert by_name["cow_states"]["version"] == "2016"  # read from the file's version column
    assert (by_name["system_members"]["min_year"], by_name["system_members"]["max_year"]) == (
        1816,
        2016,
    )
    for entry in manifest["tables"]:
        assert entry["citation"] and entry["licence"] and entry["source_file"]
        assert (pack / f"{entry['name']}.parquet").read_bytes()[:4] == b"PAR1"


def test_load_starter(store: Store, pack: Path) -> None:
    tables = datasets.load_starter(store, pack)
    assert [t.name for t in tables] == [s.name for s in starter.SPECS]
    assert all(t.loaded for t in tables)
    votes = set(store.con.execute("SELECT rcid, iso3, vote, source FROM un_votes").fetchall())
    assert ("unvotes:3", "SUN", "N", "starter:unvotes_votes") in votes
    assert store.con.execute(
        "SELECT issue FROM un_roll_calls WHERE rcid = 'unvotes:9'"
    ).fetchone() == ("hr,nu",)
    assert store.count("alliance_dyad_years") == 5
    assert store.count("state_capabilities") == 3
    listed = {d.source: d for d in datasets.list_loaded(store)}
    assert listed["starter:atop_dyad_years"].version == "5.1"
    assert "Leeds" in listed["starter:atop_dyad_years"].citation
    assert listed["starter:unvotes_votes"].active
    # Loading the pack again replaces its rows, never doubles them.
    datasets.load_starter(store, pack)
    assert store.count("un_votes") == 6 and store.count("dataset_loads") == len(starter.SPECS)


def test_publisher_file_replaces_the_starter_layer(
    store: Store, pack: Path, tmp_path: Path
) -> None:
    datasets.load_starter(store, pack)
    newer = write(
        tmp_path / "atop5_2_dyads.csv",
        ATOP_DYADS.splitlines()[0] + "\n" + "2.0,20.0,2020.0,1.0,0.0,0.0,0.0,0.0\n",
    )
    datasets.load(store, "atop", [newer])
    assert store.con.execute("SELECT DISTINCT source FROM alliance_dyad_years").fetchall() == [
        ("atop5_2_dyads.csv",)
    ]
    listed = {d.source: d for d in datasets.list_loaded(store)}
    assert not listed["starter:atop_dyad_years"].active
    assert listed["starter:atop_dyad_years"].replaced_by == "atop5_2_dyads.csv"
    assert listed["atop5_2_dyads.csv"].active
    assert listed["starter:unvotes_votes"].active  # other layers keep their starter rows
    # The pack loaded again leaves the newer layer alone.
    again = {t.name: t for t in datasets.load_starter(store, pack)}
    assert not again["atop_dyad_years"].loaded
    assert "atop5_2_dyads.csv" in again["atop_dyad_years"].skipped_because
    assert again["unvotes_votes"].loaded
    assert store.count("alliance_dyad_years") == 1


def test_publisher_file_replaces_only_the_tables_it_fills(
    store: Store, pack: Path, tmp_path: Path
) -> None:
    """ATOP's member-level file is another table: the starter dyad-years stay active."""
    datasets.load_starter(store, pack)
    datasets.load(store, "atop", [write(tmp_path / "atop_members.csv", ATOP_MEMBERS)])
    assert store.count("alliance_dyad_years") == 5
    assert store.count("alliance_members") == 3
    listed = {d.source: d for d in datasets.list_loaded(store)}
    assert listed["starter:atop_dyad_years"].active
    # UN roll calls and votes go together: a resolutions file alone replaces both.
    datasets.load(store, "unga-votes", [write(tmp_path / "res.csv", UNDL_RESOLUTIONS)])
    assert store.con.execute("SELECT count(*) FROM un_votes").fetchone() == (0,)
    listed = {d.source: d for d in datasets.list_loaded(store)}
    assert listed["starter:unvotes_votes"].replaced_by == "res.csv"
    assert listed["starter:unvotes_roll_calls"].replaced_by == "res.csv"


def test_missing_publisher_file_is_a_coded_error(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    write(tmp_path / "src" / "nmc.csv", NMC)
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(tmp_path / "src"), "--out", str(tmp_path / "out")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "[E343]" in done.stderr and "atop/dyad-year (found: none)" in done.stderr


def test_broken_pack_is_a_coded_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(RealpolitikError, match=r"\[E341\]"):
        datasets.load_starter(store, tmp_path)
    (tmp_path / "manifest.json").write_text("{not json")
    with pytest.raises(RealpolitikError, match=r"\[E342\]"):
        datasets.load_starter(store, tmp_path)
    assert store.count("dataset_loads") == 0


def test_shipped_pack_loads_from_the_package_alone(tmp_path: Path) -> None:
    """The real pack: inside the package, under 15 MB, loaded by the CLI with HOME and the
    working directory pointing at an empty folder (no file outside the repository)."""
    pack = starter.default_pack()
    assert ROOT / "src" in pack.parents
    assert sum(p.stat().st_size for p in starter.pack_files()) < 15_000_000
    db = tmp_path / "demo.duckdb"
    env = {**os.environ, "HOME": str(tmp_path), "REALPOLITIK_CACHE": str(tmp_path / "cache")}
    done = subprocess.run(
        [CLI, "--db", str(db), "data", "load", "starter"],
        capture_output=True, text=True, check=False, cwd=tmp_path, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Store(db, read_only=True) as store:
        assert store.count("un_votes") > 800_000
        assert store.count("alliance_dyad_years") > 250_000
        assert store.count("system_members") > 15_000
        defence = store.con.execute(
            "SELECT defense FROM alliance_dyad_years WHERE state_a = 'CHN' AND state_b = 'PRK'"
            " AND year = 2018"
        ).fetchone()
        assert defence == (1,)  # the 1961 treaty of friendship, cooperation and mutual assistance
        years = store.con.execute(
            "SELECT min(year), max(year) FROM un_roll_calls WHERE origin = 'unvotes'"
        ).fetchone()
        assert years is not None and years[0] == 1946 and years[1] >= 2019
    # The listings read what the real process stored: in this process (cli_inprocess).
    listed = run_cli("--db", db, "data", "list", "--format", "jsonl", cwd=tmp_path, env=env)
    entries = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {e["source"] for e in entries} == {f"starter:{s.name}" for s in starter.SPECS}
    assert all(e["citation"] and e["version"] and e["licence"] for e in entries)
    out = tmp_path / "loaded.parquet"
    done = run_cli(
        "--db", db, "data", "list", "--format", "parquet", "-o", out, cwd=tmp_path, env=env
    )
    assert done.returncode == 0, done.stderr
    import pyarrow.parquet as pq

    assert sorted(pq.read_table(out).column("source").to_pylist()) == sorted(
        e["source"] for e in entries
    )
