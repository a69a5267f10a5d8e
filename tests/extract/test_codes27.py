"""CAMEO codebook conformance (codes27) on minimal sentences: the full codes (the suite scores
roots) of the rows that codes27 added for roots 05-20: rallying support (053), remorse (055),
intelligence exchange (064), returns, eased sanctions and a lifted blockade (084, 0841, 085, 0872), a show of force (150),
seizure of property (171), repression (175), assaults on positions and blocked missions (190,
191) and mass killing (202). The suite's tables: ``phenomena_codes27.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia rallied support for Iran at the United Nations.",
         {("RUS", "IRN", "053", "asserted")}),
        ("Japan expressed remorse to South Korea.", {("JPN", "KOR", "055", "asserted")}),
        ("North Korea vowed support for Russia.", {("PRK", "RUS", "051", "asserted")}),
        ("Chile and Peru exchanged intelligence on the smugglers.",
         {("CHL", "PER", "064", "asserted"), ("PER", "CHL", "064", "asserted")}),
        ("Kenya repatriated Ugandan prisoners.", {("KEN", "UGA", "0841", "asserted")}),
        ("Kenya handed back the seized Ugandan boats.", {("KEN", "UGA", "084", "asserted")}),
        ("Kenya unfroze Ugandan assets.", {("KEN", "UGA", "085", "asserted")}),
        ("The United States eased sanctions on Iran.", {("USA", "IRN", "085", "asserted")}),
        ("Ethiopia lifted its blockade of Eritrea.", {("ETH", "ERI", "0872", "asserted")}),
        ("China staged a show of force near Taiwan.", {("CHN", "TWN", "150", "asserted")}),
        ("Iran captured an American drone.", {("IRN", "USA", "171", "asserted")}),
        ("Israeli police beat Palestinian protesters.", {("ISR", "PSE", "175", "asserted")}),
        ("Russian troops stormed Ukrainian positions.", {("RUS", "UKR", "190", "asserted")}),
        ("China's coast guard blocked a Philippine resupply mission.",
         {("CHN", "PHL", "191", "asserted")}),
        ("Serbian troops committed genocide against Bosnians.",
         {("SRB", "BIH", "202", "asserted")}),
    ],
)  # fmt: skip
def test_codebook_classes(extract: Extract, text: str, want: set[tuple[str, ...]]) -> None:
    assert code_events(extract(text)) == want


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kenyans rallied outside the Ugandan embassy.",
        "Russian forces captured the Ukrainian town of Avdiivka.",
    ],
)
def test_neighbours_keep_their_codes(extract: Extract, text: str) -> None:
    """The crowd's rally stays a demonstration (141) and a captured town an occupation (192)."""
    roots = {c[2][:2] for c in code_events(extract(text))}
    assert roots == ({"14"} if "rallied" in text else {"19"})


def test_committed_atrocities_is_no_intent(extract: Extract) -> None:
    """ "committed atrocities" names a crime, never the intent (03) of "commit"."""
    got = code_events(extract("Ugandan troops committed atrocities in the border villages."))
    assert not any(c[2].startswith("03") for c in got)
