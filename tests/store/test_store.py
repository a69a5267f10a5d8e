from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.models import (
    ActorRef,
    Document,
    Event,
    Evidence,
    Extraction,
    Sentence,
)
from realpolitik.store import Store, resolve_db_path


def _extraction(text: str, source: str = "a.txt") -> Extraction:
    doc = Document(doc_id="a", text=text, source=source, date="2024-06-19")
    ev = Event(
        doc_id="a",
        sentence_index=0,
        source=ActorRef("Russia", "RUS", "RUS"),
        target=ActorRef("North Korea", "PRK", "PRK"),
        cameo="057",
        plover="AGREE",
        mode=None,
        goldstein=8.0,
        quad_class=1,
        factuality="asserted",
        date="2024-06-19",
        date_precision="day",
        evidence=Evidence(text, 0, len(text), "signed"),
        confidence=0.9,
    )
    return Extraction(doc, [Sentence("a", 0, 0, len(text), text)], [ev], [], [])


def test_migrations_are_recorded_and_idempotent(db_path: Path) -> None:
    with Store(db_path) as s:
        assert s.schema_version("core") >= 1
        assert s.schema_version("datasets") >= 1
    with Store(db_path) as s:  # reopening applies nothing twice
        assert s.count("documents") == 0


def test_document_status_and_replacement(store: Store) -> None:
    ex = _extraction("Russia signed a treaty with North Korea.")
    assert store.document_status("a.txt", ex.document.content_hash) == "new"
    store.save_extraction(ex)
    assert store.document_status("a.txt", ex.document.content_hash) == "same"
    assert store.document_status("b.txt", ex.document.content_hash) == "duplicate"
    changed = _extraction("Russia signed a new treaty with North Korea.")
    assert store.document_status("a.txt", changed.document.content_hash) == "changed"
    store.save_extraction(changed)
    assert store.count("documents") == 1
    assert store.count("events") == 1
    row = store.con.execute("SELECT evidence_sentence FROM events").fetchone()
    assert row is not None and "new treaty" in row[0]


def test_failed_save_leaves_store_as_it_was(store: Store) -> None:
    store.save_extraction(_extraction("Russia signed a treaty with North Korea."))
    store.con.execute("CREATE TABLE guard (x INTEGER)")
    with pytest.raises(RealpolitikError), store.transaction() as con:
        con.execute("INSERT INTO guard VALUES (1)")
        raise RealpolitikError("boom")
    assert store.count("guard") == 0
    assert store.count("documents") == 1


def test_db_path_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("REALPOLITIK_DB", raising=False)
    assert resolve_db_path(None) == Path("realpolitik.duckdb")
    monkeypatch.setenv("REALPOLITIK_DB", str(tmp_path / "env.duckdb"))
    assert resolve_db_path(None) == tmp_path / "env.duckdb"
    assert resolve_db_path(tmp_path / "x.duckdb") == tmp_path / "x.duckdb"


def _named(text: str, doc_id: str, source: str) -> Extraction:
    ex = _extraction(text, source)
    doc = Document(doc_id=doc_id, text=text, source=source, date="2024-06-19")
    events = [
        Event(
            **{
                **{f: getattr(e, f) for f in e.__dataclass_fields__ if f != "kind"},
                "doc_id": doc_id,
            }
        )
        for e in ex.events
    ]
    return Extraction(doc, [Sentence(doc_id, 0, 0, len(text), text)], events, [], [])


def test_save_extractions_stores_a_group_in_one_transaction(store: Store) -> None:
    group = [
        _named(f"Russia signed treaty {i} with North Korea.", f"d{i}", f"{i}.txt") for i in range(3)
    ]
    store.save_extractions(group)
    assert store.count("documents") == 3
    assert store.count("events") == 3
    rows = store.con.execute(
        "SELECT doc_id, CAST(date AS VARCHAR), goldstein, quad_class FROM events ORDER BY doc_id"
    ).fetchall()
    assert rows == [(f"d{i}", "2024-06-19", 8.0, 1) for i in range(3)]
    # a changed version of one document replaces it; the others stay
    store.save_extractions([_named("Russia signed a new treaty with North Korea.", "d1", "1.txt")])
    assert store.count("documents") == 3
    texts = [
        r[0] for r in store.con.execute("SELECT text FROM sentences ORDER BY doc_id").fetchall()
    ]
    assert texts[1] == "Russia signed a new treaty with North Korea."


def test_a_group_that_fails_stores_nothing(store: Store) -> None:
    store.save_extractions([_named("Russia signed a treaty with North Korea.", "d0", "0.txt")])
    # two documents with one doc_id cannot both be stored: the whole group is rolled back
    bad = [
        _named("China criticised Japan.", "dup", "x.txt"),
        _named("Japan criticised China.", "dup", "y.txt"),
    ]
    with pytest.raises(Exception, match="(?i)constraint|duplicate"):
        store.save_extractions(bad)
    assert store.count("documents") == 1
    assert store.count("sentences") == 1
    assert store.count("events") == 1
