"""Speed work of round 22 that must not change behaviour: stages gated on a word of the
sentence (a verb of response, a vote or a relative pronoun, "join", a deal or meeting noun)
still act where the sentence has it; the gates' look-ups answer for the parse asked about last
and for another one."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract._tree import (
    doc_forms,
    has_any,
    sentence_forms,
    sentence_words,
    tag_hashes,
    tagged,
)

_GATED = [
    ("Kenya answered Uganda's move by offering talks.", ("KEN", "UGA", "036")),
    ("Brazil was among the 40 countries that condemned Russia.", ("BRA", "RUS", "111")),
    ("Japan voted for a resolution condemning North Korea.", ("JPN", "PRK", "111")),
    ("France joined Germany in condemning Russia's attack on Ukraine.", ("DEU", "RUS", "111")),
    ("Chile signed a trade deal with Peru. Argentina welcomed the deal.", ("ARG", "PER", "051")),
]


@pytest.mark.parametrize(("text", "want"), _GATED)
def test_gated_stages_still_act(nlp: Any, text: str, want: tuple[str, str, str]) -> None:
    from realpolitik.extract import extract_document
    from realpolitik.models import Document

    got = extract_document(Document("d", text, "x", None, "2024-03-01"), nlp=nlp)
    assert want in [(e.source.code, e.target.code if e.target else "", e.cameo) for e in got.events]


def test_lookups_answer_for_either_parse(nlp: Any) -> None:
    one = nlp("Kenya answered Uganda's move by offering talks.")
    two = nlp("France joined Germany in condemning Russia.")
    for doc, word, absent in (
        (one, "answer", "join"),
        (two, "join", "answer"),
        (one, "talks", "join"),
    ):
        sent = next(iter(doc.sents))
        assert has_any(sent, frozenset({word})) and not has_any(sent, frozenset({absent}))
        assert sentence_forms(sent) <= sentence_words(sent) and sentence_forms(sent) <= doc_forms(
            doc
        )
        want = [t.i for t in sent if t.tag_ in ("NNP", "VBD")]
        assert sorted(tagged(sent, tag_hashes("NNP", "VBD"))) == want


def test_pos_integers_are_spacys() -> None:
    import spacy.symbols as sym

    from realpolitik.extract import _pos

    for name in ("ADJ", "ADP", "AUX", "NOUN", "PRON", "PROPN", "VERB"):
        assert getattr(_pos, name) == getattr(sym, name)


def test_pos_reads_as_pos_(nlp: Any) -> None:
    from realpolitik.extract._pos import NOMINAL, VERBAL

    doc = nlp("Kenya has sent troops to Somalia.")
    assert [t.pos in VERBAL for t in doc] == [t.pos_ in ("VERB", "AUX") for t in doc]
    assert [t.pos in NOMINAL for t in doc] == [t.pos_ in ("NOUN", "PROPN") for t in doc]
