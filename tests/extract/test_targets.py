"""Targets syntax leaves open: the nearest actor in the trigger's phrase, the doer's own state, each
state of a list."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import triples

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def test_target_from_a_place_inside_the_phrase(extract: Extract) -> None:
    ex = extract("Chile has opened a new consulate in Bolivia, officials said.")
    assert any(s == "CHL" and t[:3] == "BOL" for s, t, _ in triples(ex))


def test_target_from_a_nested_prepositional_object(extract: Extract) -> None:
    ex = extract("NATO agreed to an extension of the mission for the training force in Iraq.")
    assert {t for _, t, _ in triples(ex)} == {"IRQ"}


def test_domestic_actor_acting_at_home_targets_its_state(extract: Extract) -> None:
    ex = extract("The Kenyan opposition called off its rally on Monday.")
    assert ("KENOPP", "KEN", "082") in triples(ex)


def test_bare_state_and_meetings_get_no_implied_target(extract: Extract) -> None:
    ex = extract("Kenya banned the rally on Monday.")
    assert {(s, t) for s, t, _ in triples(ex)} == {("KEN", "")}
    ex = extract("The Kenyan president resigned on Monday.")
    assert {(s, t) for s, t, _ in triples(ex)} == {("KENGOV", "")}


def test_guessed_target_that_is_the_doer_itself_leaves_a_domestic_act(extract: Extract) -> None:
    ex = extract("The Kenyan government lifted a state of emergency in the northern state.")
    assert ("KENGOV", "KEN", "0814") in triples(ex)  # (ease a state of emergency, lexmine)
    ex = extract("Russia praised Russia.")
    assert not ex.events


def test_expelled_envoys_from_a_list_of_states_target_each_state(extract: Extract) -> None:
    ex = extract("Georgia expelled diplomats from Chile, Kenya and Norway on Monday.")
    assert triples(ex) == {("GEO", c + "GOV", "161") for c in ("CHL", "KEN", "NOR")}
    ex = extract("Peru ordered envoys from Ghana, Japan and Sweden to leave the country.")
    assert {(s, t[:3]) for s, t, _ in triples(ex)} == {("PER", c) for c in ("GHA", "JPN", "SWE")}


def test_own_people_withdrawn_from_a_place_are_no_envoys_of_it(extract: Extract) -> None:
    ex = extract("Ukraine recalled its ambassadors from Hungary and Slovakia.")
    assert {(s, t) for s, t, _ in triples(ex)} == {("UKR", "HUN"), ("UKR", "SVK")}


def test_persona_non_grata_targets_the_envoys_state(extract: Extract) -> None:
    for text, target in (
        ("Moldova declared the Russian ambassador persona non grata.", "RUSGOV"),
        ("Ethiopia declared three German embassy staff persona non grata on Monday.", "DEUGOV"),
        ("Chile declared the Greek envoy persona non grata late on Sunday.", "GRCGOV"),
    ):
        assert {t for _, t, _ in triples(extract(text))} == {target}, text


def test_they_in_what_a_list_of_states_says_is_each_of_them(extract: Extract) -> None:
    ex = extract("Chile, Peru and Colombia said they had recalled their ambassadors from Cuba.")
    assert {(s, t) for s, t, _ in triples(ex)} == {(c, "CUB") for c in ("CHL", "PER", "COL")}
    ex = extract("Kenya said they had imposed sanctions on Sudan.")
    assert {s for s, _, _ in triples(ex)} == {"KEN"}


def test_cooperation_the_two_leaders_pledge_is_between_them(extract: Extract) -> None:
    ex = extract(
        "Chinese President Xi Jinping welcomed Russian President Vladimir Putin on Thursday, "
        "and the two leaders pledged a new era of partnership."
    )
    assert {("CHNGOV", "RUSGOV", "030"), ("RUSGOV", "CHNGOV", "030")} <= triples(ex)
    ex = extract("Peru and Chile held talks, and the two countries condemned the attack.")
    assert {(s, t) for s, t, c in triples(ex) if c == "111"} == {("PER", ""), ("CHL", "")}


def test_a_threat_told_to_a_state_is_aimed_at_it(extract: Extract) -> None:
    ex = extract("Germany told Poland on Monday that it would impose sanctions.")
    assert {(s, t[:3]) for s, t, c in triples(ex) if c.startswith("13")} == {("DEU", "POL")}
    ex = extract("Putin told reporters that Russia would respond.")
    assert not {t for _, t, _ in triples(ex) if t}


def test_each_others_on_the_object_makes_the_doers_each_others_targets(extract: Extract) -> None:
    ex = extract("Kenya and Ghana agreed to reopen each other's embassies.")
    assert {(s, t) for s, t, _ in triples(ex)} == {("KEN", "GHA"), ("GHA", "KEN")}
