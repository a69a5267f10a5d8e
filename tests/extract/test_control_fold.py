"""Control verbs fold an embedded event noun only through a light verb ("agreed to hold talks")."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import country_triples

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def test_light_verb_passes_its_event_noun_up(extract: Extract) -> None:
    assert country_triples(
        extract("Somali rebels vowed to launch attacks on Kenya."), "plover"
    ) == {("SOM", "KEN", "THREATEN")}
    ex = extract("Chile agreed to hold talks with Peru on Monday.")
    assert {e.cameo for e in ex.events} == {"036"}


def test_other_embedded_verbs_keep_the_noun_out(extract: Extract) -> None:
    ex = extract("Somali rebels agreed to document the killings in Kenya.")
    assert {p for _, _, p in country_triples(ex, "plover")} == {"AGREE"}  # no threat of killing
    ex = extract("Kenya offered to publish the findings on the bombing.")
    assert "THREATEN" not in {p for _, _, p in country_triples(ex, "plover")}


def test_the_noun_under_another_verb_is_only_the_content(extract: Extract) -> None:
    ex = extract("Kenyan officials demanded that Uganda match Tanzania's support for the plan.")
    assert {p for _, _, p in country_triples(ex, "plover")} == {"REQUEST"}


def test_an_act_demanded_is_asked_for_not_reported(extract: Extract) -> None:
    ex = extract("Bolivia demanded Chile's withdrawal from the border area.")
    assert country_triples(ex, "plover") == {("BOL", "CHL", "REQUEST")}


def test_a_must_clause_stays_a_demand_beside_other_events(extract: Extract) -> None:
    ex = extract("The Chilean foreign minister said Peru must ensure calm to allow aid deliveries.")
    assert ("CHL", "PER", "REQUEST") in country_triples(ex, "plover")


def test_an_infinitive_parsed_as_adverbial_clause_is_the_complement(extract: Extract) -> None:
    ex = extract("Somali rebels have sworn to fight until they capture the port of Kismayo.")
    assert {p for _, _, p in country_triples(ex, "plover")} == {"THREATEN"}


def test_the_clause_of_a_demand_noun_is_asked_for(extract: Extract) -> None:
    for text in (
        "The UN refugee agency repeated its demand that Kenya ease restrictions on Somali refugees.",
        "The UN refugee agency repeated its demand on Friday that Kenya ease restrictions on refugees.",
    ):
        ex = extract(text)
        assert country_triples(ex, "plover") == {("IGO", "KEN", "REQUEST")}, text


def test_promising_not_to_act(extract: Extract) -> None:
    ex = extract("Rwanda pledged not to attack Uganda.")
    assert country_triples(ex, "plover") == {("RWA", "UGA", "AGREE")}  # restraint, not a threat
    ex = extract("Israel vowed not to return the Golan Heights to Syria.")
    assert country_triples(ex, "plover") == set()
    assert {(e.plover, e.factuality) for e in ex.events} == {("RETREAT", "negated")}


def test_an_act_after_a_circumstance_preposition_is_background(extract: Extract) -> None:
    ex = extract("Chile demanded talks with Peru before attacking Bolivia.")
    assert country_triples(ex, "plover") == {("CHL", "PER", "REQUEST")}
