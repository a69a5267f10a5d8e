"""Round 19's leftover classes (leftovers21) on minimal sentences: a refused act.s object
pronoun and the refuser's owner, pacts due to be signed, shared surnames of one state, measure
nouns, high commissioners, obligations and trip purposes over event nouns. The suite's tables:
``phenomena_leftovers21.py``.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, root_events

from realpolitik.actors._registry import ActorRegistry
from realpolitik.extract._pact_subjects import passive_pact


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Egypt demanded that Sudan reopen the border crossings. Sudan refused to reopen them.",
         ("SDN", "EGY", "12", "asserted")),
        ("Egypt demanded that Sudan reopen the border crossing. Sudan refused to reopen it.",
         ("SDN", "EGY", "12", "asserted")),
        ("Kenya asked Uganda to hand over the rebels, but its ambassador refused.",
         ("UGA", "KEN", "12", "asserted")),
        ("Poland called on Germany to return the paintings. Its envoy declined.",
         ("DEU", "POL", "12", "asserted")),
    ],
)  # fmt: skip
def test_refusal_answers_the_asker(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """The refused act's object pronoun is not the refuser; "its" envoy is the one asked."""
    got = root_events(extract(text))
    assert key in got, got
    assert not any(s == t for s, t, _, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The pact between Kenya and Uganda is due to be inked on Friday.",
        "The treaty between Kenya and Uganda is due to be concluded next month.",
        "Kenya and Uganda agreed on a border treaty. It is to be signed in May.",
    ],
)
def test_planned_signing_both_ways(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    assert {("KEN", "UGA", "05", "possible"), ("UGA", "KEN", "05", "possible")} <= got, got


def test_passive_pact_pronoun(nlp: Any) -> None:
    """A pronoun subject stands for the pact noun of the sentence before; none, nothing."""
    doc = nlp("Kenya and Uganda agreed on a treaty. It is to be signed in May.")
    signed = next(t for t in doc if t.lower_ == "signed")
    got = passive_pact(signed)
    assert got is not None and got[0].lower_ == "treaty" and got[1].lower_ == "it"
    doc = nlp("Kenya and Uganda met on Monday. It is to be signed in May.")
    assert passive_pact(next(t for t in doc if t.lower_ == "signed")) is None


def test_shared_surname_of_one_state() -> None:
    """A surname borne by several people of one state names that state, by date."""
    reg = ActorRegistry.default()
    ref = reg.resolve("Sharif", "2025-03-14")
    assert ref is not None and ref.country == "PAK"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The deal between Modi and Sharif was signed on Monday.", ("IND", "PAK", "05", "asserted")),
        ("India tightened visa rules for Pakistani citizens.", ("IND", "PAK", "17", "asserted")),
        ("China imposed export curbs on Japan.", ("CHN", "JPN", "16", "asserted")),
        ("Japan eased export curbs on South Korea.", ("JPN", "KOR", "08", "asserted")),
        ("Kenya recalled its high commissioner from Uganda.", ("KEN", "UGA", "16", "asserted")),
        ("Britain summoned Ghana's high commissioner.", ("GBR", "GHA", "11", "asserted")),
        ("Kenya is going to have to hold talks with Uganda.", ("KEN", "UGA", "04", "possible")),
        ("Kenya's president is heading to Kampala to sign a trade deal with Uganda.",
         ("KEN", "UGA", "05", "possible")),
    ],
)  # fmt: skip
def test_leftover_classes(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    got = root_events(extract(text, date="2025-03-14"))
    assert key in got, got


def test_trade_union_rules_no_sanction(extract: Extract) -> None:
    """ "Rules on trade unions" are no export curbs."""
    got = root_events(extract("The government tightened rules on trade unions."))
    assert not any(r == "16" for _, _, r, _ in got), got
