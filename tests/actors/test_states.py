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
