"""lex33's parse repairs (issue 9, fresh20's D): the people aboard a boat kept with the boat
(``_boat_people``) and a gerund before "rights" kept as the noun's modifier (``_rights_nouns``),
so that the rows keyed on the object (191 for a boat carrying people, 062 for basing or
docking rights) see it, and the aboard marker of ``_people_objects.aboard_words``."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import load_nlp
from realpolitik.extract._nlp import repair_parse
from realpolitik.extract._people_objects import PEOPLE_ABOARD, aboard_words


def _parsed(text: str) -> Any:
    doc = load_nlp()(text)
    for sent in doc.sents:
        repair_parse(sent)
    return doc


@pytest.mark.parametrize(
    ("text", "boat", "people"),
    [
        (
            "The Indian coast guard stopped a dhow carrying 12 Somali nationals.",
            "dhow",
            "nationals",
        ),
        ("The Kenyan navy intercepted a boat with 40 Somalis aboard.", "boat", "Somalis"),
    ],
)
def test_the_people_aboard_hang_on_the_boat(text: str, boat: str, people: str) -> None:
    doc = _parsed(text)
    b = next(t for t in doc if t.text == boat)
    assert any(t.text == people for t in b.subtree)
    assert aboard_words(b) == {PEOPLE_ABOARD}


@pytest.mark.parametrize(
    "text",
    [
        "The Omani navy intercepted a boat carrying cocaine.",
        "The navy intercepted a tanker carrying crude oil.",
    ],
)
def test_goods_aboard_are_no_people(text: str) -> None:
    doc = _parsed(text)
    obj = next(t for t in doc if t.dep_ == "dobj")
    assert aboard_words(obj) == set()


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Peru granted Chile docking rights for its navy.", "Chile"),
        ("Djibouti gave Japan basing rights at its port.", "Japan"),
    ],
)
def test_a_gerund_before_rights_modifies_the_noun(text: str, recipient: str) -> None:
    doc = _parsed(text)
    rights = next(t for t in doc if t.lower_ == "rights")
    assert rights.dep_ == "dobj" and rights.head.dep_ == "ROOT"
    assert doc[rights.i - 1].head.i == rights.i
    assert next(t for t in doc if t.text == recipient).dep_ == "dative"
