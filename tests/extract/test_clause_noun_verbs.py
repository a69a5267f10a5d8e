"""A "that" clause's bare verb read as a noun, its subject as the noun's modifier
("demanded that Kyiv hand over ..."): the verb and its subject again (parties21)."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, country_roots, repaired, word


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Moscow demanded that Kyiv hand over the suspects to Russian investigators.", "Kyiv"),
        (
            "Paris demanded that Budapest hand over the suspects to French investigators.",
            "Budapest",
        ),
        (
            "Paris demanded that Armenia hand over the opposition leader to French police.",
            "Armenia",
        ),
    ],
)
def test_the_name_is_the_clause_subject(nlp: Any, text: str, name: str) -> None:
    doc = repaired(nlp, text)
    hand = word(doc, "hand")
    assert hand.pos_ == "VERB"
    assert word(doc, name).dep_ == "nsubj" and word(doc, name).head.i == hand.i
    assert word(doc, "over").dep_ == "prt"


def test_a_clause_with_its_own_verb_is_left(nlp: Any) -> None:
    doc = repaired(nlp, "Paris said that Budapest police had arrested the suspects.")
    assert word(doc, "police").pos_ != "VERB"


def test_the_demand_is_aimed_at_the_clause_subject(extract: Extract) -> None:
    text = "Paris demanded that Damascus hand over the opposition leader to French police."
    assert ("FRA", "SYR", "10") in country_roots(extract(text))
