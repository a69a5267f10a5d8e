"""Invariants of the country registry that every loader's country map depends on: each ISO3,
ISO2, name and alias leads back to its own state, COW numbers follow the state system by year,
names fold case, accents and a leading 'the', and CAMEO's own spellings map both ways."""

from __future__ import annotations

import pytest

from realpolitik.actors import countries
from realpolitik.actors.countries import (
    all_countries,
    cameo_code,
    from_cow,
    from_iso2,
    get,
    normalize_name,
    successor,
    to_iso3,
)

ALL = all_countries()


def test_codes_are_unique_and_lead_back_to_their_state() -> None:
    assert len(ALL) > 190
    assert len({c.iso3 for c in ALL}) == len(ALL)
    iso2 = [c.iso2 for c in ALL if c.iso2]
    assert len(iso2) == len(set(iso2)) and len(iso2) > 190
    for c in ALL:
        assert len(c.iso3) == 3 and c.iso3.isupper() and c.name, c
        assert get(c.iso3) == c and to_iso3(c.iso3) == c.iso3
        if c.iso2:
            assert from_iso2(c.iso2) == c.iso3 and to_iso3(c.iso2) == c.iso3
        if c.start_year is not None and c.end_year is not None:
            assert c.start_year <= c.end_year, c.iso3


def test_every_name_and_alias_resolves_to_its_own_state() -> None:
    names = [(n, c.iso3) for c in ALL for n in (c.name, c.un_name, *c.aliases) if n]
    assert len(names) > 1000
    wrong = [(n, iso3, to_iso3(n)) for n, iso3 in names if to_iso3(n) != iso3]
    assert wrong == []
    folded = [(n.upper() + " ", iso3) for n, iso3 in names if not n.isupper()]
    assert [(n, i) for n, i in folded if to_iso3(n.lower()) != i] == []  # case and spaces


@pytest.mark.parametrize(
    ("ccode", "year", "iso3"),
    [
        (365, 1950, "SUN"), (365, 2000, "RUS"), (365, None, "RUS"),
        (260, 1980, "DEU"), (255, 2000, "DEU"), (265, 1980, "DDR"),
        (816, 2000, "VNM"), (817, 1965, "RVN"), ("2", None, "USA"), ("2.0", 1990, "USA"),
        (99999, None, None), ("x", None, None),
    ],
)  # fmt: skip
def test_cow_numbers_follow_the_state_system(ccode: int | str, year: int | None,
                                             iso3: str | None) -> None:  # fmt: skip
    assert from_cow(ccode, year) == iso3


def test_cow_numbers_through_to_iso3() -> None:
    assert to_iso3(365, 1985) == "SUN" and to_iso3("365", 1995) == "RUS"
    assert to_iso3(" ") is None and to_iso3("") is None


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("The Gambia", "gambia"), ("Côte d’Ivoire", "cote d'ivoire"), ("U.S.", "us"),
        ("Trinidad & Tobago", "trinidad and tobago"), ("  São   Tomé ", "sao tome"),
        ("TÜRKİYE", "turkiye"), ("Korea*", "korea"), ("theocracy", "theocracy"),
    ],
)  # fmt: skip
def test_names_fold_to_one_key(text: str, folded: str) -> None:
    assert normalize_name(text) == folded


def test_spellings_meet_and_inversions_are_understood() -> None:
    assert to_iso3("Côte d'Ivoire") == to_iso3("cote d’ivoire") == "CIV"
    assert to_iso3("Korea, North") == to_iso3("North Korea") == "PRK"
    assert to_iso3("Gambia, The") == to_iso3("the Gambia") == "GMB"
    assert to_iso3("usa") == "USA"  # a name, folded; but a lower-case code is not a code
    assert to_iso3("in") is None and to_iso3("IN") == "IND"
    assert to_iso3("Atlantis") is None


def test_cameo_spellings_and_successors() -> None:
    assert cameo_code("XKX") == "KSV" and cameo_code("TLS") == "TMP"
    assert cameo_code("FRA") == "FRA"
    assert get("KSV") == get("XKX") and to_iso3("KSV") == "XKX"
    assert get("ksv") == get("XKX")  # get is for codes the program holds: any case
    assert successor("SUN") == "RUS" and successor("RUS") == "RUS"
    assert countries.name("SUN") and countries.name("ZZZ") == "ZZZ"
