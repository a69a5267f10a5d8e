"""State epithets ("the kingdom", "the principality", "the islands"), counted pairs that own an
office ("the two countries' police chiefs") and a capital that is also a common name
("Victoria"), resolved by the story (issue 9, parties35: fresh18's EP, TC and CV)."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.extract import extract_document
from realpolitik.extract._state_epithets import state_forms
from realpolitik.models import Document


def _keys(text: str, registry: ActorRegistry) -> set[tuple[str, str, str, str]]:
    ex = extract_document(Document("t", text, "test", date="2025-05-05"), registry=registry)
    return {
        (e.source.country or "", e.target.country if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


def test_state_forms_come_from_official_names_and_the_table() -> None:
    forms = state_forms()
    assert "kingdom" in forms["BEL"] and "grand duchy" in forms["LUX"]
    assert "principality" in forms["AND"] and "emirate" in forms["QAT"]
    assert "islands" in forms["SYC"] and "kingdom" not in forms.get("FRA", frozenset())


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Andorra handed over a man to Spain. Spain's justice minister thanked the "
         "principality for its cooperation.", ("ESP", "AND", "05", "asserted")),
        ("Luxembourg handed over a wanted man to France. France's justice minister thanked the "
         "grand duchy for its help.", ("FRA", "LUX", "05", "asserted")),
        ("India seized a Seychelles trawler. The islands protested the seizure.",
         ("SYC", "IND", "14", "asserted")),
    ],
)  # fmt: skip
def test_epithet_is_the_one_state_of_its_form(
    text: str, key: tuple[str, str, str, str], registry: ActorRegistry
) -> None:
    assert key in _keys(text, registry)


def test_two_states_of_one_form_leave_the_epithet_alone(registry: ActorRegistry) -> None:
    text = "Sweden and Norway quarrelled. Denmark thanked the kingdom for its help."
    assert not any(k[0] == "DNK" and k[2] == "05" and k[1] for k in _keys(text, registry))


def test_the_two_countries_officials_are_the_pair_not_the_venue(registry: ActorRegistry) -> None:
    text = ("Andorra handed over a man to Spain on Monday, and the two countries' police chiefs "
            "signed a protocol in Madrid on joint patrols.")  # fmt: skip
    keys = _keys(text, registry)
    assert ("AND", "ESP", "05", "asserted") in keys and ("ESP", "AND", "05", "asserted") in keys


@pytest.mark.parametrize(
    ("text", "syc"),
    [
        ("The Seychelles coast guard seized a Kenyan boat. Kenya asked Victoria on Tuesday to "
         "hand the six crew over to Kenya for trial.", True),
        ("Kenya asked Victoria on Tuesday to hand the six crew over to Kenya for trial.", False),
        ("Seychelles and India signed a pact. Victoria Beckham visited India.", False),
    ],
)  # fmt: skip
def test_victoria_is_the_seychelles_only_where_the_story_names_it(
    text: str, syc: bool, registry: ActorRegistry, nlp: Any
) -> None:
    keys = _keys(text, registry)
    asked = any(k[1] == "SYC" and k[2] == "02" for k in keys)
    visited = any(k[0] == "SYC" and k[2] == "04" for k in keys)
    assert asked is syc and not visited
