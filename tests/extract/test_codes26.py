"""CAMEO codebook conformance (codes26) on minimal sentences with several states: proposals
and wishes as appeals (02), disapproval (11) and reduced relations (16) phrasings, and the means
that make violence unconventional (18) rather than military (19). The suite's tables:
``phenomena_codes26.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired, word

from realpolitik.extract._violence_means import bombing_code


@pytest.mark.parametrize(
    ("text", "verb", "code"),
    [
        ("Kenyan villagers were attacked by Somali militiamen armed with machetes.", "attacked",
         "180"),
        ("Indian villagers were attacked by Afghan militiamen armed with machetes.", "attacked",
         "180"),
        ("Three Kenyan soldiers were killed in a terrorist attack.", "killed", "180"),
        ("Five Chinese engineers were killed when a suicide bomber rammed an explosives-laden car "
         "into their convoy.", "killed", "1831"),
        ("Three Kenyan soldiers were killed when Somali warplanes bombed a Kenyan base.", "killed",
         "190"),
        ("Somali troops killed three Kenyan soldiers.", "killed", "190"),
    ],
)  # fmt: skip
def test_means_of_violence(nlp: Any, text: str, verb: str, code: str) -> None:
    assert bombing_code("190", word(repaired(nlp, text), verb)) == code


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kenya proposed a ceasefire to Ethiopia.", {("KEN", "ETH", "025", "asserted")}),
        ("Chile proposed talks with Bolivia.", {("CHL", "BOL", "036", "asserted")}),
        ("Peru would like Chile to extradite the suspects.", {("PER", "CHL", "021", "asserted")}),
        ("Japan lobbied Brazil to back its candidacy.", {("JPN", "BRA", "022", "asserted")}),
        ("Japan lobbied against Brazil at the summit.", {("JPN", "BRA", "113", "asserted")}),
        ("Kenya found fault with Uganda's proposal.", {("KEN", "UGA", "111", "asserted")}),
        ("Kenya pointed the finger at Uganda over the attack.",
         {("KEN", "UGA", "112", "asserted")}),
        ("Kenya labelled Uganda's vote a sham.", {("KEN", "UGA", "111", "asserted")}),
        ("Kenya described Uganda's election as a farce.", {("KEN", "UGA", "111", "asserted")}),
        ("Kenya postponed the visit to Uganda.", {("KEN", "UGA", "161", "asserted")}),
        ("Kenya withdrew Uganda's diplomatic accreditation.",
         {("KEN", "UGA", "161", "asserted")}),
        ("Kenya hit Ugandan goods with tariffs.", {("KEN", "UGA", "163", "asserted")}),
        ("Somali militants bombed the Kenyan embassy.", {("SOM", "KEN", "183", "asserted")}),
        ("Somali warplanes bombed Kenyan positions.", {("SOM", "KEN", "195", "asserted")}),
    ],
)  # fmt: skip
def test_codebook_classes(extract: Extract, text: str, want: set[tuple[str, ...]]) -> None:
    assert code_events(extract(text)) == want
