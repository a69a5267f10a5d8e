"""Targets named by a pronoun or a description, the state an earlier sentence named (issue 9,
xsent7): an object "it" that is not its clause's doer, "its neighbour", "the kingdom", "the
island nation", "the two sides", "the South" of a Korea story. Where the description fits two
states, or only the doer, there is no target rather than a wrong one. Sentences are the
project's own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import country_triples

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def roots(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(s, t, (c or "")[:2]) for s, t, c in country_triples(ex)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # an object "it": not the clause's own doer, the state named before it
        ("Peru recalled its ambassador from Chile last week. On Monday, Lima accused it of "
         "meddling.", ("PER", "CHL", "11")),
        ("Kenya cut trade ties with Uganda on Friday. In response, Nairobi imposed sanctions "
         "on it.", ("KEN", "UGA", "16")),
        ("Talks between Egypt and Poland collapsed on Monday. Ankara accused it of bad faith.",
         ("TUR", "POL", "11")),
        ("Chad walked out of the talks. Niger criticized it sharply.", ("NER", "TCD", "11")),
        # relation nouns with an owner: the one other state of the last sentences
        ("Poland accused Turkey of espionage. Ankara criticized its neighbour.",
         ("TUR", "POL", "11")),
        ("Vietnam expelled Thai diplomats on Monday. Thailand imposed sanctions on its rival.",
         ("THA", "VNM", "16")),
        ("Talks between Russia and Belarus collapsed. Kyiv accused Moscow's ally of lying.",
         ("UKR", "BLR", "11")),
        # class descriptions: the one state of the class named
        ("Egypt sent envoys to Jordan. Turkey praised the kingdom.", ("TUR", "JOR", "05")),
        ("Spain held talks with Morocco. Madrid praised the kingdom.", ("ESP", "MAR", "05")),
        ("Brazil signed a trade deal with Sri Lanka. Chile urged the island nation to release "
         "the prisoners.", ("CHL", "LKA", "02")),
        # "the two sides": the last two states named other than the doer
        ("India and Pakistan exchanged fire, China's foreign ministry said. Beijing urged the "
         "two sides to show restraint.", ("CHN", "IND", "02")),
        ("India and Pakistan exchanged fire, China's foreign ministry said. Beijing urged the "
         "two sides to show restraint.", ("CHN", "PAK", "02")),
        # "the South" / "the North" of a story that names a Korea
        ("North Korea fired two missiles on Monday. Kim Yo Jong warned that the South would "
         "pay a horrible price.", ("PRK", "KOR", "13")),
        ("South Korea held military drills. Japan urged the North to return to talks.",
         ("JPN", "PRK", "02")),
        ("Seoul held drills with Washington. Pyongyang accused the South of rehearsing an "
         "invasion.", ("PRK", "KOR", "11")),
    ],
)  # fmt: skip
def test_described_target(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    got = roots(extract(text))
    assert want in got, got
    source = want[0]
    assert (source, source, want[2]) not in got, got  # never the doer's own state


@pytest.mark.parametrize(
    ("text", "source", "root", "wrong"),
    [
        # two kingdoms named: "the kingdom" is either
        ("Egypt sent envoys to Jordan and Morocco. Turkey praised the kingdom.", "TUR", "05",
         {"JOR", "MAR"}),
        # "it" is the deal, not a state
        ("Peru signed the deal with Bolivia on Monday. Chile praised it.", "CHL", "05",
         {"PER", "BOL", "CHL"}),
        # two other states in the last sentences: "its ally" is either
        ("China and the Philippines clashed at sea. Japan criticized its rival.", "JPN", "11",
         {"CHN", "PHL", "JPN"}),
        # Korea and Sudan both named: "the South" follows no single convention
        ("North Korea and Sudan held talks. Japan criticized the South.", "JPN", "11",
         {"KOR", "SSD", "JPN"}),
        # "the Global South" and "the south" are no Korea
        ("North Korea fired missiles. Brazil praised the Global South.", "BRA", "05",
         {"KOR"}),
        ("South Korea held drills. Japan sent aid to the south of the country.", "JPN", "07",
         {"KOR"}),
    ],
)  # fmt: skip
def test_no_target_rather_than_a_wrong_one(
    extract: Extract, text: str, source: str, root: str, wrong: set[str]
) -> None:
    got = roots(extract(text))
    assert not {t for s, t, r in got if s == source and r == root} & wrong, got


def test_two_sides_named_before_the_doer(extract: Extract) -> None:
    """The doer named last is skipped, the pair before it kept: both get the appeal."""
    got = roots(
        extract(
            "Armenia and Azerbaijan clashed at the border. Russia called on both sides to halt the fighting."
        )
    )
    assert {("RUS", "ARM", "02"), ("RUS", "AZE", "02")} <= got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Armenia and Azerbaijan signed a peace agreement on Friday. Qatar brokered the deal.",
         {("QAT", "ARM", "04"), ("QAT", "AZE", "04")}),
        ("Ethiopia and Eritrea agreed to a ceasefire on Monday. Kenya mediated the truce.",
         {("KEN", "ETH", "04"), ("KEN", "ERI", "04")}),
    ],
)  # fmt: skip
def test_mediated_deal_of_an_earlier_sentence(
    extract: Extract, text: str, want: set[tuple[str, str, str]]
) -> None:
    got = roots(extract(text))
    assert want <= got, got


def test_mediation_without_an_earlier_agreement_has_no_target(extract: Extract) -> None:
    """Only an act of agreement is what "the deal" was: a clash before it is not."""
    got = roots(extract("Armenia and Azerbaijan clashed at the border. Qatar brokered the deal."))
    assert ("QAT", "", "04") in got, got
    assert not {t for s, t, r in got if s == "QAT" and r == "04"} - {""}, got
