"""ICEWS dyad-year QuadClass counts (`icews-counts`): loading, detection, re-loading, CLI."""

from __future__ import annotations

import json
from pathlib import Path

from cli_inprocess import run_cli
from datasets_fixtures import ICEWS_COUNTS, write

from realpolitik import datasets
from realpolitik.store import Store


def counts(store: Store) -> dict[tuple[str, str, int], tuple[int, int, int, int]]:
    rows = store.con.execute(
        "SELECT source_country, target_country, year, vc, mc, vk, mk FROM event_dyad_years"
    ).fetchall()
    return {(r[0], r[1], r[2]): (r[3], r[4], r[5], r[6]) for r in rows}


def test_load_gzip_counts_resolve_states(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "icews_netify.csv.gz", ICEWS_COUNTS)
    result = datasets.load(store, "icews-counts", [path])
    assert result.rows == 5
    got = counts(store)
    assert got[("USA", "CHN", 2010)] == (4937, 65, 791, 94)
    assert got[("CHN", "USA", 2010)] == (4241, 50, 796, 108)
    assert got[("RUS", "PRK", 2011)] == (3, 1, 0, 0)
    # No registry name for "Congo, Republic Of": the file's ISO3 column (COG) resolves it.
    assert got[("COG", "FRA", 2012)] == (2, 0, 1, 0)
    assert store.count("events") == 0  # counts are not event rows
    (entry,) = datasets.list_loaded(store)
    assert (entry.kind, entry.rows, entry.min_year, entry.max_year) == (
        "icews-counts",
        5,
        2010,
        2012,
    )
    assert "Boschee" in entry.citation and "netify" in entry.citation


def test_detected_from_header_and_reload_replaces(store: Store, tmp_path: Path) -> None:
    text = (
        "source_country\ttarget_country\tyear\tquad1\tquad2\tquad3\tquad4\n"
        "USA\tCHN\t2010\t1\t2\t3\t4\nRussia\tDPRK\t2011\t5\t0\t0\t0\n"
    )
    path = write(tmp_path / "counts.tsv", text)
    assert datasets.detect_kind(path) == "icews-counts"
    datasets.load(store, None, [path])
    entry = datasets.list_loaded(store)[0]
    assert entry.kind == "icews-counts" and "netify" not in entry.citation
    assert counts(store) == {("USA", "CHN", 2010): (1, 2, 3, 4), ("RUS", "PRK", 2011): (5, 0, 0, 0)}
    write(path, "".join(text.splitlines(keepends=True)[:2]))
    datasets.load(store, None, [path])  # same file name: its earlier rows are replaced
    assert list(counts(store)) == [("USA", "CHN", 2010)]
    assert datasets.list_loaded(store)[0].rows == 1


def test_cli_load_and_list(tmp_path: Path) -> None:
    db = str(tmp_path / "rp.duckdb")
    path = write(tmp_path / "icews.csv", ICEWS_COUNTS)
    done = run_cli("--db", db, "data", "load", "icews-counts", path)  # in this process
    assert done.returncode == 0, done.stderr
    assert "Loaded 5 rows of icews-counts" in done.stdout and "2010–2012" in done.stdout
    listed = run_cli("data", "list", "--db", db, "--format", "jsonl")
    (entry,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert entry["kind"] == "icews-counts" and entry["rows"] == 5
