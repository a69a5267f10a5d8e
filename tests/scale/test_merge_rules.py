"""``merge`` on shard folders written by hand (no spaCy): which documents are new, replaced,
unchanged or duplicates, ids taken by another source, batches and their transactions, and what a
bad manifest line, a missing or broken part does to the rest."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from parts_fixtures import extraction, write_part, write_shards

from realpolitik.errors import RealpolitikError
from realpolitik.scale import MergeReport, merge
from realpolitik.store import Store


def _docs(store: Store) -> dict[str, tuple[str, str, int]]:
    """doc_id -> (source, text, events stored for it)."""
    rows = store.rows(
        "SELECT d.doc_id, d.source, d.text, count(e.event_id) FROM documents d"
        " LEFT JOIN events e USING (doc_id) GROUP BY ALL"
    )
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def test_each_document_is_new_replaced_unchanged_or_a_duplicate(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    with Store(db) as store:
        for doc_id, source, text in [
            ("a", "/s/a", "Japan praised Vietnam (old)."),
            ("b", "/s/b", "Japan praised Vietnam again."),
            ("c", "/s/c", "Japan praised Vietnam once."),
            ("d", "/s/d", "Japan praised Vietnam at last."),
        ]:
            store.save_extraction(extraction(doc_id, source, text, events=2))
    out = tmp_path / "out"
    write_shards(
        out,
        [
            [
                extraction("a", "/s/a", "Japan praised Vietnam (new)."),  # replaces a
                extraction("b", "/s/b", "Japan praised Vietnam again."),  # unchanged
                extraction("c2", "/s/c2", "Japan praised Vietnam once."),  # c's text: duplicate
                extraction("d", "/s/e", "Japan praised Vietnam twice."),  # d is another source's
            ],
            [
                extraction("f", "/s/f", "Japan praised Vietnam thrice."),  # new
                extraction("g", "/s/g", "Japan praised Vietnam thrice."),  # f's text: duplicate
            ],
        ],
    )
    with Store(db) as store:
        got = merge(out, store)
        docs = _docs(store)
    assert (got.shards, got.failed, got.new, got.replaced, got.unchanged, got.duplicates) == (
        2, 0, 2, 1, 1, 2,
    )  # fmt: skip
    assert (got.events, got.claims, got.stored, got.transactions) == (3, 0, 3, 1)
    taken = "d~" + hashlib.sha1(b"/s/e").hexdigest()[:8]
    assert docs == {
        "a": ("/s/a", "Japan praised Vietnam (new).", 1),  # the old version's 2 events are gone
        "b": ("/s/b", "Japan praised Vietnam again.", 2),
        "c": ("/s/c", "Japan praised Vietnam once.", 2),
        "d": ("/s/d", "Japan praised Vietnam at last.", 2),
        taken: ("/s/e", "Japan praised Vietnam twice.", 1),
        "f": ("/s/f", "Japan praised Vietnam thrice.", 1),
    }
    with Store(db) as store:
        again = merge(out, store)
        assert _docs(store) == docs
    assert (again.new, again.replaced, again.unchanged, again.duplicates, again.events) == (
        0, 0, 4, 2, 0,
    )  # fmt: skip


def test_shards_of_one_batch_see_each_other(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_shards(
        out,
        [
            [extraction("x", "/s/x", "Japan praised Vietnam here.")],
            [
                extraction("y", "/s/y", "Japan praised Vietnam here."),  # x's text
                extraction("x", "/s/x2", "Japan praised Vietnam there."),  # x's id
            ],
        ],
    )
    with Store(tmp_path / "m.duckdb") as store:
        got = merge(out, store, batch_docs=100)
        ids = sorted(_docs(store))
    assert (got.new, got.duplicates, got.transactions) == (2, 1, 1)
    assert ids == ["x", "x~" + hashlib.sha1(b"/s/x2").hexdigest()[:8]]


def test_batches_are_whole_shards_and_each_is_one_transaction(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_shards(
        out,
        [
            [
                extraction(f"{p}-{i}", f"/s/{p}-{i}", f"Japan praised Vietnam {p}.{i}.")
                for i in (1, 2)
            ]
            for p in range(5)
        ],
    )
    seen: list[tuple[int, int, int]] = []
    with Store(tmp_path / "m.duckdb") as store:
        got = merge(
            out,
            store,
            batch_docs=3,
            on_batch=lambda r: seen.append((r.transactions, r.shards, r.new)),
        )
        assert store.count("documents") == 10 and store.count("events") == 10
    # 2 shards reach 3 documents: batches of 2, 2 and the last shard alone
    assert seen == [(1, 2, 4), (2, 4, 8), (3, 5, 10)]
    assert (got.shards, got.transactions, got.events) == (5, 3, 10)


def test_a_broken_part_in_a_batch_sends_each_shard_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_shards(
        out,
        [[extraction(f"d{p}", f"/s/{p}", f"Japan praised Vietnam {p}.")] for p in range(3)],
    )
    (out / "sentences" / "part-00001.parquet").write_bytes(b"PAR1 this is not parquet PAR1")
    errors: list[str] = []
    with Store(tmp_path / "m.duckdb") as store:
        got = merge(out, store, batch_docs=100, on_error=errors.append)
        assert sorted(_docs(store)) == ["d0", "d2"]
        assert store.count("sentences") == 2
    assert (got.shards, got.failed, got.transactions, got.new) == (2, 1, 2, 2)
    assert len(errors) == 1 and errors[0].startswith("[E122]")
    assert "part-00001.parquet" in errors[0] and errors == got.errors


def test_bad_manifest_lines_and_missing_parts_are_skipped_with_one_line_each(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    write_shards(
        out,
        [[extraction(f"d{p}", f"/s/{p}", f"Japan praised Vietnam {p}.")] for p in range(3)],
    )
    with open(out / "manifest.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"shard": "k9"}\n\n[1, 2]\n{"shard": 7, "part": 1}\n{"shard": "z", "part": -2}\n')
    (out / "claims" / "part-00002.parquet").unlink()
    errors: list[str] = []
    with Store(tmp_path / "m.duckdb") as store:
        got = merge(out, store, on_error=errors.append)
        assert sorted(_docs(store)) == ["d0", "d1"]
    assert [e[:6] for e in errors] == ["[E123]"] * 4 + ["[E121]"]
    assert [e.split(": ", 1)[0].rsplit(":", 1)[1] for e in errors[:4]] == ["4", "6", "7", "8"]
    assert "part-00002.parquet" in errors[4] and "shard 2 " in errors[4]
    assert (got.shards, got.failed, got.new) == (2, 1, 2)


def test_nothing_mergeable_is_an_error_and_an_empty_manifest_is_not(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with Store(tmp_path / "m.duckdb") as store, pytest.raises(RealpolitikError, match=r"^\[E120\]"):
        merge(out, store)
    write_shards(out, [[extraction("a", "/s/a", "Japan praised Vietnam.")]])
    (out / "documents" / "part-00000.parquet").unlink()
    with Store(tmp_path / "m.duckdb") as store:
        with pytest.raises(RealpolitikError, match=r"^\[E124\] .*1"):
            merge(out, store)
        assert store.count("documents") == 0
    (out / "manifest.jsonl").write_text("\n", encoding="utf-8")
    with Store(tmp_path / "m.duckdb") as store:
        assert merge(out, store).line().startswith("0 shard(s) merged, 0 skipped: 0 new")


def test_a_part_of_an_unrecorded_shard_is_not_merged(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_shards(out, [[extraction("a", "/s/a", "Japan praised Vietnam.")]])
    write_part(out, 1, [extraction("b", "/s/b", "Japan praised Vietnam too.")])  # killed run
    with Store(tmp_path / "m.duckdb") as store:
        got = merge(out, store)
        assert sorted(_docs(store)) == ["a"]
    assert got.shards == 1


def test_the_report_line() -> None:
    report = MergeReport(shards=3, failed=1, new=5, replaced=2, unchanged=4, duplicates=1)
    report.events, report.claims, report.transactions, report.seconds = 12, 3, 2, 1.25
    assert report.stored == 7
    assert report.line() == (
        "3 shard(s) merged, 1 skipped: 5 new, 2 replaced, 4 unchanged, 1 duplicate(s);"
        " 12 event(s), 3 claim(s) stored in 2 transaction(s), 1.2 s."
    )
