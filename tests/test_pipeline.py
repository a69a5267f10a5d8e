"""The ingest and extract APIs: idempotent, replacing, skipping before extraction, unique ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from realpolitik.errors import InputError, RealpolitikError
from realpolitik.pipeline import extract_paths, ingest
from realpolitik.store import Store

pytestmark = pytest.mark.slow

TREATY = (
    "Putin and Kim sign a treaty\nDate: 2024-06-19\n\n"
    "Russian President Vladimir Putin signed a treaty with North Korea on Wednesday.\n\n"
    "North Korean leader Kim Jong Un praised Russia.\n"
)
STRIKE = (
    "Russia strikes Kyiv\nDate: 2024-07-08\n\n"
    "Russia attacked Ukraine with missiles on Monday.\n\n"
    "China criticised the United States.\n"
)


def _corpus(root: Path) -> Path:
    (root / "wire").mkdir(parents=True)
    (root / "wire" / "treaty.txt").write_text(TREATY, encoding="utf-8")
    (root / "wire" / "strike.txt").write_text(STRIKE, encoding="utf-8")
    return root


def _orphans(store: Store) -> int:
    row = store.con.execute(
        "SELECT (SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents))"
        " + (SELECT count(*) FROM sentences WHERE doc_id NOT IN (SELECT doc_id FROM documents))"
        " + (SELECT count(*) FROM claims WHERE doc_id NOT IN (SELECT doc_id FROM documents))"
    ).fetchone()
    assert row is not None
    return int(row[0])


def test_ingest_stores_documents_sentences_and_events(tmp_path: Path, store: Store) -> None:
    report = ingest([_corpus(tmp_path / "c")], store)
    assert (report.read, report.new, report.failed) == (2, 2, 0)
    assert store.count("documents") == 2
    docs = dict(
        store.con.execute("SELECT doc_id, CAST(published AS VARCHAR) FROM documents").fetchall()
    )
    assert docs == {"wire/strike": "2024-07-08", "wire/treaty": "2024-06-19"}
    assert store.count("sentences") >= 4
    assert report.events == store.count("events")
    assert report.claims == store.count("claims")
    assert _orphans(store) == 0


def test_ingest_twice_is_a_no_op(tmp_path: Path, store: Store) -> None:
    corpus = _corpus(tmp_path / "c")
    ingest([corpus], store)
    before = store.con.execute("SELECT * EXCLUDE (event_id) FROM events ORDER BY ALL").fetchall()
    ingested_at = store.con.execute(
        "SELECT doc_id, ingested_at FROM documents ORDER BY 1"
    ).fetchall()
    again = ingest([corpus], store)
    assert (again.read, again.new, again.replaced, again.unchanged) == (2, 0, 0, 2)
    assert again.events == 0
    assert (
        store.con.execute("SELECT * EXCLUDE (event_id) FROM events ORDER BY ALL").fetchall()
        == before
    )
    assert (
        store.con.execute("SELECT doc_id, ingested_at FROM documents ORDER BY 1").fetchall()
        == ingested_at
    )
    # the same files reached through another path are the same documents
    third = ingest([corpus / "wire" / "treaty.txt"], store)
    assert (third.read, third.unchanged, third.new) == (1, 1, 0)


def test_changed_document_replaces_its_old_events(tmp_path: Path, store: Store) -> None:
    corpus = _corpus(tmp_path / "c")
    ingest([corpus], store)
    path = corpus / "wire" / "strike.txt"
    path.write_text(
        "Russia strikes Kyiv\nDate: 2024-07-08\n\nVietnam praised Japan on Tuesday.\n",
        encoding="utf-8",
    )
    report = ingest([corpus], store)
    assert (report.replaced, report.unchanged, report.new) == (1, 1, 0)
    assert store.count("documents") == 2
    texts = [
        r[0]
        for r in store.con.execute(
            "SELECT text FROM sentences WHERE doc_id = 'wire/strike'"
        ).fetchall()
    ]
    assert texts == ["Vietnam praised Japan on Tuesday."]
    old = store.con.execute(
        "SELECT count(*) FROM events WHERE evidence_sentence LIKE '%attacked%'"
    ).fetchone()
    assert old == (0,)
    assert _orphans(store) == 0


def test_same_text_from_another_source_is_a_duplicate(tmp_path: Path, store: Store) -> None:
    corpus = _corpus(tmp_path / "c")
    copy = tmp_path / "copy.txt"
    copy.write_text(TREATY, encoding="utf-8")
    report = ingest([corpus, copy], store)
    assert (report.read, report.new, report.duplicates) == (3, 2, 1)
    assert store.count("documents") == 2


def test_readable_ids_stay_unique_across_roots(tmp_path: Path, store: Store) -> None:
    a = _corpus(tmp_path / "a")
    b = tmp_path / "b" / "wire"
    b.mkdir(parents=True)
    (b / "treaty.txt").write_text(TREATY.replace("Wednesday", "Thursday"), encoding="utf-8")
    ingest([a], store)
    ingest([tmp_path / "b"], store)
    ids = sorted(r[0] for r in store.con.execute("SELECT doc_id FROM documents").fetchall())
    assert ids[:2] == ["wire/strike", "wire/treaty"]
    assert len(ids) == 3 and ids[2].startswith("wire/treaty~")
    # the first document was not replaced by the second one with the same readable id
    row = store.con.execute("SELECT text FROM documents WHERE doc_id = 'wire/treaty'").fetchone()
    assert row is not None and "Wednesday" in row[0]
    # and re-ingesting the second keeps its id
    again = ingest([tmp_path / "b"], store)
    assert again.unchanged == 1


def test_errors_are_reported_and_passed_on(tmp_path: Path, store: Store) -> None:
    corpus = _corpus(tmp_path / "c")
    (corpus / "empty.txt").write_bytes(b"")
    seen: list[InputError] = []
    report = ingest([corpus, tmp_path / "nope.txt"], store, on_error=seen.append)
    assert report.failed == 2 and report.new == 2
    assert [e.code for e in seen] == ["E001", "E010"]
    assert report.errors == seen


def test_date_option_fills_documents_without_one(tmp_path: Path, store: Store) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("Russia attacked Ukraine.", encoding="utf-8")
    ingest([plain], store, date="2024-02-24")
    row = store.con.execute("SELECT CAST(published AS VARCHAR) FROM documents").fetchone()
    assert row == ("2024-02-24",)


def test_extract_paths_yields_records_with_jsonl_ids(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    lines = [
        {"id": "treaty-1", "text": "Russian President Vladimir Putin signed a treaty with North Korea.", "date": "2024-06-19"},
        {"id": "strike-2", "text": "Russia attacked Ukraine with missiles.", "date": "2024-07-08"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    records = list(extract_paths([path], mentions=True))
    assert records, "the extractor found nothing in two plain event sentences"
    assert {r["doc_id"] for r in records} <= {"treaty-1", "strike-2"}
    assert {r["kind"] for r in records} <= {"event", "claim", "actor_mention"}
    assert any(r["kind"] == "actor_mention" for r in records)
    plain = list(extract_paths([path]))
    assert plain and all(r["kind"] != "actor_mention" for r in plain)


def test_extract_paths_raises_when_nothing_read(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    errors: list[InputError] = []
    with pytest.raises(RealpolitikError, match=r"\[E014\]"):
        list(extract_paths([empty, tmp_path / "missing.txt"], on_error=errors.append))
    assert [e.code for e in errors] == ["E001", "E010"]


def test_two_workers_give_the_same_store(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "c")
    for i in range(6):
        (corpus / f"extra{i}.txt").write_text(
            f"Story {i}\nDate: 2024-0{i + 1}-01\n\nChina and Vietnam signed agreement number {i}.\n",
            encoding="utf-8",
        )
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "two.duckdb") as two:
        r1 = ingest([corpus], one, workers=1)
        r2 = ingest([corpus], two, workers=2)
        assert (r1.new, r1.events) == (r2.new, r2.events) == (8, r1.events)
        query = "SELECT * EXCLUDE (event_id) FROM events ORDER BY ALL"
        assert one.con.execute(query).fetchall() == two.con.execute(query).fetchall()


def test_a_document_the_extractor_fails_on_is_skipped_and_retried_later(
    tmp_path: Path, store: Store
) -> None:
    corpus = _corpus(tmp_path / "c")
    seen: list[InputError] = []
    # a real extractor given a registry it cannot use fails on every document
    broken = ingest([corpus], store, registry=object(), on_error=seen.append)
    assert (broken.read, broken.new, broken.failed) == (2, 0, 2)
    assert [e.code for e in seen] == ["E019", "E019"]
    assert str(seen[0]).startswith(
        f"[E019] {(corpus / 'wire' / 'strike.txt').resolve()}: extraction failed ("
    )
    assert store.count("documents") == 0
    with pytest.raises(AttributeError):
        ingest([corpus], store, registry=object(), strict=True)
    fixed = ingest([corpus], store)  # nothing was stored for them, so they are tried again
    assert (fixed.new, fixed.failed) == (2, 0)


def test_documents_failing_in_workers_are_skipped_and_a_pool_failure_is_one_line(
    tmp_path: Path, store: Store
) -> None:
    corpus = _corpus(tmp_path / "c")
    errors: list[InputError] = []
    report = ingest([corpus], store, registry=object(), workers=2, on_error=errors.append)
    assert (report.read, report.failed, report.stored) == (2, 2, 0)
    assert [str(e)[:7] for e in errors] == ["[E019] ", "[E019] "]
    # a pool that cannot start (the registry cannot travel to the workers) ends the run
    with pytest.raises(RealpolitikError, match=r"^\[E020\] Extraction failed in a worker process"):
        ingest([corpus], store, registry=lambda: None, workers=2)
    assert store.count("documents") == 0
