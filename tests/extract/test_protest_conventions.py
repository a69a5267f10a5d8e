"""PLOVER protest conventions: a protest's demands are the protest; protests at home."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import country_triples

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def test_a_protests_demand_is_part_of_the_protest(extract: Extract) -> None:
    ex = extract("Thousands of Chilean students marched in Santiago to demand free education.")
    assert country_triples(ex, "plover") == {("CHL", "CHL", "PROTEST")}
    ex = extract("Kenyan farmers blocked roads on Monday, demanding lower fuel prices.")
    assert country_triples(ex, "plover") == {("KEN", "KEN", "PROTEST")}


def test_the_demand_may_name_the_protests_target(extract: Extract) -> None:
    ex = extract("Bolivian miners staged rallies to demand that Chile reopen the port.")
    assert country_triples(ex, "plover") == {("BOL", "CHL", "PROTEST")}


def test_a_demand_without_a_protest_stays_a_request(extract: Extract) -> None:
    ex = extract("Bolivia demanded that Chile reopen the port.")
    assert country_triples(ex, "plover") == {("BOL", "CHL", "REQUEST")}


def test_people_of_a_country_protest_at_home(extract: Extract) -> None:
    ex = extract("Thousands of Iraqi Kurds demonstrated in the streets on Sunday.")
    assert country_triples(ex, "plover") == {("IRQ", "IRQ", "PROTEST")}
    ex = extract("Iraq issued a stern warning on Sunday.")  # a state's other acts: no home
    assert country_triples(ex, "plover") == {("IRQ", "", "THREATEN")}


def test_an_unnamed_crowd_protests_where_it_marches(extract: Extract) -> None:
    ex = extract("Thousands marched through Caracas on Saturday.")
    assert country_triples(ex, "plover") == {("VEN", "VEN", "PROTEST")}
    ex = extract(
        "Hundreds of farmers continued their hunger strike to demand the Peruvian president's resignation."
    )
    assert country_triples(ex, "plover") == {("PER", "PER", "PROTEST")}


def test_a_protest_noun_under_another_verb_names_no_crowd(extract: Extract) -> None:
    ex = extract("Venezuelan police dispersed the march in Caracas.")
    assert ("VEN", "VEN", "PROTEST") not in country_triples(ex, "plover")


def test_unnamed_violence_happens_in_the_victims_state(extract: Extract) -> None:
    ex = extract("A landmine explosion killed three Afghan children on Sunday.")
    assert country_triples(ex, "plover") == {("AFG", "AFG", "ASSAULT")}
    ex = extract("A roadside bomb killed two Canadian soldiers on Sunday.")
    assert country_triples(ex, "plover") == {
        ("---", "CAN", "ASSAULT")
    }  # soldiers are often attacked abroad


def test_stopping_a_protest_is_coercion(extract: Extract) -> None:
    ex = extract("Kenyan police broke up a rally in Nairobi.")
    assert country_triples(ex, "plover") == {("KEN", "KEN", "COERCE")}
    ex = extract("Turkish police prevented a demonstration by students in Ankara.")
    assert {p for _, _, p in country_triples(ex, "plover")} == {"COERCE"}
