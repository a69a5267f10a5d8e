"""Documents and claims saved through the store API, read back through ``document_rows`` and
``claim_rows``: every page of every search equals a plain reading of what was saved, counts of
events and claims per document hold with the summaries fresh and stale, and saving a document
again replaces its rows instead of adding to them."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
from summary_states import shared_readers

from realpolitik.models import ActorRef, Claim, Document, Event, Evidence, Extraction, Sentence
from realpolitik.store import Store, queries

STATES = {
    "RUS": ActorRef("Russia", "RUS", "RUS"),
    "PRK": ActorRef("North Korea", "PRK", "PRK"),
    "CHN": ActorRef("China", "CHN", "CHN"),
    "VNM": ActorRef("Vietnam", "VNM", "VNM"),
}
WORDS = ["Trade", "missiles", "Talks", "aid", "summit"]


def _extraction(i: int, rng: random.Random) -> Extraction:
    doc_id = f"doc{i:03d}"
    word = rng.choice(WORDS)
    text = f"Report {i}: {word} between the states."
    date = None if i % 11 == 0 else f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    doc = Document(doc_id, text, f"/corpus/{doc_id}.txt", title=f"{word} {i}", date=date)
    evidence = Evidence(text, 0, len(text), word.lower())
    events = []
    for k in range(rng.randint(0, 3)):
        a, b = rng.sample(sorted(STATES), 2)
        events.append(
            Event(doc_id, 0, STATES[a], STATES[b], "040", "CONSULT", None, 1.0, 1, "asserted",
                  date, "day" if date else None, evidence, 0.5 + k / 10)
        )  # fmt: skip
    claims = []
    for _ in range(rng.randint(0, 2)):
        a, b = rng.sample(sorted(STATES), 2)
        claims.append(
            Claim(doc_id, 0, STATES[a], STATES[b], "trade_share", round(rng.random(), 2),
                  "fraction", 2022, "asserted", evidence)
        )  # fmt: skip
    return Extraction(doc, [Sentence(doc_id, 0, 0, len(text), text)], events, claims, [])


def _saved(n: int = 60, seed: int = 3) -> list[Extraction]:
    rng = random.Random(seed)
    return [_extraction(i, rng) for i in range(n)]


def doc_oracle(saved: list[Extraction], search: str | None = None) -> list[dict[str, Any]]:
    rows = []
    for x in saved:
        d = x.document
        if search and search.lower() not in f"{d.title} {d.text}".lower():
            continue
        rows.append({"doc_id": d.doc_id, "title": d.title, "published": d.date,
                     "url": None, "source": d.source, "events": len(x.events),
                     "claims": len(x.claims)})  # fmt: skip
    rows.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["doc_id"]))
    return rows


def claim_oracle(
    saved: list[Extraction], states: tuple[str, str] | None = None
) -> list[tuple[str, float]]:
    rows = []
    for x in saved:
        for c in x.claims:
            assert c.subject is not None and c.object is not None
            pair = {c.subject.country, c.object.country}
            if states and pair != set(states):
                continue
            rows.append((x.document.date, x.document.doc_id, c.value))
    rows.sort(key=lambda r: (r[0] is None, r[0] or "", r[1]))
    return [(doc, value) for _, doc, value in rows]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docs-oracle") / "docs.duckdb"
    with Store(path) as store:
        store.save_extractions(_saved())
    return path


def _one_dataset_event(store: Store) -> None:
    """A dataset event: no document, but the summaries are stale now."""
    store.con.execute(
        "INSERT INTO events (origin, date, source_country, target_country)"
        " VALUES ('gdelt', DATE '2023-01-01', 'RUS', 'CHN')"
    )


shared_reader, reader = shared_readers(_one_dataset_event)


def _doc_view(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = ("doc_id", "title", "published", "source", "events", "claims")
    return [{k: r[k] for k in keys} for r in rows]


@pytest.mark.parametrize("search", [None, "missiles", "TALKS", "report 1", "nothing like it"])
def test_documents_are_the_saved_ones_with_their_counts(reader: Store, search: str | None) -> None:
    want = _doc_view(doc_oracle(_saved(), search))
    assert _doc_view(queries.document_rows(reader, search=search)) == want
    assert (want == []) == (search == "nothing like it")


@pytest.mark.parametrize("size", [1, 7, 25])
def test_document_pages_add_up(reader: Store, size: int) -> None:
    whole = _doc_view(queries.document_rows(reader))
    pages: list[dict[str, Any]] = []
    for offset in range(0, len(whole) + size, size):
        page = _doc_view(queries.document_rows(reader, limit=size, offset=offset))
        assert len(page) <= size
        pages += page
    assert pages == whole and len(whole) == 60
    assert [r["published"] for r in whole[-6:]] == [None] * 6  # undated last


@pytest.mark.parametrize("states", [None, ("RUS", "CHN"), ("CHN", "RUS"), ("PRK", "VNM")])
def test_claims_are_the_saved_ones(reader: Store, states: tuple[str, str] | None) -> None:
    want = claim_oracle(_saved(), states)
    assert want
    got = queries.claim_rows(reader, states=states)
    assert [(r["doc_id"], r["value"]) for r in got] == want
    paged: list[tuple[str, float]] = []
    for offset in range(0, len(want), 4):
        page = queries.claim_rows(reader, states=states, limit=4, offset=offset)
        paged += [(r["doc_id"], r["value"]) for r in page]
    assert paged == want


def test_claims_of_one_document_carry_its_title_and_date(reader: Store) -> None:
    saved = {x.document.doc_id: x for x in _saved()}
    with_claims = [d for d, x in saved.items() if x.claims]
    assert len(with_claims) > 10
    for doc_id in with_claims[:10]:
        rows = queries.claim_rows(reader, doc_id=doc_id)
        doc = saved[doc_id].document
        assert [r["value"] for r in rows] == [c.value for c in saved[doc_id].claims]
        assert {(r["title"], r["published"]) for r in rows} == {(doc.title, doc.date)}


def test_saving_a_document_again_replaces_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "replace.duckdb"
    first = _saved(n=10, seed=8)
    with Store(path) as store:
        store.save_extractions(first)
        before = _doc_view(queries.document_rows(store))
    again = _saved(n=10, seed=9)  # the same ids, other contents
    with Store(path) as store:
        store.save_extractions(again[:5])
    with Store(path, read_only=True) as store:
        after = _doc_view(queries.document_rows(store))
        assert store.count("documents") == 10
        assert store.count("events") == sum(len(x.events) for x in [*again[:5], *first[5:]])
        assert store.count("claims") == sum(len(x.claims) for x in [*again[:5], *first[5:]])
        assert store.count("sentences") == 10
    assert after == _doc_view(doc_oracle([*again[:5], *first[5:]]))
    assert after != before
