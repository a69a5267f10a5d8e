"""The record contract of `realpolitik extract` and what the store keeps of it: every field of
a hand-built extraction goes into a real store and comes back the same (events through the
event query, claims through the claim checker's reader), JSON-safe, and a newer version of the
same document replaces the older one whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from record_builders import SECOND, TEXT, extraction

from realpolitik.claimcheck import stored_claims
from realpolitik.models import Document, content_hash, shown_date
from realpolitik.store import Store, queries


def test_records_are_json_lines_in_a_fixed_order() -> None:
    ex = extraction()
    plain = ex.records()
    assert [r["kind"] for r in plain] == ["event", "claim"]
    assert [r["kind"] for r in ex.records(mentions=True)] == [
        "event", "claim", "actor_mention", "actor_mention",
    ]  # fmt: skip
    event, claim = (json.loads(json.dumps(r)) for r in plain)
    assert event["confidence"] == 0.875  # rounded to three places
    assert event["source"] == {"text": "Russia", "code": "RUSMIL", "country": "RUS",
                               "name": "Russian armed forces"}  # fmt: skip
    assert event["target"] == {"text": "Ukraine", "code": "UKR", "country": "UKR"}  # no name
    assert event["evidence"]["trigger"] == "shelled"
    assert claim["period"] == [2022, 2022] and claim["scope"] == "drones"
    assert claim["comparator"] == ">=" and claim["qualifier"] == "at least"
    mention = ex.records(mentions=True)[-1]
    assert mention == {"kind": "actor_mention", "doc_id": "wire-1", "text": "China", "code": "CHN",
                       "start": SECOND, "end": SECOND + 5, "sentence_index": 1}  # fmt: skip
    assert TEXT[mention["start"] : mention["end"]] == "China"


def test_documents_default_their_source_and_hash_their_text() -> None:
    doc = Document("a", "Some text.")
    assert doc.source == "a" and doc.language == "en"
    assert doc.content_hash == content_hash("Some text.") and len(doc.content_hash) == 64
    assert Document("b", "Some text.").content_hash == doc.content_hash
    assert Document("a", "Some text!").content_hash != doc.content_hash


@pytest.mark.parametrize(
    ("date", "precision", "text"),
    [("2024-06-19", "day", "2024-06-19"), ("2024-06-01", "month", "2024-06"),
     ("2024-01-01", "year", "2024"), ("2024-06-19", "document", "2024-06-19"),
     ("2024-06-19", None, "2024-06-19"), (None, "day", ""), ("", "year", "")],
)  # fmt: skip
def test_dates_are_shown_as_precise_as_written(date: str | None, precision: str | None,
                                               text: str) -> None:  # fmt: skip
    assert shown_date(date, precision) == text


def test_an_extraction_comes_back_from_the_store(tmp_path: Path) -> None:
    ex = extraction()
    with Store(tmp_path / "records.duckdb") as store:
        store.save_extraction(ex)
        (event,) = queries.events(store).to_pylist()
        (pair,) = stored_claims(store)
        sentences = store.rows("SELECT sentence_index, text FROM sentences ORDER BY 1")
        mentions = store.rows("SELECT text, code FROM actor_mentions ORDER BY start_char")
        doc = store.dicts("SELECT doc_id, source, title, url, content_hash FROM documents")
    want = ex.events[0]
    assert (event["source_code"], event["source_country"], event["target_code"]) == (
        "RUSMIL", "RUS", "UKR",
    )  # fmt: skip
    assert (event["cameo"], event["plover"], event["mode"]) == ("195", "ASSAULT", "aerial")
    assert (event["goldstein"], event["quad_class"], event["factuality"]) == (-10.0, 4, "asserted")
    assert str(event["date"]) == "2024-05-03" and event["date_precision"] == "day"
    assert event["evidence_sentence"] == want.evidence.sentence and event["trigger"] == "shelled"
    claim, published = pair
    assert claim == ex.claims[0]  # every field the checker needs survives the store
    assert published == "2024-05-04"
    assert sentences == [(0, TEXT[: SECOND - 1]), (1, TEXT[SECOND:])]
    assert mentions == [("Russia", "RUS"), ("China", "CHN")]
    assert doc == [{"doc_id": "wire-1", "source": "wire-1.txt", "title": "Wire",
                    "url": "https://example.org/wire", "content_hash": content_hash(TEXT)}]  # fmt: skip


def test_a_new_version_of_a_document_replaces_the_old_whole(tmp_path: Path) -> None:
    with Store(tmp_path / "replace.duckdb") as store:
        store.save_extractions([extraction(), extraction("wire-2")])
        assert store.count("events") == 2 and store.count("claims") == 2
        shorter = TEXT[: SECOND - 1]
        store.save_extraction(extraction("wire-1", shorter, with_claim=False))
        assert store.count("documents") == 2
        assert store.rows("SELECT doc_id FROM claims") == [("wire-2",)]
        assert store.value("SELECT text FROM documents WHERE doc_id = 'wire-1'") == shorter
        assert store.count("events") == 2 and store.count("sentences") == 4
        store.save_extractions([])  # nothing to do, nothing changed
        assert store.count("documents") == 2
