"""The events, claims and documents queries with every filter (the command line's and the
dashboard's): actors, dyads both ways, CAMEO prefixes, words of the evidence, pages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.store import Store, queries

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "cli"))
from sample_store import populate  # noqa: E402


@pytest.fixture
def sample(store: Store) -> Store:
    populate(store)
    return store


def cameos(rows: list[dict[str, object]]) -> list[object]:
    return [r["cameo"] for r in rows]


def test_dyads_one_way_or_both(sample: Store) -> None:
    one = queries.event_rows(sample, dyad=("RUS", "PRK"))
    both = queries.event_rows(sample, dyad=("RUS", "PRK"), both_ways=True)
    assert cameos(one) == ["057", "070"]
    assert cameos(both) == ["057", "051", "070", "074"]


def test_cameo_prefix_words_and_document(sample: Store) -> None:
    assert cameos(queries.event_rows(sample, cameo="19")) == ["195"]
    assert cameos(queries.event_rows(sample, cameo="05")) == ["057", "051"]
    assert cameos(queries.event_rows(sample, search="TREATY")) == ["057"]  # any case
    assert cameos(queries.event_rows(sample, doc_id="doc2")) == ["195"]
    assert queries.event_rows(sample, search="no such words") == []


def test_pages_do_not_overlap(sample: Store) -> None:
    every = cameos(queries.event_rows(sample))
    first = cameos(queries.event_rows(sample, limit=2))
    second = cameos(queries.event_rows(sample, limit=2, offset=2))
    rest = cameos(queries.event_rows(sample, limit=10, offset=4))
    assert first + second + rest == every and len(every) == 6


def test_origins_and_factuality_are_checked(sample: Store) -> None:
    assert queries.event_rows(sample, origins=["gdelt"]) == []
    with pytest.raises(RealpolitikError) as err:
        queries.event_rows(sample, origins=["twitter"])
    assert err.value.code == "E907" and "text, gdelt, icews, icews-counts" in str(err.value)
    with pytest.raises(RealpolitikError) as err:
        queries.event_rows(sample, origins=["icews-counts"])
    assert err.value.code == "E908"
    with pytest.raises(RealpolitikError) as err:
        queries.event_rows(sample, factuality=["rumoured"])
    assert err.value.code == "E907" and "--factuality" in str(err.value)


def test_claims_by_pair_and_documents_by_words(sample: Store) -> None:
    (claim,) = queries.claim_rows(sample, states=("PRK", "CHN"))
    assert (claim["measure"], claim["value"], claim["title"]) == ("trade_share", 0.9, "Title 0")
    assert queries.claim_rows(sample, states=("USA", "CHN")) == []
    assert queries.claim_rows(sample, doc_id="doc0") == [claim]
    assert queries.claims(sample).num_rows == 1
    found = queries.document_rows(sample, search="missiles")
    assert [d["doc_id"] for d in found] == ["doc2"] and found[0]["events"] == 1
    paged = queries.document_rows(sample, limit=2, offset=1)
    assert [d["doc_id"] for d in paged] == ["doc0", "doc1"]  # by date: doc5 (May) first
    assert queries.documents(sample).num_rows == 6


def test_one_document_with_its_text(sample: Store) -> None:
    doc = queries.document(sample, "doc3")
    assert doc is not None and doc["text"] == "Russia could send aid to North Korea."
    assert doc["published"] == "2024-07-08" and doc["source"] == "/corpus/doc3.txt"
    assert queries.document(sample, "nope") is None


def test_summary_counts(sample: Store) -> None:
    summary = queries.summary(sample, top=2)
    assert len(summary["top_dyads"]) == 2 and len(summary["strongest_ties"]) == 2
    assert summary["text_events"] == 6 and summary["mentions"] == 0
