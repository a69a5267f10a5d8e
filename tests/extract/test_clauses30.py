"""fresh18's clause-structure classes (clauses30) on minimal sentences with other states:
resisted calls (RC), steps held out on a condition (TH), measures judged and inquiries that
bound an act (NE, TN), the relative clause that ends at a past verb (PU). The suite's tables:
``phenomena_clauses30.py``; the party stages' cases: ``party_cases_clauses30.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired, word

from realpolitik.extract._resisted_calls import resisting_verb


def test_resisted_calls_leave_the_asked_act_undone(extract: Extract, nlp: Any) -> None:
    doc = repaired(nlp, "Milei resisted the calls at home to bar Chilean lorries.")
    verb = resisting_verb(word(doc, "bar"))
    assert verb is not None and verb.text == "resisted"
    got = code_events(extract("Milei resisted the calls at home to bar Chilean lorries."))
    assert got and all(fact == "negated" for *_, fact in got)
    welcomed = repaired(nlp, "Milei welcomed calls to bar Chilean lorries.")
    assert resisting_verb(word(welcomed, "bar")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Austria said it would take the matter to the European Commission if Budapest did not "
        "share its safety studies.",
        "Chile said it would seek arbitration unless Argentina lifted the ban.",
        "Ghana said it would refer the dispute to the WTO unless Lome lifted the ban.",
    ],
)
def test_a_step_held_out_on_non_compliance_is_a_threat(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert any(code.startswith("13") and fact == "asserted" for _, _, code, fact in got), got
    assert all(not tgt.startswith("IGO") for _, tgt, _, _ in got)


def test_a_complaint_without_a_condition_stays_a_complaint(extract: Extract) -> None:
    got = code_events(extract("Austria took the matter to the European Commission."))
    assert {code for _, _, code, _ in got} == {"114"}


@pytest.mark.parametrize(
    "text",
    [
        "Austria's border checks have done little to stop smugglers and a great deal to annoy "
        "Hungary.",
        "Kenya's sanctions have done nothing to change Uganda's behaviour.",
        "Chile kept the ship in port until its inquiry was complete.",
        "Chile said it would do so once its own investigation ended.",
    ],
)
def test_judged_measures_and_bounding_inquiries_are_no_events(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert not any(tgt == "" and fact == "asserted" for _, tgt, _, fact in got), got


def test_the_goal_a_judgement_weighs_is_no_act_done(extract: Extract) -> None:
    """People after "stop" would be an arrest by the measure's owner (lex31's people nouns)."""
    for text in (
        "Chad's sanctions have failed to stop Libyan smugglers.",
        "Kenya's visa curbs have done nothing to stop Ugandan traders crossing.",
    ):
        assert not code_events(extract(text)), text
    kept = code_events(extract("Kenya detained Ugandan traders to stop smuggling."))
    assert ("KEN", "UGA", "173", "asserted") in kept


def test_a_past_verb_ends_a_present_relative_clause(nlp: Any) -> None:
    doc = repaired(
        nlp,
        "Prime Minister Kristrun Frostadottir called the checks a setback for the Icelanders "
        "who commute each day and phoned Jonas Gahr Store to ask him to exempt workers.",
    )
    assert word(doc, "phoned").head.text == "called"
    same = repaired(nlp, "Kenya praised the Ugandans who live and work in Nairobi.")
    assert word(same, "work").head.text == "live"


def test_an_infinitive_hung_on_the_request_noun_as_an_adverbial_clause(extract: Extract) -> None:
    """ "withstood calls to close the border": the parser hangs "close" on "calls" as advcl
    (suite seed 7's c30_resisted_calls false assertion)."""
    got = code_events(extract("Kenya withstood calls to close the border with Azerbaijan."))
    assert got == {("KEN", "AZE", "191", "negated")}, got
