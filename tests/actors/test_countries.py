"""The country registry resolves codes and names of states, current and historical."""

from __future__ import annotations

import pytest

from realpolitik.actors import countries


@pytest.mark.parametrize(
    "text",
    ["DPRK", "North Korea", "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "KP", "731", "D.P.R.K.",
     "Korea, North", "PRK", "north korea"],
)  # fmt: skip
def test_north_korea_spellings(text: str) -> None:
    assert countries.to_iso3(text) == "PRK"


@pytest.mark.parametrize(
    "text", ["US", "U.S.", "USA", "America", "United States of America", "UNITED STATES", "the US"]
)
def test_united_states_spellings(text: str) -> None:
    assert countries.to_iso3(text) == "USA"


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("UK", "GBR"), ("Britain", "GBR"), ("Great Britain", "GBR"),
        ("UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND", "GBR"),
        ("RUSSIAN FEDERATION", "RUS"), ("VIET NAM", "VNM"), ("Burma", "MMR"),
        ("Ivory Coast", "CIV"), ("Côte d'Ivoire", "CIV"), ("COTE D'IVOIRE", "CIV"),
        ("South Korea", "KOR"), ("ROK", "KOR"), ("Republic of Korea", "KOR"),
        ("USSR", "SUN"), ("Soviet Union", "SUN"), ("Yugoslavia", "YUG"), ("Czechoslovakia", "CSK"),
        ("East Germany", "DDR"), ("GERMANY, FEDERAL REPUBLIC OF", "DEU"),
        ("South Vietnam", "RVN"), ("Zanzibar", "ZAN"), ("Serbia and Montenegro", "SCG"),
        ("Taiwan", "TWN"), ("TÜRKİYE", "TUR"), ("Turkiye", "TUR"),
        ("Congo, The Democratic Republic Of", "COD"), ("São Tomé & Príncipe", "STP"),
        ("Yemen People's Republic", "YMD"), ("DEMOCRATIC YEMEN", "YMD"),
    ],
)  # fmt: skip
def test_names_and_historical_states(text: str, iso3: str) -> None:
    assert countries.to_iso3(text) == iso3


def test_cow_codes_follow_the_state_system() -> None:
    assert countries.from_cow(365) == "RUS"
    assert countries.from_cow(365, 1980) == "SUN"
    assert countries.from_cow(365, 1900) == "RUS"
    assert countries.from_cow(365, 2000) == "RUS"
    assert countries.from_cow(260) == "DEU"
    assert countries.from_cow(255, 1930) == "DEU"
    assert countries.from_cow(265) == "DDR"
    assert countries.from_cow(816) == "VNM"
    assert countries.from_cow(817) == "RVN"
    assert countries.from_cow(345, 1985) == "YUG"
    assert countries.from_cow(345, 2004) == "SCG"
    assert countries.from_cow(345, 2010) == "SRB"
    assert countries.from_cow(315, 1970) == "CSK"
    assert countries.from_cow(316, 2000) == "CZE"
    assert countries.from_cow(731) == "PRK"
    assert countries.to_iso3(365) == "RUS"
    assert countries.from_cow("2.0") == "USA"
    assert countries.from_cow(1) is None


def test_unknown_and_lower_case_codes_are_not_states() -> None:
    assert countries.to_iso3("in") is None
    assert countries.to_iso3("IN") == "IND"
    assert countries.to_iso3("Hamas (Palestine)*") is None
    assert countries.to_iso3("") is None
    assert countries.to_iso3("Atlantis") is None


def test_records_and_names() -> None:
    prk = countries.get("PRK")
    assert prk is not None
    assert prk.iso2 == "KP" and prk.cow == 731
    assert prk.un_name == "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA"
    assert "DPRK" in prk.aliases
    assert countries.name("PRK") == "North Korea"
    assert countries.name("XYZ") == "XYZ"
    assert countries.from_iso2("kp") == "PRK"
    sun = countries.get("SUN")
    assert sun is not None and sun.end_year == 1991
    assert countries.successor("SUN") == "RUS"
    assert countries.successor("PRK") == "PRK"


def test_registry_has_no_duplicate_codes() -> None:
    entries = countries.all_countries()
    codes = [c.iso3 for c in entries]
    assert len(codes) == len(set(codes)) > 240
    iso2 = [c.iso2 for c in entries if c.iso2]
    assert len(iso2) == len(set(iso2))
    un_members = [c for c in entries if c.un_name]
    assert len(un_members) >= 193
