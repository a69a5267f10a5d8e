"""Targets syntax leaves open: the nearest actor in the trigger's phrase, or the doer's own state."""

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
    assert ("KENGOV", "KEN", "081") in triples(ex)
    ex = extract("Russia praised Russia.")
    assert not ex.events
