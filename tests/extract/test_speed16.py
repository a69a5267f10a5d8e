"""Speed work of round 19 that must not change behaviour: a span's text cut from the text the
parse read answers as ``Span.text``, from the document's text at the paragraph's offset as from
``Doc.text``; the words of the parse asked about last are the words of that parse, also after
another parse was asked about and after ``forget``."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract._trailing_attribution import trailing_report
from realpolitik.extract._tree import (
    _doc_words,
    forget,
    remember_text,
    sentence_forms,
    sentence_text,
    span_text,
)

_TEXTS = [
    "Japan  sent aid to Peru , according to officials.  Tokyo's envoy met Lima's minister.",
    "\u201cChina will respond,\u201d the ministry said; Beijing recalled its ambassador.",
    "Accordingly, Kenya closed its border with Somalia on Monday.",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_span_text_is_the_spans_text(nlp: Any, text: str) -> None:
    doc = nlp(text)
    spans = [doc[a:b] for a in range(len(doc)) for b in range(a + 1, min(len(doc), a + 6) + 1)]
    for span in [*doc.sents, *spans]:
        assert span_text(span) == span.text
    for sent in doc.sents:
        assert sentence_text(sent) == sent.text


@pytest.mark.parametrize("text", _TEXTS)
def test_remembered_text_at_an_offset_is_the_parses_text(nlp: Any, text: str) -> None:
    before = "Some earlier paragraph.\n"
    document = before + text + "\nA later paragraph."
    doc = nlp(text)
    remember_text(doc, document, len(before))
    for sent in doc.sents:
        assert sentence_text(sent) == sent.text
        assert span_text(sent[1:3]) == sent[1:3].text


def test_the_last_parse_asked_about_answers_with_its_own_words(nlp: Any) -> None:
    first, second = nlp("Japan sent aid to Peru."), nlp("Kenya closed its border.")
    assert _doc_words(first).forms[0] == "japan"
    assert _doc_words(second).forms[0] == "kenya"
    assert _doc_words(first).forms[0] == "japan"
    words = _doc_words(first)
    forget(first)  # (a repair changed its lemmas or tags: read again, not the kept words)
    assert _doc_words(first) is not words
    assert _doc_words(first).forms == words.forms


def test_trailing_report_gate_reads_the_forms(nlp: Any) -> None:
    """The gate asks for the word "according" (no word with it inside, "accordingly", opens
    the walk, which needs the word itself)."""
    doc = nlp("Japan sent aid to Peru, according to officials.")
    sent = next(iter(doc.sents))
    assert "according" in sentence_forms(sent)
    assert trailing_report(doc[1], "asserted", sent) == "reported"
    other = next(iter(nlp("Accordingly, Japan sent aid to Peru, officials said.").sents))
    assert trailing_report(other.root, "asserted", other) == "asserted"
