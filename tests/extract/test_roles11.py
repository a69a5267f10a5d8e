"""Generic role nouns and things as parties (issue 9 round 11, class G) and the addressee of
"told" as the target of a refusal (class Y): minimal sentences through the real pipeline; the
suite crosses each with states and phrasings (phenomena_roles11.py)."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, triples

from realpolitik.extract.parties import generic


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        # a product bought is no party; with a demonym, its maker's state
        ("Hanoi agreed to buy 20 Airbus jets.", ("VNM", "", "031"), ("VNM", "VNMMIL", "031")),
        (
            "Vietnam agreed to buy American fighter jets.",
            ("VNM", "USA", "031"),
            ("VNM", "USAMIL", "031"),
        ),
        # banks and workers of no state are no state's, least of all the other party's
        (
            "The banks froze Iranian assets, the German finance ministry said.",
            ("---BUS", "IRN", "163"),
            ("IRNBUS", "IRN", "163"),
        ),
        (
            "Poland's president said the workers could stay and train Germans.",
            ("---LAB", "DEU", "062"),
            ("DEULAB", "DEU", "062"),
        ),
        # a force one joins is a mission, not the military of the state it serves (joining it
        # is military cooperation, 062, planned: 031, lexicon66)
        (
            "Brazil said it was not planning to join the new force in Haiti.",
            ("BRA", "---MIL", "031"),
            ("BRA", "HTIMIL", "031"),
        ),
        # a refusal told to someone, whose object is no actor, is aimed at the listener
        (
            "Jordan's king told Syria's president that Amman would not accept any meddling.",
            ("JOR", "SYRGOV", "120"),
            ("JOR", "", "120"),
        ),
        (
            "France told Mali that it would not accept further delays.",
            ("FRA", "MLI", "120"),
            ("FRA", "", "120"),
        ),
    ],
)
def test_party_read_not(
    extract: Extract, text: str, want: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    got = triples(extract(text))
    assert want in got, got
    assert wrong not in got, got


def test_region_banks_are_no_party(extract: Extract) -> None:
    got = triples(extract("European banks froze Russian assets."))
    assert not {t for t in got if t[0].startswith("EUR")}, got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Japanese banks refused to lend to Russia.", ("JPNBUS", "RUS", "1221")),
        ("Investors in Chile sued Argentina.", ("CHLBUS", "ARG", "115")),
        ("Mexican workers protested against the US embassy.", ("MEXLAB", "USAGOV", "140")),
        ("Turkey shot down two Russian jets.", ("TUR", "RUSMIL", "195")),
    ],
)
def test_named_sector_parties_stay(extract: Extract, text: str, kept: tuple[str, str, str]) -> None:
    """The controls: demonym + sector, a firm's own place, a weapon hit (not traded)."""
    assert kept in triples(extract(text))


def test_is_product(nlp: Any) -> None:
    doc = nlp("Egypt ordered 12 jets and two drones, and its jets struck a convoy.")
    assert generic.is_product(doc[3]) and generic.is_product(doc[6])
    assert not generic.is_product(doc[11])  # the subject of a strike is an actor
    assert not generic.is_product(doc[0])


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        ("Hanoi wants Chinese ships to leave its waters.", ("VNM", "CHN", "020")),
        ("India wants Pakistan to stop supporting militants.", ("IND", "PAK", "020")),
        ("Germany wanted Poland to send tanks.", None),  # no yielding act: no appeal read
        ("Poland wants to join the euro.", None),  # its own wish
    ],
)
def test_wants_x_to_yield_is_an_appeal(
    extract: Extract, text: str, appeal: tuple[str, str, str] | None
) -> None:
    got = triples(extract(text))
    if appeal is None:
        assert not {t for t in got if t[2].startswith("02")}, got
    else:
        assert appeal in got, got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Erdogan ordered the military to prepare an operation in Syria.", None),
        ("Netanyahu ordered the army to pull out of Gaza.", None),
        ("Kenya ordered Somalia's ambassador to leave.", ("KEN", "SOMGOV", "161")),  # control
    ],
)
def test_order_to_own_forces_is_no_demand(
    extract: Extract, text: str, kept: tuple[str, str, str] | None
) -> None:
    got = triples(extract(text))
    if kept is None:
        assert not {t for t in got if t[2].startswith("10")}, got
    else:
        assert kept in got, got
