"""Round 27's clause, refusal and lexicon classes of fresh21 (clauses33; fresh21_classes.md A,
H, D, J, N, P, E in part, and the gold question on sentences) on minimal sentences: the parse
repair of a grant's gerund, the critical adjectives as a class, "would not" refused only where
it is grounded, and the readings the lexicon rows give. The suite's tables:
``phenomena_clauses33.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events

from realpolitik.extract._granted_gerunds import granted_gerund
from realpolitik.extract._judged_object import judged_object


@pytest.mark.parametrize(
    "text",
    [
        "Hungary granted Japanese firms mining concessions.",
        "Nigeria awarded Egyptian companies drilling licences last year.",
        "Iran gave Serbian carriers landing rights at two airports.",
    ],
)
def test_granted_gerund_makes_the_firms_the_recipient(nlp: Any, text: str) -> None:
    doc = nlp(text)
    granted_gerund(doc[:])
    firms = next(t for t in doc if t.lower_ in ("firms", "companies", "carriers"))
    licence = doc[firms.i + 2]
    assert firms.dep_ == "dative" and firms.head.dep_ == "ROOT", [(t.text, t.dep_) for t in doc]
    assert licence.dep_ == "dobj" and licence.head.i == firms.head.i
    assert doc[firms.i + 1].dep_ == "compound"


def test_judged_object_takes_a_noun_tagged_critical_adjective(nlp: Any) -> None:
    """ "called Slovakia's ban discriminatory": the tagger's noun "discriminatory" is the
    verdict, the ban the object."""
    doc = nlp("Hungary called Slovakia's ban discriminatory.")
    judged_object(doc[:])
    assert doc[4].text == "ban" and doc[4].dep_ == "dobj", [(t.text, t.dep_) for t in doc]


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        ("Norway has granted Icelandic trawlers licences to fish in its waters.",
         ("NOR", "ISL", "061", "asserted"), ("08", "07")),
        ("Morocco granted Spanish airlines six new routes last year.",
         ("MAR", "ESP", "061", "asserted"), ("08", "07")),
        ("Peru has not agreed to Japan's request to let Japanese trawlers resupply at Callao.",
         ("PER", "JPN", "080", "negated"), ("03", "12")),
        ("Peru did not accept Japan's request to let Japanese boats refuel.",
         ("PER", "JPN", "080", "negated"), ("03", "12")),
        ("Hungary called Slovakia's ban discriminatory.", ("HUN", "SVK", "111", "asserted"), ()),
        ("Chilean navy ships escorted a Chinese fishing fleet out of waters near Easter Island.",
         ("CHL", "CHN", "191", "asserted"), ()),
        ("A Russian court sentenced a Finnish citizen to five years in prison on Monday.",
         ("RUS", "FIN", "173", "asserted"), ("11",)),
    ],
)  # fmt: skip
def test_lexicon_readings(
    extract: Extract, text: str, want: tuple[str, str, str, str], wrong: tuple[str, ...]
) -> None:
    got = code_events(extract(text))
    assert want in got, got
    assert not [e for e in got if e[2][:2] in wrong], got


@pytest.mark.parametrize(
    "text",
    [
        "Canada sends more tourists to Cuba than any other country.",
        "Peru released the 12 Chilean fishermen it had held since May, and they flew home to "
        "Santiago on Monday.",
    ],
)
def test_ordinary_travel_is_no_aid_or_visit(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert not [e for e in got if e[2][:2] in ("04", "07")], got


def test_unasked_would_not_is_the_act_negated(extract: Extract) -> None:
    """ "her office said she would not apologise" with nothing asked: no refusal (GUIDE rule 5)."""
    got = code_events(
        extract(
            "Peru rejected the criticism on Monday, and Boluarte's office said she would not "
            "apologise."
        )
    )
    assert not [e for e in got if e[2][:2] == "12"], got
    assert [e for e in got if e[2] == "055" and e[3] == "negated"], got


def test_asked_would_not_stays_a_refusal(extract: Extract) -> None:
    got = code_events(
        extract("Kenya asked Uganda to apologise. Uganda said it would not apologise.")
    )
    assert ("UGA", "KEN", "120", "asserted") in got, got


def test_scheduled_joint_act_is_the_act_possible(extract: Extract) -> None:
    got = code_events(
        extract(
            "Chilean officials said Chilean and Argentine police would begin joint patrols on "
            "the border."
        )
    )
    assert {(e[2], e[3]) for e in got} == {("062", "possible")}, got
