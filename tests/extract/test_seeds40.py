"""seeds40: a seized craft misread as a clause or a participle's modifier, the craft word
class, and a grant's object misread as an apposition of its possessive recipient, on minimal
sentences. The suite's tables: ``phenomena_seeds40.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events

from realpolitik.actors._name_context import craft_word
from realpolitik.extract._boat_people import boat_people
from realpolitik.extract._granted_gerunds import object_as_apposition


@pytest.mark.parametrize(
    "word", ["yacht", "gunboat", "speedboats", "warship", "hovercraft", "aircraft", "tanker"]
)
def test_craft_words(word: str) -> None:
    assert craft_word(word)


@pytest.mark.parametrize(
    "word", ["relationship", "leadership", "partnerships", "statecraft", "craftsman", "cocaine"]
)
def test_not_craft_words(word: str) -> None:
    assert not craft_word(word)


@pytest.mark.parametrize(
    "text",
    [
        "The Greek navy seized a Mexican-flagged yacht carrying cocaine on Monday.",
        "Kenyan coast guard ships seized a Colombian-flagged gunboat carrying cocaine on Monday.",
        "Kenyan police seized a yacht carrying cocaine on Monday.",
    ],
)
def test_boat_people_makes_the_craft_the_object(nlp: Any, text: str) -> None:
    doc = nlp(text)
    boat_people(doc[:])
    craft = next(t for t in doc if t.lower_ in ("yacht", "gunboat"))
    carrying = doc[craft.i + 1]
    assert craft.dep_ == "dobj" and craft.head.lower_ == "seized", [(t.text, t.dep_) for t in doc]
    assert carrying.dep_ == "acl" and carrying.head.i == craft.i
    assert doc[craft.i + 2].head.i == carrying.i


def test_object_as_apposition_is_the_verbs_object(nlp: Any) -> None:
    doc = nlp("Ethiopia gave Spain's airlines four new routes on Monday.")
    object_as_apposition(doc[:])
    routes = next(t for t in doc if t.lower_ == "routes")
    assert routes.dep_ == "dobj" and routes.head.lower_ == "gave", [(t.text, t.dep_) for t in doc]


def test_apposition_after_a_comma_stays(nlp: Any) -> None:
    doc = nlp("Ethiopia gave Spain's airline, Iberia, four new routes.")
    before = [(t.dep_, t.head.i) for t in doc]
    object_as_apposition(doc[:])
    assert all(t.lower_ != "iberia" or t.dep_ != "dobj" for t in doc), before


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Greek navy seized a Mexican-flagged yacht carrying cocaine on Monday.",
         ("GRC", "MEX", "171")),
        ("Kenyan coast guard ships seized a Colombian-flagged gunboat carrying cocaine on Monday.",
         ("KEN", "COL", "171")),
        ("Ethiopia gave Spain's airlines four new routes on Monday.", ("ETH", "ESP", "061")),
        ("Ethiopia granted Spain's airlines four new routes on Monday.", ("ETH", "ESP", "061")),
    ],
)  # fmt: skip
def test_events(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    got = code_events(extract(text))
    assert (*want, "asserted") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police seized a yacht carrying cocaine on Monday.",
        "The Greek navy seized a Greek-flagged trawler on Monday.",
        "Peruvian coast guard ships impounded a gunboat transporting arms.",
    ],
)
def test_a_seized_craft_is_never_the_seizers_own(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert not [e for e in got if e[0] == e[1]], got
