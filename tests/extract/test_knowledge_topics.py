"""The topic of a noun of knowledge and the place of a joint signing are no parties (parties33:
fresh17's TP and TT)."""

from __future__ import annotations

from typing import Any

from realpolitik.extract._knowledge_topics import (
    knowledge_topic_preps,
    knowledge_topic_tokens,
    topic_partners,
)
from realpolitik.extract._venues import joint_signing, venue_tokens


def test_the_topic_of_intelligence_is_set_apart(nlp: Any) -> None:
    doc = nlp("Estonia offered to share intelligence on the Russian ships with Riga.")
    topic = {doc[i].text for i in knowledge_topic_tokens(doc[:])}
    assert "Russian" in topic and "ships" in topic
    assert "Riga" not in topic  # (whom it is shared with stays a party)


def test_topic_prepositions_leave_only_on_knowledge(nlp: Any) -> None:
    doc = nlp("Chile imposed sanctions on Peru and shared data about the fleet.")
    sanctions = next(t for t in doc if t.text == "sanctions")
    data = next(t for t in doc if t.text == "data")
    assert "on" in knowledge_topic_preps(("to", "on"), sanctions)
    assert knowledge_topic_preps(("to", "on", "about"), data) == ("to",)


def test_a_partner_hung_inside_the_topic_is_found(nlp: Any) -> None:
    doc = nlp("Japan has offered to share radar data on German aircraft with Taipei.")
    data = next(t for t in doc if t.text == "data")
    assert [t.text for t in topic_partners(data)] == ["Taipei"]
    assert topic_partners(None) == []


def test_a_joint_signing_place_is_a_venue(nlp: Any) -> None:
    doc = nlp("Latvia and Estonia signed a rail accord in Brussels.")
    signed = next(t for t in doc if t.text == "signed")
    assert joint_signing(signed)
    assert "Brussels" in {doc[i].text for i in venue_tokens(doc[:])}
    alone = nlp("Latvia signed a rail accord in Brussels.")
    assert not joint_signing(next(t for t in alone if t.text == "signed"))
