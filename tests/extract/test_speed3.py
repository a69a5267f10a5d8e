"""Speed work of the third round that must not change behaviour: each helper that replaced a
walk over the tokens answers what the walk answered, on real parses."""

from __future__ import annotations

from typing import Any

from realpolitik.extract._contrast import contrast_phrases
from realpolitik.extract._tree import sentence_lowers

_TEXT = (
    "Unlike Germany and Italy, France imposed sanctions on states like Iran. "
    "The U.S.-made HIMARS systems, Britain said, must be sent to Kyiv — as with Canada."
    " In contrast to Japan, Korea voted no."
)


def test_sentence_lowers_are_each_tokens_lowercased_form(nlp: Any) -> None:
    doc = nlp(_TEXT)
    for sent in doc.sents:
        assert sentence_lowers(sent) == [t.lower_ for t in sent]
    assert sentence_lowers(doc[:3]) == ["unlike", "germany", "and"]


def test_contrast_phrases_are_read_once_per_sentence(nlp: Any) -> None:
    doc = nlp(_TEXT)
    sents = list(doc.sents)
    assert len(sents) == 3
    first = contrast_phrases(sents[0])
    assert {doc[i].text for i in first} >= {"Unlike", "Germany", "Italy"}
    assert contrast_phrases(sents[0]) is first  # kept on the parse
    assert {doc[i].text for i in contrast_phrases(sents[2])} >= {"In", "contrast", "Japan"}


def test_a_sentence_without_a_marker_word_has_no_contrast(nlp: Any) -> None:
    doc = nlp("Russia attacked Ukraine on Monday.")
    assert contrast_phrases(doc[:]) == frozenset()
