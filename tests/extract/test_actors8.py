"""Actor classes of issue 9 section 1 (actors8): a venue is no party ("talks in Doha", "at a
meeting in Brussels", "an exchange carried out in Turkey's capital"); a vehicle hit with no
owner named is not the doer's own state's; an unplaced actor's own location phrase places it
("soldiers in Niger", "Pakistan-based militants"); groups of no single state give no country;
leaders of 2024-2026 resolve by the article's date. The suite crosses the same classes with
many states (phenomena_actors8.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2])
        for e in ex.events
        if e.factuality != "negated"
    }


def _codes(registry: ActorRegistry, text: str, date: str = "2024-06-20") -> list[str]:
    return [m.ref.code for m in registry.find_mentions(text, date)]


# -- (a) a venue is no party -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "venue", "root"),
    [
        ("India condemned the attack at a meeting in Brussels on Monday.", "IND", "BEL", "11"),
        ("Germany pledged more aid at a conference in Paris on Monday.", "DEU", "FRA", "03"),
        ("Kenya signed an agreement at a ceremony in Beijing on Monday.", "KEN", "CHN", "05"),
        ("Brazil criticized the plan at a summit in Jakarta.", "BRA", "IDN", "11"),
        ("Japan pledged support at a forum in Turkey's capital.", "JPN", "TUR", "03"),
        ("India condemned the attack at the Brussels meeting on Monday.", "IND", "BEL", "11"),
        ("Germany pledged more aid at the Paris conference.", "DEU", "FRA", "03"),
        ("Russia freed 24 prisoners in the Ankara exchange.", "RUS", "TUR", "08"),
        ("Russia criticized the plan at the Ottawa meeting.", "RUS", "CAN", "11"),
    ],
)
def test_the_place_of_a_gathering_is_no_target(
    extract: Extract, text: str, source: str, venue: str, root: str
) -> None:
    got = _events(extract(text))
    assert any(e[0] == source and e[2] == root for e in got), got
    assert not {e for e in got if venue in e[:2]}, got


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Secretary of State Antony Blinken held talks in Doha on Tuesday.", "QAT"),
        ("Kenyan President William Ruto met in Turkey's capital on Monday.", "TUR"),
        ("Chinese Foreign Minister Wang Yi held talks in Cairo.", "EGY"),
    ],
)
def test_a_meeting_place_is_no_counterpart(extract: Extract, text: str, venue: str) -> None:
    got = _events(extract(text))
    assert not {e for e in got if venue in e[:2]}, got


@pytest.mark.parametrize(
    ("text", "source", "host"),
    [
        (
            "Secretary of State Antony Blinken met his counterpart in Ankara on Monday.",
            "USA",
            "TUR",
        ),
        (
            "Chinese Foreign Minister Wang Yi held talks with his counterpart in Cairo.",
            "CHN",
            "EGY",
        ),
        ("India's defence minister met his hosts in Tokyo.", "IND", "JPN"),
    ],
)
def test_a_counterpart_named_through_the_place_is_met(
    extract: Extract, text: str, source: str, host: str
) -> None:
    assert (source, host, "04") in _events(extract(text))


def test_the_venue_places_no_unplaced_party(extract: Extract) -> None:
    """ "freeing 24 people in an exchange carried out in Turkey's capital": the people freed
    are not Turkey's."""
    text = (
        "Russia completed a prisoner swap on Thursday, freeing 24 people in an exchange "
        "carried out in Turkey's capital."
    )
    got = _events(extract(text))
    assert not {e for e in got if "TUR" in e[:2]}, got


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Kenya and Somalia held talks in Doha on Tuesday.", "KEN", "SOM", "04"),
        ("A summit in Jakarta between Kenya and Somalia ended on Tuesday.", "SOM", "KEN", "04"),
        ("Israel carried out air strikes in Lebanon on Monday.", "ISR", "LBN", "19"),
        ("Russia opened an embassy in Pyongyang.", "RUS", "PRK", ""),
        ("Russia criticized the Iran talks.", "RUS", "IRN", "11"),
        ("Algeria praised Jordan at the Moscow meeting on Monday.", "DZA", "JOR", "05"),
        ("India condemned Lebanon at the Beijing summit on Friday.", "IND", "LBN", "11"),
    ],
)
def test_parties_and_places_of_acts_stay(
    extract: Extract, text: str, source: str, target: str, root: str
) -> None:
    got = _events(extract(text))
    assert any(e[:2] == (source, target) and e[2].startswith(root) for e in got), got


