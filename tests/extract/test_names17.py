"""names17 (issue 9, fresh8's SN and A): a state's name with "and" and a saint's title inside it is
one mention in every spelling copy writes ("St Vincent", "Saint Vincent", "St. Vincent"); a bare
"the ministry" after the accuser's sentence is the accuser's."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import country_triples

from realpolitik.actors import ActorRegistry, countries
from realpolitik.extract import extract_document
from realpolitik.models import Document


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("St Vincent and the Grenadines signed", "VCT"),
        ("Saint Vincent and the Grenadines signed", "VCT"),
        ("St. Vincent and the Grenadines signed", "VCT"),
        ("St Lucia signed", "LCA"),
        ("Saint Kitts and Nevis signed", "KNA"),
    ],
)
def test_a_saint_name_is_one_mention(registry: ActorRegistry, text: str, code: str) -> None:
    found = registry.find_mentions(text)
    assert [m.ref.code for m in found] == [code]


def test_saint_spellings_are_name_forms() -> None:
    forms = countries.get("VCT").name_forms  # type: ignore[union-attr]
    assert "St Vincent and the Grenadines" in forms
    assert countries.to_iso3("Saint Lucia") == "LCA"
    assert countries.to_iso3("St Lucia") == "LCA"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Jamaica and St Vincent and the Grenadines signed a fisheries accord on Monday.",
            {("JAM", "VCT"), ("VCT", "JAM")},
        ),
        (
            "Dominica and St Lucia signed a memorandum of understanding on ferry services.",
            {("DMA", "LCA"), ("LCA", "DMA")},
        ),
    ],
)
def test_and_name_in_a_coordination(nlp: Any, text: str, want: set[tuple[str, str]]) -> None:
    ex = extract_document(Document("t", text, "test", date="2025-06-20"), nlp=nlp)
    assert {(s, t) for s, t, _ in country_triples(ex)} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # A: the story's doer's ministry; its act with no target named is not domestic
            "Peru accused Chile's navy of harassing Peruvian fishermen. The ministry demanded "
            "compensation.",
            {("PER", "CHL")},  # (the demand names no one: the story's other state, parties29)
        ),
        (  # A: "it" and "the ministry" are the accuser's, not Budapest's
            "Serbia's interior ministry accused Hungarian police of beating two Serbian drivers. "
            "The ministry said it had sent a formal note to Budapest.",
            {("SRB", "HUN"), ("HUN", "SRB")},  # (and the accused beating, reported: lex19 AC)
        ),
    ],
)
def test_bare_ministry_is_the_story_doers(nlp: Any, text: str, want: set[tuple[str, str]]) -> None:
    ex = extract_document(Document("t", text, "test", date="2025-06-20"), nlp=nlp)
    assert {(s, t) for s, t, _ in country_triples(ex)} == want


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Uganda accused Kenyan police of beating two Ugandan traders. Kenya's interior "
            "ministry denied the charge and said the traders were arrested for smuggling.",
            "KEN",
        ),
        (
            "Vietnam accused Moroccan police of beating two Vietnamese traders. Morocco's "
            "interior ministry denied the charge and said the two traders had been arrested "
            "for smuggling.",
            "MAR",
        ),
    ],
)
def test_agentless_arrest_takes_no_state_from_its_reporter(
    nlp: Any, text: str, speaker: str
) -> None:
    """AP: the arrest has no named arrester; the speaker of "denied ... and said" reports it,
    so the traders are not its nationals (its denial stays its own act)."""
    ex = extract_document(Document("t", text, "test", date="2025-06-20"), nlp=nlp)
    arrests = {(s, t) for s, t, code in country_triples(ex) if code and code.startswith("17")}
    assert arrests and all(t != speaker for _, t in arrests), arrests
    assert all(s == "---" for s, _ in arrests)
    assert any(code == "016" for _, _, code in country_triples(ex))


def test_dateline_ministry_after_another_states_act_is_no_ones(nlp: Any) -> None:
    """A: filed from Tehran after a Saudi arrest, "the ministry ... it" may be either state's:
    of none, and never the addressee's own (USA -> USA)."""
    text = (
        "TEHRAN, March 3 (Wire) - Saudi police arrested two Iranian traders on Monday. The "
        "ministry said it had asked the United States to mediate."
    )
    ex = extract_document(Document("t", text, "test", date="2025-06-20"), nlp=nlp)
    appeals = {(s, t) for s, t, code in country_triples(ex) if code and code.startswith("02")}
    assert appeals == {("---", "USA")}
