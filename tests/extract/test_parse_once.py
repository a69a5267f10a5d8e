"""Each paragraph is parsed once, also for wire copy with datelines, and long lines are split."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.extract import _nlp, extract_document
from realpolitik.extract._nlp import MAX_PARAGRAPH, paragraphs, prepare_text
from realpolitik.extract.parallel import extract_chunk
from realpolitik.models import Document

pytestmark = pytest.mark.slow

WIRE = [
    "SEOUL, Oct 18 (Wire) - North Korea sent troops to Russia, South Korea's spy agency said.\n"
    "MOSCOW, Oct 19 (Wire) - Russia praised North Korea on Saturday.",
    "HANOI (Wire) - Vietnam and the United States signed an agreement on chips.\n"
    "The deal was criticised by China.",
    "Japan protested after a Chinese vessel entered its waters.",
]


class CountingPipeline:
    """The real spaCy pipeline, counting every text it is asked to parse."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.texts: list[str] = []

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        wanted = list(texts)
        self.texts += wanted
        return self.nlp.pipe(wanted, **kwargs)

    def __call__(self, text: str) -> Any:
        self.texts.append(text)
        return self.nlp(text)


def test_a_chunk_of_wire_copy_is_parsed_once(nlp: Any, registry: ActorRegistry) -> None:
    docs = [Document(f"d{i}", t, f"w#{i}", date="2024-10-18") for i, t in enumerate(WIRE)]
    counting = CountingPipeline(nlp)
    got = extract_chunk(docs, registry, None, counting)
    expected_paragraphs = sum(len(paragraphs(prepare_text(d.text))) for d in docs)
    assert expected_paragraphs == 5
    assert len(counting.texts) == expected_paragraphs  # not twice for dateline paragraphs
    assert not any(t.startswith(("SEOUL", "MOSCOW", "HANOI")) for t in counting.texts)
    alone = [extract_document(d, registry, None, nlp) for d in docs]
    assert [e.records(mentions=True) for e in got] == [e.records(mentions=True) for e in alone]
    assert any(e.events for e in got)


def test_a_line_longer_than_the_parser_takes_is_split_at_sentence_ends() -> None:
    sentence = "Russia criticised the United States over its sanctions on Tuesday. "
    line = sentence * (MAX_PARAGRAPH * 3 // len(sentence))
    text = "Headline\n" + line.strip() + "\nLast line."
    spans = paragraphs(text)
    assert spans[0] == (0, 8) and text[spans[-1][0] : spans[-1][1]] == "Last line."
    pieces = spans[1:-1]
    assert len(pieces) >= 3
    assert all(0 < e - s <= MAX_PARAGRAPH for s, e in pieces)
    for s, e in pieces:
        assert text[s:e].startswith("Russia criticised") and text[s:e].endswith("Tuesday.")
    # together the pieces cover the line but for the spaces between them
    assert sum(e - s for s, e in pieces) == len(line.strip()) - (len(pieces) - 1)
    # one word longer than the limit is cut where it must be
    blob = "x" * (MAX_PARAGRAPH * 2 + 5)
    assert paragraphs(blob) == [
        (0, MAX_PARAGRAPH),
        (MAX_PARAGRAPH, 2 * MAX_PARAGRAPH),
        (2 * MAX_PARAGRAPH, len(blob)),
    ]


def test_a_line_over_the_parsers_max_length_is_extracted(
    nlp: Any, registry: ActorRegistry, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A line is parsed in pieces under spaCy's max_length (1,000,000 characters), so no line
    # can fail there after the work on the others is done; 2.5 pieces here keep the test short,
    # and pieces of 4,000 characters for 100,000 (the same cuts, 1/25th of the parsing).
    assert nlp.max_length > MAX_PARAGRAPH
    monkeypatch.setattr(_nlp, "MAX_PARAGRAPH", 4_000)
    sentence = "Russia accused the United States of lying. "
    one = extract_document(Document("one", sentence.strip(), "one.txt", date="2024-05-01"))
    expected = {(e.source.code, e.target.code if e.target else "", e.cameo) for e in one.events}
    assert expected and all(target for _, target, _ in expected)
    text = (sentence * (_nlp.MAX_PARAGRAPH * 5 // 2 // len(sentence))).strip()
    limit = nlp.max_length
    nlp.max_length = _nlp.MAX_PARAGRAPH * 2  # the line is over it, as 1 MB is over the default
    try:
        assert len(text) > nlp.max_length
        ex = extract_document(
            Document("big", text, "big.txt", date="2024-05-01"), registry, None, nlp
        )
    finally:
        nlp.max_length = limit
    assert len(ex.sentences) == text.count(". ") + 1
    assert len(ex.events) == len(ex.sentences) * len(one.events)
    got = {(e.source.code, e.target.code if e.target else "", e.cameo) for e in ex.events}
    assert got == expected