# -- (b) a vehicle hit with no owner named --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "root"),
    [
        ("A Houthi missile hit a tanker in the Red Sea on Monday.", "YEM", "19"),
        ("Russian forces attacked a convoy near Kharkiv on Monday.", "RUS", "19"),
        ("Iranian forces seized a tanker in the Gulf on Monday.", "IRN", "17"),
        ("Sudanese troops attacked a supply convoy on Sunday.", "SDN", "19"),
        ("Nigerian soldiers fired on a truck on Sunday.", "NGA", "19"),
        ("A tanker was hit by a Houthi missile in the Red Sea on Monday.", "YEM", "19"),
        ("Houthi rebels launched a drone attack on a cargo ship in the Red Sea.", "YEM", "19"),
        ("A convoy was attacked by Malian troops near Gao.", "MLI", "19"),
    ],
)
def test_a_vehicle_with_no_owner_is_not_the_doers(
    extract: Extract, text: str, source: str, root: str
) -> None:
    got = _events(extract(text))
    assert (source, "", root) in got, got
    assert (source, source, root) not in got, got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Houthi rebels attacked a Greek tanker in the Red Sea.", "YEM", "GRC"),
        ("Houthi rebels seized a ship carrying Ukrainian grain.", "YEM", "UKR"),
        ("Iran seized a Liberian-flagged tanker in the Gulf of Oman.", "IRN", "LBR"),
        ("Sudanese police arrested 12 demonstrators on Monday.", "SDN", "SDN"),
    ],
)
def test_named_owners_and_domestic_acts_keep_their_target(
    extract: Extract, text: str, source: str, target: str
) -> None:
    assert any(e[:2] == (source, target) for e in _events(extract(text)))


# -- (c) an unplaced actor's own location ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pakistan-based militants", "PAKREB"),
        ("Syria-based fighters", "SYRREB"),
        ("Gaza-based militants", "PSEREB"),
        ("the Damascus-based opposition", "SYROPP"),
    ],
)
def test_based_places_the_unplaced(registry: ActorRegistry, text: str, code: str) -> None:
    assert _codes(registry, text) == [code]


@pytest.mark.parametrize("text", ["Iran-backed militants", "Russian-trained fighters"])
def test_a_backer_places_no_one(registry: ActorRegistry, text: str) -> None:
    assert [c for c in _codes(registry, text) if not c.startswith("---")] == []


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Soldiers in Niger said on national television that they had closed the country's "
            "borders.",
            "NER",
            "NER",
        ),
        ("Soldiers in Mali said they had attacked Algerian troops.", "MLI", "DZA"),
        ("Pakistan-based militants attacked Indian soldiers on Sunday.", "PAK", "IND"),
        ("Militants based in Afghanistan attacked Pakistani soldiers.", "AFG", "PAK"),
        ("French soldiers in Niger attacked the rebels on Monday.", "FRA", "NER"),
        ("American troops stationed in Iraq were attacked by militants.", "IRQ", "USA"),
    ],
)
def test_location_places_only_the_unplaced(
    extract: Extract, text: str, source: str, target: str
) -> None:
    got = _events(extract(text))
    assert any(e[:2] == (source, target) for e in got), got


# -- (d) groups of no single state -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The international community condemned Kenya on Monday.",
        "World powers urged Iran to return to talks.",
        "The P5 urged North Korea to halt its tests.",
        "Major powers condemned Ethiopia's move.",
    ],
)
def test_groups_of_no_state_give_no_source(extract: Extract, text: str) -> None:
    assert _events(extract(text)) == set()


# -- (e) leaders by the article's date -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("King Abdullah", "2010-06-01", "SAUGOV"),
        ("King Abdullah", "2025-06-01", "JORGOV"),
        ("Nicusor Dan", "2025-07-01", "ROUGOV"),
        ("Klaus Iohannis", "2024-06-01", "ROUGOV"),
        ("Pope Leo XIV", "2025-07-01", "VATGOV"),
        ("Pope Francis", "2024-06-01", "VATGOV"),
        ("Christian Stocker", "2025-06-01", "AUTGOV"),
        ("Santiago Pena", "2025-01-01", "PRYGOV"),
        ("Dina Boluarte", "2025-01-01", "PERGOV"),
        ("Hassan Sheikh Mohamud", "2025-01-01", "SOMGOV"),
        ("Ararat Mirzoyan", "2025-01-01", "ARMGOV"),
        ("Jeyhun Bayramov", "2025-01-01", "AZEGOV"),
        ("Simon Harris", "2024-06-01", "IRLGOV"),
        ("Michel Menassa", "2025-06-01", "LBNGOVMIL"),
        ("Suren Papikyan", "2025-01-01", "ARMGOVMIL"),
        ("Vladimir Padrino Lopez", "2025-01-01", "VENGOVMIL"),
        ("Youssef Rajji", "2025-06-01", "LBNGOV"),
    ],
)
def test_office_holders_of_2024_to_2026(
    registry: ActorRegistry, name: str, date: str, code: str
) -> None:
    ref = registry.resolve(name, date)
    assert ref is not None and ref.code == code, ref


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Luis Arce", "2026-01-01", "BOLELI"),
        ("Dina Boluarte", "2026-01-01", "PERELI"),
        ("Pope Francis", "2025-06-01", "VATELI"),
    ],
)
def test_out_of_office_after_their_term(
    registry: ActorRegistry, name: str, date: str, code: str
) -> None:
    ref = registry.resolve(name, date)
    assert ref is not None and ref.code == code, ref
