"""leftovers60 (issue 9): a state's name conjoined with a demonym + noun ("Kenya and Kenyan
militants clashed") is two parties, the name one and the demonym's noun the other, never one
noun modified by both; the same-state case the country-level suite cannot tell apart."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, repaired, triples, word

_PAIRS = (("Kenya", "Kenyan", "KEN"), ("Uganda", "Ugandan", "UGA"), ("Nigeria", "Nigerian", "NGA"),
          ("Ethiopia", "Ethiopian", "ETH"), ("Colombia", "Colombian", "COL"))  # fmt: skip


@pytest.mark.parametrize(("name", "demonym", "code"), _PAIRS)
def test_name_and_demonym_noun_are_two_conjuncts(
    nlp: Any, name: str, demonym: str, code: str
) -> None:
    doc = repaired(nlp, f"{name} and {demonym} militants clashed on Monday.")
    state, noun = word(doc, name), word(doc, "militants")
    assert state.dep_ == "nsubj"
    assert (noun.dep_, noun.head.i) == ("conj", state.i)
    assert word(doc, demonym).head.i == noun.i


@pytest.mark.parametrize(("name", "demonym", "code"), _PAIRS[:3])
def test_name_and_demonym_noun_clash_both_ways(
    extract: Extract, name: str, demonym: str, code: str
) -> None:
    got = triples(extract(f"{name} and {demonym} rebels clashed near the border."))
    assert {(s, t) for s, t, _ in got} == {(code, f"{code}REB"), (f"{code}REB", code)}


def test_an_acronym_modifies_as_a_demonym(nlp: Any) -> None:
    doc = repaired(nlp, "US and British troops clashed with the militants.")
    assert word(doc, "troops").dep_ == "nsubj"
