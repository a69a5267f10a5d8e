"""The documents page counts each document's events from the ``events_documents`` summary:
the same counts as adding up the events themselves, after appends and after deletes."""

from __future__ import annotations

import random
from pathlib import Path

from row_inserts import insert_rows

from realpolitik.store import Store, queries


def _add(store: Store, docs: range, events: int, seed: int) -> None:
    """Documents ``docs`` and events in any document so far (or in none)."""
    rng = random.Random(seed)
    insert_rows(
        store.con,
        "INSERT INTO documents (doc_id, source, title, published, content_hash, text)"
        " VALUES (?, ?, ?, ?, ?, 'text')",
        [(f"d{i}", f"d{i}.txt", f"Report {i}", f"2020-01-{i % 28 + 1:02d}", f"h{i}") for i in docs],
    )
    rows = [(rng.choice([None, f"d{rng.randrange(docs.stop)}"]), "RUS", "UKR", f"e{seed}-{n}")
            for n in range(events)]  # fmt: skip
    insert_rows(
        store.con,
        "INSERT INTO events (origin, doc_id, source_country, target_country, external_id)"
        " VALUES ('text', ?, ?, ?, ?)",
        rows,
    )


def _direct(store: Store) -> dict[str, int]:
    """Events per document, counted from the events table by hand."""
    return {
        str(d): int(n)
        for d, n in store.rows(
            "SELECT doc_id, count(*) FROM events WHERE doc_id IS NOT NULL GROUP BY doc_id"
        )
    }


def _served(store: Store) -> dict[str, int]:
    pages = [queries.document_rows(store, limit=7, offset=o) for o in range(0, 70, 7)]
    return {r["doc_id"]: r["events"] for page in pages for r in page}


def test_document_counts_from_the_summary_equal_counts_from_the_events(db_path: Path) -> None:
    with Store(db_path) as store:
        _add(store, range(0, 30), 400, seed=1)
    store = Store(db_path)
    _add(store, range(30, 60), 300, seed=2)  # appended after the build: not yet summed
    assert not store.summaries_fresh()
    raw = _served(store)
    expected = _direct(store)
    assert raw == {d: expected.get(d, 0) for d in raw}
    assert len(raw) == 60 and sum(raw.values()) > 300
    assert store.refresh_summaries() and store.summaries_fresh()
    repeated = store.value("SELECT count(*) - count(DISTINCT doc_id) FROM events_documents")
    assert repeated > 0  # the appended documents' rows sit beside the old ones
    assert _served(store) == raw
    store.con.execute("DELETE FROM events WHERE event_id % 4 = 0")
    store.refresh_summaries()
    after = _served(store)
    expected = _direct(store)
    assert after == {d: expected.get(d, 0) for d in after}
    assert after != raw
    store.close()
    with Store(db_path, read_only=True) as reader:
        assert reader.summaries_fresh()
        assert _served(reader) == after
