"""practice8's parse repairs (issue 9, round 27): a list of titled doers with a relative clause
set off by commas keeps the verb after it as the sentence's verb (``_listed_relative_subject``,
class RL), and a list the parser reads right is left as it is."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import load_nlp
from realpolitik.extract._nlp import repair_parse


def _parsed(text: str) -> Any:
    doc = load_nlp()(text)
    for sent in doc.sents:
        repair_parse(sent)
    return doc


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        (
            "Greek Prime Minister Kyriakos Mitsotakis and Cypriot President Nikos "
            "Christodoulides, who spoke on the sidelines, called on Libya to stop boats.",
            "called",
            "Mitsotakis",
        ),
        (
            "President Abdel Fattah el-Sisi, Greek Prime Minister Kyriakos Mitsotakis and "
            "Cypriot President Nikos Christodoulides, who met on the sidelines, called on "
            "Libya's eastern authorities to stop boats leaving for Crete.",
            "called",
            "Sisi",
        ),
    ],
)
def test_the_listed_doers_are_the_verbs_subject(text: str, verb: str, subject: str) -> None:
    doc = _parsed(text)
    v = next(t for t in doc if t.text == verb)
    assert v.dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" and c.text == subject for c in v.children)


def test_a_plain_list_is_left_alone() -> None:
    doc = _parsed("Kenya and Uganda, who met in Kampala on Monday, condemned Tanzania.")
    v = next(t for t in doc if t.text == "condemned")
    assert v.dep_ == "ROOT"
    assert {c.text for c in v.children if c.dep_ == "nsubj"} == {"Kenya"}
