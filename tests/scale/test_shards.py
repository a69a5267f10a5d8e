"""Sharded extraction (`extract --out`) and `merge`: the same rows as `ingest`, resumable,
idempotent, line numbers right in split JSON Lines files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from shard_helpers import cli, jsonl_corpus, manifest, part_rows, parts, snapshot

from realpolitik.errors import RealpolitikError
from realpolitik.pipeline import ingest
from realpolitik.scale import extract_shards, merge, parse_size
from realpolitik.scale._plan import plan_shards
from realpolitik.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from scale_helpers import write_corpus  # noqa: E402


def _corpus(tmp_path: Path) -> Path:
    root = write_corpus(tmp_path / "corpus" / "wire", 10)
    jsonl_corpus(tmp_path / "corpus" / "feed.jsonl", 30, bad=(17,))
    return root.parent


def test_parse_size() -> None:
    assert parse_size("20MB") == 20_000_000
    assert parse_size("1GiB") == 2**30
    assert parse_size("500 kb") == 500_000
    assert parse_size("4096") == 4096
    for bad in ("", "MB", "-1MB", "3 parsecs", "0"):
        with pytest.raises(RealpolitikError, match=r"^\[E800\]"):
            parse_size(bad)


def test_a_large_jsonl_file_is_cut_at_line_ends_with_its_line_numbers(tmp_path: Path) -> None:
    path = jsonl_corpus(tmp_path / "big.jsonl", 40)
    planned, errors = plan_shards([path], 1000, "fp")
    assert not errors and len(planned) >= 3
    data = path.read_bytes()
    line = 1
    for _, pieces, size in planned:
        (piece,) = pieces
        assert piece.first_line == line and piece.end - piece.start == size
        chunk = data[piece.start : piece.end]
        assert chunk.endswith(b"\n")  # whole lines only
        line += chunk.count(b"\n")
    assert line == 41 and planned[-1][1][0].end == len(data)
    # the same bytes give the same keys; another option fingerprint other keys
    assert [k for k, _, _ in plan_shards([path], 1000, "fp")[0]] == [k for k, _, _ in planned]
    assert {k for k, _, _ in plan_shards([path], 1000, "other")[0]}.isdisjoint(
        k for k, _, _ in planned
    )


def test_sharded_extract_and_merge_store_what_ingest_stores(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    messages: list[str] = []
    report = extract_shards([corpus], out, shard_size="1KB", on_error=messages.append)
    assert report.shards == report.done >= 4 and report.failed == 0
    assert report.documents == 39  # 10 articles + 29 good JSON lines
    assert len(messages) == 1 and messages[0].startswith("[E008]") and ":17:" in messages[0]
    assert len(manifest(out)) == report.shards
    for folder in ("documents", "sentences", "mentions", "events", "claims"):
        assert len(parts(out, folder)) == report.shards
    assert part_rows(out, "events") == [(report.events,)]

    merged = tmp_path / "merged.duckdb"
    with Store(merged) as store:
        got = merge(out, store, batch_docs=10)
    assert (got.shards, got.new, got.failed) == (report.shards, 39, 0)
    assert got.transactions >= 3
    ingested = tmp_path / "ingested.duckdb"
    with Store(ingested) as store:
        ingest([corpus], store)
    assert snapshot(merged) == snapshot(ingested)
    assert snapshot(merged)["events"]

    # merging again (or after a kill) stores nothing twice
    with Store(merged) as store:
        again = merge(out, store)
    assert (again.new, again.unchanged, again.events) == (0, 39, 0)
    assert snapshot(merged) == snapshot(ingested)


def test_a_rerun_skips_finished_shards_and_redoes_an_unrecorded_one(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    first = extract_shards([corpus], out, shard_size="2KB")
    lines = (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    # as if killed after the last shard's files were renamed, before its manifest line
    # (and while another shard was half written)
    cut = lines[-1]
    (out / "manifest.jsonl").write_text("\n".join(lines[:-1]) + "\n" + cut[:20], encoding="utf-8")
    (out / "events" / "part-00099.parquet.tmp-1-abc").write_bytes(b"half")
    second = extract_shards([corpus], out, shard_size="2KB")
    assert (second.shards, second.done, second.skipped) == (first.shards, 1, first.shards - 1)
    assert not (out / "events" / "part-00099.parquet.tmp-1-abc").exists()
    records = manifest_lines(out)
    assert len(records) == first.shards  # the cut line is ignored, the shard recorded once
    assert len(parts(out)) == first.shards
    with Store(tmp_path / "m.duckdb") as store:
        got = merge(out, store)
    assert got.new == first.documents and got.duplicates == 0
    # nothing changed: a third run does nothing
    third = extract_shards([corpus], out, shard_size="2KB")
    assert (third.done, third.skipped) == (0, first.shards)


def manifest_lines(out: Path) -> list[dict[str, object]]:
    records = []
    for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except ValueError:
            continue
    return records


def test_merge_skips_a_broken_shard_and_stores_the_rest(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 12)
    out = tmp_path / "out"
    report = extract_shards([corpus], out, shard_size="1KB")
    assert report.shards >= 3
    (out / "events" / "part-00001.parquet").write_bytes(b"PAR1 not parquet")
    os.unlink(out / "claims" / "part-00002.parquet")
    errors: list[str] = []
    with Store(tmp_path / "m.duckdb") as store:
        got = merge(out, store, batch_docs=1000, on_error=errors.append)
        assert store.count("documents") == got.new
        orphans = store.con.execute(
            "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
        ).fetchone()
    assert orphans == (0,)
    assert got.failed == 2 and got.shards == report.shards - 2
    assert sorted(e[:6] for e in errors) == ["[E121]", "[E122]"]
    assert any("part-00001.parquet" in e or "part-00001" in e for e in errors)


def test_merge_without_a_manifest_is_one_line(tmp_path: Path) -> None:
    done = cli("--db", str(tmp_path / "x.duckdb"), "merge", str(tmp_path), check=False)
    assert done.returncode == 1
    assert done.stderr.strip().startswith("realpolitik: error: [E120]")
    assert len(done.stderr.strip().splitlines()) == 1


def test_merge_killed_mid_run_resumes_and_stores_each_document_once(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 24)
    out = tmp_path / "out"
    cli("extract", str(corpus), "--out", str(out), "--shard-size", "600")
    db = tmp_path / "m.duckdb"
    exe = Path(sys.executable).with_name("realpolitik")
    cmd = [str(exe), "--db", str(db), "merge", str(out), "--batch-docs", "1", "-v"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("committed batch 2:"):
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    with Store(db) as store:
        kept = store.count("documents")
    assert 2 <= kept < 24
    again = cli("--db", str(db), "merge", str(out))
    assert f"{24 - kept} new" in again.stdout and f"{kept} unchanged" in again.stdout
    ingested = tmp_path / "i.duckdb"
    with Store(ingested) as store:
        ingest([corpus], store)
    assert snapshot(db) == snapshot(ingested)
