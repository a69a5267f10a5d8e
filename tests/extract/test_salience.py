"""Salience: the sentence's news is emitted, scene-setting clauses only when nothing else is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extract_helpers import triples

from realpolitik.actors import ActorRegistry
from realpolitik.extract import extract_document
from realpolitik.models import Document, Extraction

Extract = Callable[..., Extraction]


def test_temporal_clause_is_background(extract: Extract) -> None:
    ex = extract("Chile expelled two Peruvian diplomats after Peru arrested a Chilean officer.")
    assert {e.evidence.trigger for e in ex.events} == {"expelled"}


def test_participial_and_purpose_clauses_are_background(extract: Extract) -> None:
    ex = extract("Kenyan troops shelled a Somali town on Monday, killing 12 civilians.")
    assert {e.evidence.trigger for e in ex.events} == {"shelled"}
    ex = extract("France sent troops to Mali to help the government fight the rebels.")
    assert {e.evidence.trigger for e in ex.events} == {"sent"}


def test_relative_clause_of_a_place_is_background(extract: Extract) -> None:
    ex = extract("Peru lifted a curfew in Ayacucho, where rebels killed nine soldiers in May.")
    assert {e.evidence.trigger for e in ex.events} == {"lifted"}


def test_noun_trigger_inside_another_triggers_argument(extract: Extract) -> None:
    ex = extract("Norway agreed to Swiss mediation in the talks with the rebels.")
    assert {e.evidence.trigger for e in ex.events} == {"agreed"}
    assert any(e.target is not None and e.target.code == "CHE" for e in ex.events)
    ex = extract("Greece rejected a Turkish proposal for talks on the islands.")
    assert {e.evidence.trigger for e in ex.events} == {"rejected"}


def test_circumstance_phrase_is_background(extract: Extract) -> None:
    ex = extract("Iraq recalled its ambassador from Kuwait since the Kuwaiti attack on Basra.")
    assert "attack" not in {e.evidence.trigger for e in ex.events}


def test_background_event_kept_when_it_is_the_only_news(extract: Extract) -> None:
    ex = extract("Analysts in Seoul said little after Japan criticized China.")
    assert ("JPN", "CHN", "111") in triples(ex)


def test_background_flag_keeps_every_event(nlp: Any, registry: ActorRegistry) -> None:
    doc = Document("t", "Kenyan troops shelled a Somali town, killing 12 civilians.", "t")
    default = extract_document(doc, registry, "2024-06-20", nlp)
    everything = extract_document(doc, registry, "2024-06-20", nlp, background=True)
    assert len(everything.events) > len(default.events)
    extra = [e for e in everything.events if e.evidence.trigger == "killing"]
    assert extra and all(e.confidence < 0.7 for e in extra)
