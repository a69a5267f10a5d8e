"""The output folder of a sharded run (no spaCy): one run at a time, a line per finished shard
that survives a cut line, leftovers of a killed run removed, finished shards keep their numbers;
and the driver's refusals before any work."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from parts_fixtures import extraction, write_part

from realpolitik.errors import RealpolitikError
from realpolitik.scale import ShardReport, extract_shards
from realpolitik.scale._manifest import Manifest, read_manifest
from realpolitik.scale._run import _number, _options
from realpolitik.scale._work import ShardResult


def _lines(out: Path) -> list[str]:
    return (out / "manifest.jsonl").read_text(encoding="utf-8").split("\n")


def test_a_second_run_on_the_same_folder_is_refused_until_the_first_ends(tmp_path: Path) -> None:
    first = Manifest(tmp_path / "out")
    try:
        with pytest.raises(RealpolitikError, match=r"^\[E804\] .*another `realpolitik extract"):
            Manifest(tmp_path / "out")
    finally:
        first.close()
    Manifest(tmp_path / "out").close()
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_dir()) == [
        "claims", "documents", "events", "mentions", "sentences",
    ]  # fmt: skip


def test_a_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder")
    with pytest.raises(RealpolitikError, match=r"^\[E804\] .*out: cannot use this output folder"):
        Manifest(tmp_path / "out")
    assert (tmp_path / "out").read_text() == "not a folder"


def test_a_recorded_shard_reads_back_with_its_counts(tmp_path: Path) -> None:
    manifest = Manifest(tmp_path)
    result = ShardResult("k1", 3, documents=4, events=7, words=90, pid=12, errors=["[E008] x"])
    manifest.record(result, "a.txt", pieces=2, size=1234)
    manifest.close()
    (record,) = read_manifest(tmp_path).values()
    assert (record["shard"], record["part"], record["first"], record["pieces"]) == (
        "k1",
        3,
        "a.txt",
        2,
    )
    assert (record["bytes"], record["documents"], record["events"], record["words"]) == (
        1234,
        4,
        7,
        90,
    )
    assert record["errors"] == ["[E008] x"] and "key" not in record
    assert _lines(tmp_path)[-1] == ""  # each line ends with its newline


def test_a_line_cut_by_a_kill_does_not_swallow_the_next_one(tmp_path: Path) -> None:
    good = json.dumps({"shard": "k0", "part": 0})
    (tmp_path / "manifest.jsonl").write_text(good + "\n" + '{"shard": "k1", "pa', encoding="utf-8")
    manifest = Manifest(tmp_path)
    assert list(manifest.done) == ["k0"] and manifest.parts() == {0}
    manifest.record(ShardResult("k2", 1), "b.txt", pieces=1, size=10)
    manifest.close()
    errors: list[str] = []
    done = read_manifest(tmp_path, lambda e: errors.append(str(e)))
    assert list(done) == ["k0", "k2"]
    assert len(errors) == 1 and errors[0].startswith("[E123]") and "manifest.jsonl:2:" in errors[0]


def test_the_first_line_of_a_shard_recorded_twice_counts(tmp_path: Path) -> None:
    lines = [{"shard": "k", "part": 4, "documents": 1}, {"shard": "k", "part": 9, "documents": 2}]
    (tmp_path / "manifest.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    assert read_manifest(tmp_path) == {"k": lines[0]}
    assert read_manifest(tmp_path / "nowhere") == {}


def test_leftovers_of_a_killed_run_are_removed_and_recorded_parts_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    manifest = Manifest(out)
    kept = write_part(out, 0, [extraction("a", "/s/a", "Japan praised Vietnam.")])
    manifest.record(kept, "a", 1, 10)
    write_part(out, 1, [extraction("b", "/s/b", "Japan praised Vietnam too.")])
    (out / "events" / "part-00000.parquet.tmp-77-deadbeef").write_bytes(b"half")
    (out / "events" / "notes.txt").write_text("mine")
    assert manifest.remove_leftovers() == 6  # part 1 of five tables and the temporary file
    manifest.close()
    assert sorted(os.listdir(out / "events")) == ["notes.txt", "part-00000.parquet"]
    assert sorted(os.listdir(out / "claims")) == ["part-00000.parquet"]


def test_unfinished_shards_are_numbered_after_every_recorded_part(tmp_path: Path) -> None:
    manifest = Manifest(tmp_path)
    manifest.record(ShardResult("done-a", 0), "x", 1, 1)
    manifest.record(ShardResult("done-b", 3), "y", 1, 1)
    planned = [("new-1", (), 5), ("done-b", (), 5), ("new-2", (), 7)]
    todo = _number(planned, manifest)  # type: ignore[arg-type]
    manifest.close()
    assert [(s.key, s.part, s.size) for s in todo] == [("new-1", 4, 5), ("new-2", 5, 7)]


def test_the_options_fingerprint_follows_file_contents_not_paths(tmp_path: Path) -> None:
    a, b = tmp_path / "a.tsv", tmp_path / "b.tsv"
    a.write_text("Arnor\tARN\n", encoding="utf-8")
    b.write_text("Arnor\tARN\n", encoding="utf-8")
    same = [_options(None, path, (), False, 100)[1] for path in (a, b)]
    assert same[0] == same[1]
    b.write_text("Gondor\tGON\n", encoding="utf-8")
    others = {
        _options(None, b, (), False, 100)[1],
        _options("2024-01-01", a, (), False, 100)[1],
        _options(None, a, (), True, 100)[1],
        _options(None, a, (), False, 200)[1],
        _options(None, None, (), False, 100)[1],
    }
    assert len(others | {same[0]}) == 6


def test_two_backends_are_refused_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Japan praised Vietnam.\n")
    for backend in ({"workers": 2, "dask_local": 2}, {"workers": 3, "scheduler": "tcp://h:1"}):
        with pytest.raises(RealpolitikError, match=r"^\[E805\]"):
            extract_shards([tmp_path / "a.txt"], tmp_path / "out", **backend)  # type: ignore[arg-type]
    with pytest.raises(RealpolitikError, match=r"^\[E800\]"):
        extract_shards([tmp_path / "a.txt"], tmp_path / "out", shard_size="big")
    assert not (tmp_path / "out").exists()


def test_nothing_readable_is_one_error_after_one_line_per_input(tmp_path: Path) -> None:
    messages: list[str] = []
    with pytest.raises(RealpolitikError, match=r"^\[E014\] Nothing could be read from the 2"):
        extract_shards(
            [tmp_path / "gone.txt", tmp_path / "gone.jsonl"], tmp_path / "out",
            on_error=messages.append,
        )  # fmt: skip
    assert [m[:6] for m in messages] == ["[E010]", "[E010]"]
    assert (tmp_path / "out" / "manifest.jsonl").read_text() == ""
    Manifest(tmp_path / "out").close()  # the lock was let go


def test_the_report_line_adds_up_speed_and_the_largest_worker() -> None:
    report = ShardReport(shards=4, done=2, skipped=1, failed=1, retried=1, documents=30)
    report.events, report.claims, report.words, report.seconds = 50, 2, 12_000, 4.0
    report.backend, report.peak_mib = "2 local worker process(es)", {7: 310.4, 8: 280.0}
    assert report.words_per_second == 3000.0
    assert report.line() == (
        "4 shard(s): 2 done, 1 already done, 1 failed, 1 retried; 30 document(s), 50 event(s),"
        " 2 claim(s); 12,000 words in 4.0 s (3,000 words/s) on 2 local worker process(es);"
        " peak 310 MiB per worker."
    )
    assert ShardReport().words_per_second == 0.0
    assert ShardReport().line().endswith("0 words in 0.0 s (0 words/s); peak 0 MiB per worker.")
