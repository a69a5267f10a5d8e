"""Naming a state on the command line: codes, names, aliases, capitals, leaders, through the
registry extraction uses; unknown names are errors with the closest known ones."""

from __future__ import annotations

import pytest

from realpolitik.actors.states import actor_code, close_matches, state_code
from realpolitik.errors import RealpolitikError


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("RUS", "RUS"),
        ("rus", "RUS"),
        ("RUSGOV", "RUS"),
        ("Russia", "RUS"),
        ("Russian Federation", "RUS"),
        ("the Kremlin", "RUS"),
        ("Moscow", "RUS"),
        ("365", "RUS"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("Pyongyang", "PRK"),
        ("KP", "PRK"),
        ("ROK", "KOR"),
        ("South Korea", "KOR"),
        ("the US", "USA"),
        ("United States of America", "USA"),
        ("Viet Nam", "VNM"),
        ("  Vietnam  ", "VNM"),
    ],
)
def test_every_way_of_naming_a_state(text: str, iso3: str) -> None:
    assert state_code(text) == iso3


def test_actor_codes_keep_their_sector_and_people_name_their_government() -> None:
    assert actor_code("RUSGOV") == "RUSGOV"
    assert actor_code("RUSMIL") == "RUSMIL"
    assert actor_code("NATO") == "IGOWSTNAT"
    assert actor_code("Putin", date="2024-01-01") == "RUSGOV"
    assert actor_code("North Korea") == "PRK"  # a state matches every actor of it


def test_codes_only_a_store_knows_pass_when_it_says_so() -> None:
    with pytest.raises(RealpolitikError):
        actor_code("GONGOV")  # fictional (a PETRARCH test actor): unknown to the registry
    assert actor_code("GONGOV", known=lambda code: code == "GONGOV") == "GONGOV"
    with pytest.raises(RealpolitikError):
        actor_code("GONGOV", known=lambda code: False)


def test_an_unknown_name_names_the_option_and_the_closest_states() -> None:
    with pytest.raises(RealpolitikError) as err:
        state_code("Nort Korea", option="--state")
    message = str(err.value)
    assert err.value.code == "E905" and "--state" in message and "'Nort Korea'" in message
    assert "North Korea" in message
    with pytest.raises(RealpolitikError) as err:
        state_code("")
    assert err.value.code == "E905"
    assert close_matches("Rusia")[0] == "Russia"
    assert close_matches("zzzzzzzz") == []


def test_an_organisation_or_a_group_is_not_a_state() -> None:
    with pytest.raises(RealpolitikError) as err:
        state_code("NATO", option="A")
    assert err.value.code == "E906" and "organisation" in str(err.value)
    assert "IGOWSTNAT" in str(err.value)
    with pytest.raises(RealpolitikError) as err:
        state_code("the West")
    assert err.value.code == "E906" and "group of states" in str(err.value)


def test_a_place_that_contains_a_country_name_is_not_that_country() -> None:
    with pytest.raises(RealpolitikError):
        state_code("South China Sea")
    with pytest.raises(RealpolitikError):
        state_code("Korea Strait Authority of Nowhere")


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Shoigu", "2024-05-01", "RUSGOVMIL"),  # defence minister until 11 May 2024
        ("Belousov", "2024-06-01", "RUSGOVMIL"),  # from 12 May 2024
        ("Kim Jong Un", "2024-06-19", "PRKGOV"),
        ("the Pentagon", None, "USAMIL"),
        ("the West", None, "WST"),
        ("the EU", None, "IGOEUREEC"),
    ],
)
def test_actors_resolve_as_extraction_does(text: str, date: str | None, code: str) -> None:
    assert actor_code(text, date=date) == code


@pytest.mark.parametrize("text", ["Russia's", "Russian", "North Koreans", "South China Sea"])
def test_only_a_whole_name_counts_not_a_word_inside_it(text: str) -> None:
    """A demonym or a phrase holding a country name is not the country's name."""
    try:
        found = actor_code(text)
    except RealpolitikError as exc:
        assert exc.code == "E905"
        return
    assert found in ("RUS", "PRK")  # a demonym the registry maps to its state is fine


def test_close_matches_are_names_people_would_type() -> None:
    suggestions = close_matches("Vietnm")
    assert suggestions and suggestions[0] in ("Vietnam", "Viet Nam")
    assert "USA" in close_matches("USAA") or "US" in close_matches("USAA")
    assert len(close_matches("Korea", limit=2)) <= 2


def test_a_name_for_several_states_is_not_one_state() -> None:
    """ "the Koreas" names two states: no single state code stands for it."""
    with pytest.raises(RealpolitikError) as err:
        state_code("the Koreas", option="--states")
    assert err.value.code == "E906" and "--states" in str(err.value) and "PRK/KOR" in str(err.value)


def test_surrounding_spaces_and_case_of_names_do_not_matter() -> None:
    assert state_code("  north korea ") == "PRK" == state_code("NORTH KOREA")
