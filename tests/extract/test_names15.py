"""State names written without "the" after "of" and common long forms (issue 9, names15:
fresh7's class SN): "The Republic of Congo" is the Republic of the Congo, "Republic of Sudan"
the Republic of the Sudan, "the Republic of Ireland" Ireland; both in the name table
(``to_iso3``) and in running text. The suite crosses the same with many states
(phenomena_names15.py)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots

from realpolitik.actors.countries import all_countries, to_iso3


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Republic of Congo", "COG"),
        ("the Republic of Congo", "COG"),
        ("Republic of the Congo", "COG"),
        ("Democratic Republic of Congo", "COD"),
        ("Republic of Sudan", "SDN"),
        ("Republic of Gambia", "GMB"),
        ("Republic of Philippines", "PHL"),
        ("Commonwealth of Bahamas", "BHS"),
        ("Kingdom of Netherlands", "NLD"),
        ("Republic of Marshall Islands", "MHL"),
        ("the Republic of Ireland", "IRL"),
        ("Republic of Turkey", "TUR"),
        ("Republic of Macedonia", "MKD"),
        ("Republic of the Maldives", "MDV"),
        ("Federated States of Micronesia", "FSM"),
        ("Kingdom of Morocco", "MAR"),
    ],
)
def test_long_forms_resolve(name: str, iso3: str) -> None:
    assert to_iso3(name) == iso3


def test_every_of_the_form_has_its_short_spelling() -> None:
    """Each "X of the Y" alias of the table is also found as "X of Y"."""
    for c in all_countries():
        for alias in c.aliases:
            if " of the " in alias and not any(ch in alias for ch in "(),"):
                assert to_iso3(alias.replace(" of the ", " of ")) == c.iso3, alias


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Republic of Congo protested to Gabon on Tuesday.", ("COG", "GAB", "11")),
        ("Republic of Congo criticized Gabon on Tuesday.", ("COG", "GAB", "11")),
        ("The Republic of Sudan protested to Chad on Tuesday.", ("SDN", "TCD", "11")),
        ("The Republic of Ireland protested to Britain on Tuesday.", ("IRL", "GBR", "11")),
        ("Gabon criticized the Republic of Congo on Tuesday.", ("GAB", "COG", "11")),
    ],
)
def test_long_forms_in_text(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    assert want in country_roots(extract(text, date="2025-03-01"))


# -- the doer's own capital (PL) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("In Nairobi, the foreign ministry criticized the decision.", "KEN"),
        ("In Tbilisi, the interior ministry denied the report.", "GEO"),
        ("In Lima, officials welcomed the agreement on Monday.", "PER"),
    ],
)  # fmt: skip
def test_a_fronted_scene_is_no_target(extract: Extract, text: str, home: str) -> None:
    got = country_roots(extract(text, date="2025-03-01"))
    assert got and not any(t == home for _, t, _ in got), got


def test_a_fronted_scene_denial_after_an_accusation(extract: Extract) -> None:
    """The denial is not aimed at the denier's own state (fresh7's PL, paraphrased)."""
    text = (
        "Armenia accused Georgian border guards of detaining two shepherds. In Tbilisi, the "
        "interior ministry denied that its guards had crossed the border."
    )
    got = country_roots(extract(text, date="2025-03-01"))
    assert ("ARM", "GEO", "11") in got
    assert not any(r == "01" and t == "GEO" for _, t, r in got), got


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Kenya's president invited the pope to visit Nairobi.", "KEN"),
        ("The Chilean government invited the pope to visit Santiago.", "CHL"),
        ("Ghana's president invited the visitors to come to Accra.", "GHA"),
        ("The Italian government asked foreign investors to come to Rome.", "ITA"),
    ],
)
def test_own_capital_as_a_visits_destination_is_no_target(
    extract: Extract, text: str, home: str
) -> None:
    got = country_roots(extract(text, date="2025-03-01"))
    assert got and not any(t == home for _, t, _ in got), got


def test_another_states_capital_is_still_the_destination(extract: Extract) -> None:
    """The invitee of another state still visits the inviter's state."""
    got = country_roots(
        extract("Kenya's president invited Uganda's president to visit Nairobi.", date="2025-03-01")
    )
    assert ("KEN", "UGA", "03") in got


# -- "a X national wanted for" (suite miss) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A Kittitian national wanted for fraud was detained in Caracas by Venezuelan police.",
         ("VEN", "KNA", "17")),
        ("A Kenyan national wanted for fraud was detained in Kampala by Ugandan police.",
         ("UGA", "KEN", "17")),
        ("A Bolivian national wanted for smuggling was arrested in Lima by Peruvian police.",
         ("PER", "BOL", "17")),
    ],
)  # fmt: skip
def test_a_wanted_national_is_the_target(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text, date="2025-03-01"))
    assert want in got and not any(s == t for s, t, _ in got), got


# -- denials of one's own charges, a court's ruling (DN) ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Spanish police arrested a former Peruvian minister in Madrid. The former minister, who "
        "left Peru in 2023, denies the charges.",
        "Indian police arrested two Nepali traders. The traders denied the charges.",
        "Kenyan police detained three Ugandan fishermen on Monday. The fishermen denied the "
        "charges.",
    ],
)
def test_the_arrested_deny_their_own_charges(extract: Extract, text: str) -> None:
    got = country_roots(extract(text, date="2025-03-01"))
    assert not any(r == "01" for _, _, r in got), got
    assert any(r == "17" for _, _, r in got), got


def test_a_state_still_denies_charges_against_its_citizen(extract: Extract) -> None:
    text = (
        "Russian police detained a French citizen in Moscow on spying charges. France denied "
        "the charges."
    )
    assert ("FRA", "RUS", "01") in country_roots(extract(text, date="2025-03-01"))


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua would likely return to the International Court of Justice, which rejected "
        "its claim in 2012.",
        "The Supreme Court rejected Chile's claim.",
    ],
)
def test_a_court_rejecting_a_claim_denies_nothing(extract: Extract, text: str) -> None:
    got = country_roots(extract(text, date="2025-03-01"))
    assert not any(r == "01" for _, _, r in got), got


# -- a region's adjective on a thing (G) -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vienna could send troops to European missions.",
        "Japan sent troops to Asian ports.",
        "Germany sent aid to African schools.",
    ],
)
def test_a_region_adjective_on_a_thing_is_no_party(extract: Extract, text: str) -> None:
    got = country_roots(extract(text, date="2025-03-01"))
    assert not any(t in ("EUR", "ASA", "AFR") for _, t, _ in got), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Turkey criticized European governments.", ("TUR", "EUR", "11")),
        ("Algeria appealed to European partners for help.", ("DZA", "EUR", "02")),
        ("Japan praised its Asian neighbours.", ("JPN", "ASA", "05")),
        ("Egypt thanked African countries for their support.", ("EGY", "AFR", "05")),
    ],
)
def test_a_region_of_people_stays_a_party(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text, date="2025-03-01"))
    assert want in got, got
