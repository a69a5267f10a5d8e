"""Disapproval (CAMEO 11), reduced relations (16) and announced punishment (13) as classes
(issue 9): phrasings from the codebook definitions, the origin of sanctioned goods as the
target, a reported "would pay a price" as the speaker's threat, and participles of seizure that
the parser reads as the main verb. Each class is crossed with every construction in the
phenomenon suite too (phenomena_tables.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import country_triples

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def roots(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in country_triples(ex)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Poland criticised Belarus over the migrants.", ("POL", "BLR", "11")),
        ("Cuba chastised Mexico over the vote.", ("CUB", "MEX", "11")),
        ("Turkey voiced anger at Greece's decision.", ("TUR", "GRC", "11")),
        ("Spain expressed regret over Morocco's decision.", ("ESP", "MAR", "11")),
        ("The Philippines took aim at China over the incident.", ("PHL", "CHN", "11")),
        ("Russia pulled out of the grain deal with Ukraine.", ("RUS", "UKR", "16")),
        ("Niger tore up its security pact with Benin.", ("NER", "BEN", "16")),
        ("Beijing restricted exports of gallium to Japan.", ("CHN", "JPN", "16")),
        ("Hungary blocked imports of Ukrainian grain.", ("HUN", "UKR", "16")),
        ("Kenya reduced its diplomatic presence in Burundi.", ("KEN", "BDI", "16")),
        ("Turkey imposed duties on cars manufactured in Germany.", ("TUR", "DEU", "16")),
        ("Norway ended its military cooperation with Russia.", ("NOR", "RUS", "16")),  # no 06
        ("Iran said Israel would face severe consequences.", ("IRN", "ISR", "13")),
        ("China said Taiwan would pay a heavy price for the visit.", ("CHN", "TWN", "13")),
        ("Morocco released detained Kenyan sailors on Friday.", ("MAR", "KEN", "08")),
    ],
)
def test_class(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    assert roots(extract(text)) == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a pledge or appeal conjoined with an act of the same doer is aimed where that act is
        (
            "Britain signed a security agreement with Ukraine and pledged military aid.",
            {("GBR", "UKR", "05"), ("GBR", "UKR", "03")},
        ),
        (
            "Japan met South Korea and called for closer cooperation.",
            {("JPN", "KOR", "04"), ("JPN", "KOR", "02")},
        ),
    ],
)
def test_conjoined_aim(extract: Extract, text: str, want: set[tuple[str, str, str]]) -> None:
    assert roots(extract(text)) == want


@pytest.mark.parametrize(
    "text",
    [
        "India said Pakistan would not pay any price.",  # a negated penalty threatens no one
        "The minister said the economy would pay a price.",  # no party is threatened
    ],
)
def test_no_threat(extract: Extract, text: str) -> None:
    assert not {r for r in roots(extract(text)) if r[2] == "13"}


def test_regret_for_own_act_is_no_criticism(extract: Extract) -> None:
    assert not {
        r for r in roots(extract("Japan expressed regret for the accident.")) if r[2] == "11"
    }
