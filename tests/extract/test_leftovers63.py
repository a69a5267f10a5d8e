"""leftovers63 (issue 9): two demonyms conjoined before a compound head ("Qatari and Iranian navy
ships", "Omani and Indian coast guard vessels") modify the head together, the second the first's
conjunct, and each state takes the compound's sector; a demonym with a noun of its own keeps it."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, repaired, triples, word

from realpolitik.extract._conjoined_demonyms import conjoined_demonyms


@pytest.mark.parametrize(
    ("text", "first", "second", "head"),
    [
        ("Qatari and Iranian navy ships seized a tanker.", "Qatari", "Iranian", "ships"),
        ("Omani and Indian coast guard vessels held drills.", "Omani", "Indian", "vessels"),
        ("Turkish and Greek air force jets bombed the camp.", "Turkish", "Greek", "jets"),
        ("South Korean and British air force jets flew over.", "Korean", "British", "jets"),
    ],
)
def test_second_demonym_is_the_firsts_conjunct(
    nlp: Any, text: str, first: str, second: str, head: str
) -> None:
    doc = nlp(text)
    for sent in doc.sents:
        conjoined_demonyms(sent)
    one, two, noun = word(doc, first), word(doc, second), word(doc, head)
    assert (one.dep_, one.head.i) == ("amod", noun.i)
    assert (two.dep_, two.head.i) == ("conj", one.i)
    assert noun.dep_ == "nsubj"


def test_a_demonym_with_its_own_noun_is_left_alone(nlp: Any) -> None:
    doc = nlp("Qatari navy ships and an Iranian tanker entered the strait.")
    before = [(t.dep_, t.head.i) for t in doc]
    for sent in doc.sents:
        conjoined_demonyms(sent)
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_both_states_take_the_compounds_sector(extract: Extract) -> None:
    got = triples(extract("Qatari and Iranian navy ships seized a Kenyan tanker on Monday."))
    assert {(s, t) for s, t, _ in got} == {("QATMIL", "KEN"), ("IRNMIL", "KEN")}


def test_the_repair_runs_in_extraction(nlp: Any) -> None:
    doc = repaired(nlp, "Omani and Indian coast guard vessels detained Kenyan fishermen.")
    assert word(doc, "vessels").dep_ == "nsubj"
    assert word(doc, "Indian").head.i == word(doc, "Omani").i


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A market was bombed in Kharkiv on Monday.", "UKR"),
        ("A convoy was shelled near Kabul.", "AFG"),
        ("The Kharkiv region was shelled overnight.", "UKR"),
        ("A police post was attacked outside Cairo.", "EGY"),
    ],
)
def test_an_attack_placed_only_by_a_town_has_an_unnamed_doer(
    extract: Extract, text: str, place: str
) -> None:
    assert {(s, t) for s, t, _ in triples(extract(text))} == {("---", place)}


def test_victims_of_a_named_state_stay_at_home(extract: Extract) -> None:
    got = triples(extract("A minefield explosion killed two Iraqi youths."))
    assert {(s, t) for s, t, _ in got} == {("IRQ", "IRQ")}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya teamed up with Uganda to crush Somali rebels.",
        "Kenya has joined forces with Uganda to fight Somalia.",
        "Kenya agreed with Uganda to crush Somali rebels.",
    ],
)
def test_a_joint_purpose_of_force_is_a_threat_of_both(extract: Extract, text: str) -> None:
    got = {(s[:3], t[:3], c[:2]) for s, t, c in triples(extract(text))}
    assert got == {("KEN", "SOM", "13"), ("UGA", "SOM", "13")}
