"""Batched extraction (paragraphs of many documents per parse) gives what one document at a time
gives: on the example corpus, on a long document cut over many batches, and with a failure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from scale_helpers import MARKER, FailingRegistry, write_corpus

from realpolitik.actors import ActorRegistry
from realpolitik.extract import extract_document, parallel
from realpolitik.extract._mentions import registry_mentions
from realpolitik.extract._nlp import paragraphs
from realpolitik.extract.batched import BATCH_PARAGRAPHS, extract_batched, scan_mentions
from realpolitik.extract.parallel import extract_many, extract_stream
from realpolitik.ingest import read_paths
from realpolitik.models import Document, Extraction
from realpolitik.pipeline import extract_paths

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TEXTS = (".txt", ".md")  # the bundled articles (the others are web pages and feeds)


def example_documents() -> list[Document]:
    return [d for d in read_paths([EXAMPLES]) if isinstance(d, Document)]


def rows(extractions: list[Extraction]) -> list[Any]:
    return [(e.document.doc_id, e.records(mentions=True), e.sentences) for e in extractions]


def test_the_example_corpus_gives_the_same_events_batched_and_alone(
    nlp: Any, registry: ActorRegistry
) -> None:
    docs = example_documents()
    assert len(docs) >= 20
    alone = [extract_document(d, registry, None, nlp) for d in docs]
    # Each document goes through one batched run: the first half through extract_many (parser
    # batches of BATCH_PARAGRAPHS: two, whose ends fall inside documents), the rest through
    # batches of 5 paragraphs (nearly every document cut across batches).
    half = len(docs) // 2
    assert sum(len(paragraphs(d.text)) for d in docs[:half]) > 2 * BATCH_PARAGRAPHS
    batched = list(extract_many(docs[:half], registry=registry, workers=1))
    assert rows(batched) == rows(alone[:half])
    assert sum(len(e.events) for e in alone) > 50
    # every bundled text article (test_events.py checks the headlines these texts leave out):
    # each event's evidence is its sentence's text, and no state acts on itself
    articles = [(d, e) for d, e in zip(docs, alone, strict=True) if d.source.endswith(TEXTS)]
    assert len(articles) >= 20
    for doc, ex in articles:
        for e in ex.events:
            assert doc.text[e.evidence.start : e.evidence.end] == e.evidence.sentence
            assert e.source.code and (e.target is None or e.target.code != e.source.code)
    small = extract_batched(docs[half:], nlp=nlp, registry=registry, batch_paragraphs=5)
    got = [e for _, e in small]
    assert all(isinstance(e, Extraction) for e in got)
    assert rows(got) == rows(alone[half:])  # type: ignore[arg-type]
    assert len(batched) + len(got) == len(docs)


def test_a_long_document_in_many_batches_agrees_with_the_whole(
    nlp: Any, registry: ActorRegistry
) -> None:
    """The example corpus's first ~25,000 characters as one document, cut into batches of
    3,000 characters or 7 paragraphs: nine or more batches, each a cut the whole parse does
    not have (the whole corpus, 64,000 characters, cost twice the time for more of the same
    cuts; test_a_long_text_scanned_for_actors_in_pieces scans a text over the scan's limit)."""
    paras: list[str] = []
    for line in (x.strip() for d in example_documents() for x in d.text.split("\n")):
        if line and sum(map(len, paras)) < 25_000:
            paras.append(line)
    text = "\n".join(paras)
    assert len(text) > 8 * 3_000
    doc = Document("long", text, "long.txt", date="2024-06-01")
    whole = extract_document(doc, registry, None, nlp)
    [(_, pieces)] = list(
        extract_batched([doc], nlp=nlp, registry=registry, batch_paragraphs=7, batch_chars=3_000)
    )
    assert isinstance(pieces, Extraction)
    assert rows([pieces]) == rows([whole])
    assert len(whole.events) > 100
    # offsets are the document's own, however the parse was cut
    for m in pieces.mentions:
        assert text[m.start : m.end] == m.text
    for s in pieces.sentences:
        assert text[s.start : s.end] == s.text
    last = pieces.sentences[-1]
    assert last.start > len(text) - 1_000


def test_a_long_text_scanned_for_actors_in_pieces_gives_the_whole_scan(
    registry: ActorRegistry,
) -> None:
    paras = [line.strip() for d in example_documents() for line in d.text.split("\n")]
    text = "\n".join(p for p in paras if p)
    whole = registry_mentions(registry, text, "2024-06-01")
    pieces = scan_mentions(registry, text, "2024-06-01", limit=4_000)
    assert len(text) > 10 * 4_000 and len(whole) > 500
    assert pieces == whole
    # one long line, no line ends: cut at spaces, and still every mention is found
    line = " ".join(p for p in paras if p)
    assert scan_mentions(registry, line, None, limit=len(line) // 3) == registry_mentions(
        registry, line, None
    )


def test_a_failing_document_costs_only_itself(nlp: Any, registry: ActorRegistry) -> None:
    texts = [
        "Russia criticised the United States on Tuesday.",
        f"China warned Japan.\n{MARKER}",
        "",
        "India bought oil from Russia.\nWashington criticised the deal.",
    ]
    docs = [Document(f"d{i}", t, f"t#{i}", date="2024-06-01") for i, t in enumerate(texts)]
    failing = FailingRegistry()
    got = list(extract_stream(docs, failing, None, nlp))
    assert [type(g).__name__ for g in got] == ["Extraction", "Failed", "Extraction", "Extraction"]
    assert "this text breaks the extractor" in got[1].reason  # type: ignore[union-attr]
    alone = [extract_document(d, registry, None, nlp) for d in (docs[0], docs[2], docs[3])]
    assert rows([got[0], got[2], got[3]]) == rows(alone)  # type: ignore[list-item]
    assert got[3].events  # type: ignore[union-attr]


def test_words_met_while_extracting_do_not_stay_in_the_vocabulary(
    nlp: Any, registry: ActorRegistry
) -> None:
    words = [f"Quorblix{i}vane" for i in range(30)]
    docs = [
        Document(f"v{i}", f"Russia praised {w} on Tuesday.\nChina criticised {w}.", f"v#{i}")
        for i, w in enumerate(words)
    ]
    before = len(nlp.vocab.strings)
    got = list(extract_many(docs, registry=registry, workers=1))
    assert [len(e.sentences) for e in got] == [2] * len(words)
    assert [e.sentences[0].text for e in got] == [f"Russia praised {w} on Tuesday." for w in words]
    assert len(nlp.vocab.strings) == before  # spaCy's memory zones: strings come and go
    assert not any(w in nlp.vocab.strings for w in words)


class CountingPipeline:
    """The real spaCy pipeline, counting its ``pipe`` calls and the texts they parse."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.calls = 0
        self.texts = 0

    def pipe(self, texts: Any, **kwargs: Any) -> Any:
        wanted = list(texts)
        self.calls += 1
        self.texts += len(wanted)
        return self.nlp.pipe(wanted, **kwargs)


def test_extract_on_one_process_parses_many_documents_per_call(
    tmp_path: Path, nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "c", 24, sentences=3)
    counting = CountingPipeline(nlp)
    monkeypatch.setattr(parallel, "shared_nlp", lambda: counting)
    records = list(extract_paths([corpus], workers=1))
    assert {r["doc_id"] for r in records} == {f"story-{i:04d}" for i in range(24)}
    assert counting.texts >= 24 * 3  # every paragraph parsed, once
    assert counting.calls <= 2  # not one call per document
