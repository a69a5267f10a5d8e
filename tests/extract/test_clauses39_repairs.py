"""clauses39's two parse repairs (fresh27's classes A and K), each called alone: an agreement's
"for X to V" content clause hangs on the agreement noun as its relative clause, X its subject
(``_agreement_content``); the sentence's verb after a "whose" relative clause is the name's
(``_whose_clauses``)."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import load_nlp
from realpolitik.extract._agreement_content import agreement_content
from realpolitik.extract._whose_clauses import whose_clause_verb


def _token(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "noun", "verb", "subject"),
    [
        (
            "The presidents of Ghana and Togo signed a deal for Ghana to sell Togo electricity.",
            "deal",
            "sell",
            "Ghana",
        ),
        (
            "The two leaders signed an agreement for Poland to supply Austria with gas.",
            "agreement",
            "supply",
            "Poland",
        ),
    ],
)
def test_content_clause_hangs_on_the_agreement(
    text: str, noun: str, verb: str, subject: str
) -> None:
    doc = load_nlp()(text)
    sent = next(iter(doc.sents))
    agreement_content(sent)
    v = next(t for t in doc if t.text == verb)
    assert v.dep_ == "relcl" and v.head.text == noun
    assert any(c.dep_ == "nsubj" and c.text == subject for c in v.children)


def test_whose_clause_leaves_the_sentence_its_verb() -> None:
    doc = load_nlp()(
        "Uruguay, whose own navy boarded a Chinese trawler near the Lobos islands last year, "
        "offered to share its radar data with Buenos Aires."
    )
    sent = next(iter(doc.sents))
    whose_clause_verb(sent)
    offered = _token(doc, "offered")
    assert offered.dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" and c.text == "Uruguay" for c in offered.children)
    assert _token(doc, "boarded").dep_ == "relcl"
