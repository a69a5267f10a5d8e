"""extract_many: the same extractions, in the same order, on one process or a pool."""

from __future__ import annotations

import pickle
import threading

import pytest

from realpolitik.extract import extract_document
from realpolitik.extract.parallel import extract_many, shared_nlp
from realpolitik.models import Document

TEXTS = [
    "Russia and Vietnam signed an agreement on nuclear energy in Hanoi on Thursday.",
    "North Korea sent about 11,000 troops to Russia, Seoul said.\n\n"
    "China accounts for more than 90 percent of North Korea's trade.",
    "The ministers met. They agreed to meet again. Nothing else was decided.",
    "Japan protested after a Chinese coast guard vessel entered its waters.\n"
    "Beijing rejected the protest on Friday.",
    "Ukraine asked Germany for more air defence systems.",
    "A short one.",
    "India bought oil from Russia. It paid in rupees. Washington criticised the deal.",
]


def documents(n: int = len(TEXTS)) -> list[Document]:
    return [
        Document(
            doc_id=f"doc{i}",
            text=TEXTS[i % len(TEXTS)],
            source=f"test#{i}",
            date="2024-06-21",
        )
        for i in range(n)
    ]


@pytest.mark.slow
def test_two_workers_give_the_same_extractions_in_order() -> None:
    docs = documents(14)
    one = list(extract_many(docs, workers=1))
    two = list(extract_many(iter(docs), workers=2, chunk_size=2))
    assert [e.document.doc_id for e in two] == [d.doc_id for d in docs]
    assert [e.document.doc_id for e in one] == [d.doc_id for d in docs]
    assert [e.records(mentions=True) for e in two] == [e.records(mentions=True) for e in one]
    assert [e.sentences for e in two] == [e.sentences for e in one]
    assert all(e.sentences for e in one)


@pytest.mark.slow
def test_stopping_early_shuts_the_pool_down() -> None:
    before = threading.active_count()
    stream = extract_many(iter(documents(200)), workers=2, chunk_size=1)
    first = [next(stream) for _ in range(3)]
    stream.close()
    assert [e.document.doc_id for e in first] == ["doc0", "doc1", "doc2"]
    assert threading.active_count() <= before


@pytest.mark.slow
def test_batched_parsing_gives_what_extract_document_gives() -> None:
    docs = documents()
    nlp = shared_nlp()
    alone = [extract_document(d, None, None, nlp) for d in docs]
    for size in (1, 3, 10):
        batched = list(extract_many(docs, workers=1, chunk_size=size))
        assert [e.records(mentions=True) for e in batched] == [
            e.records(mentions=True) for e in alone
        ]
        assert [e.sentences for e in batched] == [e.sentences for e in alone]
    assert sum(len(e.events) for e in alone) > 0


def test_registry_that_cannot_travel_fails_in_the_caller() -> None:
    lock = threading.Lock()  # not picklable
    with pytest.raises((TypeError, pickle.PicklingError)):
        next(extract_many(documents(2), registry=lock, workers=2))


def test_empty_input() -> None:
    assert list(extract_many([], workers=1)) == []
