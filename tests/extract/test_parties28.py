"""Focused tests of parties28's readers: a judging verb's reason clause, a state's own protest
noun, a lower-case name part after a hyphen."""

from __future__ import annotations

from typing import Any

from realpolitik.extract._hyphen_names import name_word
from realpolitik.extract._promised_protests import owned_protest
from realpolitik.extract.parties.reason_clauses import judged_doer, judging_verb


def _tok(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_the_reason_of_a_judgement_is_the_judged_partys(nlp: Any) -> None:
    doc = nlp("Ghana condemned Somalia for detaining Kenyan fishermen.")
    assert judged_doer(_tok(doc, "detaining")).text == "Somalia"
    doc = nlp("Somalia was condemned by Ghana for seizing Kenyan boats.")
    assert judged_doer(_tok(doc, "seizing")).text == "Somalia"


def test_an_accusation_or_a_purpose_is_no_judged_reason(nlp: Any) -> None:
    doc = nlp("Peru accused Chile of detaining Bolivian traders.")
    assert judging_verb(_tok(doc, "detaining")) is None  # (``accused_acts`` reads it)
    doc = nlp("Kenya sent troops to Somalia for fighting the militants.")
    assert judged_doer(_tok(doc, "fighting")) is None


def test_a_states_single_protest_is_owned_a_crowds_plural_is_not(nlp: Any) -> None:
    doc = nlp("Peru's protest over the seizure angered Chile.")
    assert owned_protest(_tok(doc, "protest"), _tok(doc, "Peru").i)
    doc = nlp("Kenya's protests over fuel prices turned violent.")
    assert not owned_protest(_tok(doc, "protests"), _tok(doc, "Kenya").i)
    doc = nlp("Iran's protest movement grew.")
    assert not owned_protest(_tok(doc, "protest"), _tok(doc, "Iran").i)


def test_a_lower_case_part_after_a_hyphen_is_a_name_word(nlp: Any) -> None:
    doc = nlp("The envoy delivered Moon Jae-in's condolences to Peru.")
    assert name_word(doc[6]) and doc[6].text == "in"
    assert not name_word(_tok(doc, "condolences"))
