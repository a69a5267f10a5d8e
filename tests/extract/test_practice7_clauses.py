"""practice7's clause repairs (issue 9, classes CF and IC of ``reviews/practice7_classes.md``):
a clause after ", and" read as a complement is the verb's conjunct (``_and_clauses.and_clause``),
a past verb after "and" hung on an addressee's infinitive is the addressing verb's conjunct
(``_and_clauses.object_infinitive_conjunct``), and a conjunct with a perfect auxiliary of its own
keeps its own factuality (``factuality.own_finite_clause``), and a clause in parentheses is no root
over the sentence before it (``_parenthetical_clauses``)."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import load_nlp
from realpolitik.extract._nlp import repair_parse
from realpolitik.extract.factuality import factuality_of


def _parsed(text: str) -> Any:
    doc = load_nlp()(text)
    for sent in doc.sents:
        repair_parse(sent)
    return doc


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Tokayev has never criticised the war in Ukraine, and Mirziyoyev has turned down every "
            "Russian invitation to join the union; neither has expelled a single Russian diplomat.",
            "criticised",
            "turned",
        ),
    ],
)
def test_a_clause_after_and_is_a_conjunct(text: str, first: str, second: str) -> None:
    doc = _parsed(text)
    verb = _tok(doc, second)
    assert verb.dep_ == "conj" and verb.head.text == first
    assert factuality_of(verb) == "asserted"


def test_a_report_keeps_its_complement() -> None:
    doc = _parsed("Kenya said Uganda had closed the border, and Tanzania has protested.")
    said = _tok(doc, "said")
    assert any(c.dep_ == "ccomp" and c.text == "closed" for c in said.children)


@pytest.mark.parametrize(
    ("text", "asker", "verb"),
    [
        (
            "Beijing urged Dushanbe to protect its citizens and asked the Taliban to take "
            "effective measures, a spokesman said.",
            "urged",
            "asked",
        ),
        (
            "Indonesia called on Baku to protect its citizens and urged Afghanistan to disarm "
            "the groups.",
            "called",
            "urged",
        ),
    ],
)
def test_a_past_verb_after_an_addressees_infinitive(text: str, asker: str, verb: str) -> None:
    doc = _parsed(text)
    assert _tok(doc, verb).head.text == asker


def test_a_bare_form_stays_with_the_infinitive() -> None:
    doc = _parsed("Kenya urged Uganda to cut tariffs and cut quotas.")
    second = [t for t in doc if t.text == "cut"][1]
    assert second.head.text != "urged"


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("France will expel twelve Algerian diplomats and has recalled its ambassador.",
         "recalled", "asserted"),
        ("France will expel twelve Algerian diplomats and has recalled its ambassador, the "
         "foreign ministry said.", "recalled", "reported"),
        ("Kenya did not expel Ugandan diplomats but has summoned Uganda's envoy.",
         "summoned", "asserted"),
        ("If Kenya sends troops and has them attack, Uganda will respond.", "has", "possible"),
    ],
)  # fmt: skip
def test_a_perfect_conjunct_keeps_its_own_time(text: str, word: str, expected: str) -> None:
    doc = _parsed(text)
    verb = _tok(doc, word)
    assert factuality_of(verb) == expected


def test_an_aside_in_parentheses_is_no_root() -> None:
    doc = _parsed(
        "Mali rejected the claim, accusing Algiers of sponsoring terrorism (Algeria has denied "
        "backing armed groups in northern Mali)."
    )
    rejected, denied = _tok(doc, "rejected"), _tok(doc, "denied")
    assert rejected.dep_ == "ROOT" and denied.head.i == rejected.i
    assert factuality_of(rejected) == "asserted"
