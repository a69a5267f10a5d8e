"""fresh8's lexicon and factuality classes (lex17) on minimal sentences with several states: a
statement noun that is a speech verb's subject is an attribution, no act (AT); the "not" of an
elided condition ("If it does not,") stays in the condition (NS); a bare auxiliary after a
negated act ("but Z has") is that act, asserted (EL); a person handed to another state's
officers is judicial cooperation, "accepted the visit" agrees to meet and "called in X's
ambassador" summons him (L). The suite's tables: ``phenomena_lex17.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, repaired, word

from realpolitik.extract._syntax import answered_event, attribution_noun
from realpolitik.models import Extraction


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo, e.factuality)
        for e in ex.events
    }


# -- AT: the attribution noun ----------------------------------------------------------------
def test_a_statement_that_says_is_an_attribution(nlp: Any) -> None:
    doc = repaired(nlp, "Chile summoned Peru's envoy, a ministry statement said.")
    assert attribution_noun(word(doc, "statement"))
    kept = repaired(nlp, "Chile issued a statement on Peru's election.")
    assert not attribution_noun(word(kept, "statement"))


@pytest.mark.parametrize(
    "text",
    [
        "Chile summoned Peru's envoy on Monday, a statement from the foreign ministry said.",
        "Ghana condemned Togo's missile test, a government statement said.",
    ],
)
def test_no_statement_act_from_an_attribution(extract: Extract, text: str) -> None:
    got = _events(extract(text))
    assert got and not [e for e in got if e[2].startswith("01")]


# -- NS: the elided condition's negation -----------------------------------------------------
def test_the_condition_keeps_its_not(nlp: Any) -> None:
    doc = repaired(nlp, "If it does not, Chilean lawmakers have threatened to impose sanctions.")
    assert word(doc, "not").head.text == "does"
    assert not [c for c in word(doc, "threatened").children if c.dep_ == "neg"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya has not paid. If it does not, Ugandan lawmakers have threatened to ask for "
            "arbitration.",
            ("UGA", "KEN", "130", "asserted"),
        ),
        (
            "Peru has not withdrawn its troops. If it does not, Chilean leaders have "
            "threatened to impose sanctions on Lima.",
            ("CHL", "PER", "1312", "asserted"),  # (threaten sanctions: 1312, leftovers27)
        ),
    ],
)
def test_a_threat_after_an_elided_condition_stands(
    extract: Extract, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in _events(extract(text))


# -- EL: the elided positive conjunct --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "negated", "asserted"),
    [
        (
            "Chile has not expelled Peru's diplomats, but Bolivia has.",
            ("CHL", "PER", "161", "negated"),
            ("BOL", "PER", "161", "asserted"),
        ),
        (
            "Ghana did not condemn Togo's decision, but Nigeria did.",
            ("GHA", "TGO", "111", "negated"),
            ("NGA", "TGO", "111", "asserted"),
        ),
        (
            "Kenya's president has not asked London for money, but Kenyan lawmakers have.",
            ("KEN", "GBR", "020", "negated"),
            ("KEN", "GBR", "020", "asserted"),
        ),
    ],
)
def test_an_elided_positive_conjunct_is_its_own_act(
    extract: Extract,
    text: str,
    negated: tuple[str, str, str, str],
    asserted: tuple[str, str, str, str],
) -> None:
    got = _events(extract(text))
    assert negated in got and asserted in got


def test_an_elided_negated_conjunct_adds_nothing_asserted(extract: Extract) -> None:
    got = _events(extract("Chile has expelled Peru's diplomats, but Bolivia has not."))
    assert not [e for e in got if e[0] == "BOL" and e[3] == "asserted"]


# -- NA: the act answered ----------------------------------------------------------------------
def test_an_answered_protest_is_no_act(nlp: Any) -> None:
    doc = repaired(nlp, "Ethiopia has answered Egyptian protests by inviting engineers.")
    assert answered_event(word(doc, "protests"))
    kept = repaired(nlp, "Egypt lodged protests with Ethiopia.")
    assert not answered_event(word(kept, "protests"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia has answered Egyptian protests by inviting engineers from Cairo to tour the "
         "dam.", ("ETH", "EGY", "036", "asserted")),
        ("Turkey responded to Kenyan protests by expelling two Kenyan diplomats.",
         ("TUR", "KEN", "161", "asserted")),
    ],
)  # fmt: skip
def test_the_answer_is_the_only_act(
    extract: Extract, text: str, expected: tuple[str, str, str, str]
) -> None:
    got = _events(extract(text))
    assert expected in got
    assert not [e for e in got if e[2][:2] == "14" or e[0] == e[1]]


# -- EN: a stance kept or given up -----------------------------------------------------------
def test_an_objection_not_dropped_stands(extract: Extract) -> None:
    got = _events(extract("Georgia has not withdrawn its objection to Turkey's dam."))
    assert ("GEO", "TUR", "110", "asserted") in got
    assert not [e for e in got if e[3] == "negated" or e[2][:2] == "08"]


def test_a_dropped_objection_is_no_objection(extract: Extract) -> None:
    assert not _events(extract("Georgia dropped its objection to Turkey's dam."))


def test_a_lone_statement_stays(extract: Extract) -> None:
    got = _events(extract("Ghana's foreign ministry issued a statement on Togo's election."))
    assert got and {e[2][:2] for e in got} == {"01"}


# -- L: lexicon rows -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spanish police arrested a French fugitive in Malaga and handed him to French "
            "officers at the border.",
            ("ESP", "FRA", "063", "asserted"),
        ),
        ("Kenyan police handed the suspect to Ugandan police on Monday.",
         ("KEN", "UGA", "063", "asserted")),
        ("Jordan called in the American ambassador.", ("JOR", "USA", "110", "asserted")),
        ("Kenya blocked Ugandan trucks at the border on Monday.",
         ("KEN", "UGA", "191", "asserted")),
        ("Chile accepted the visit of Peru's president.", ("CHL", "PER", "036", "asserted")),
    ],
)  # fmt: skip
def test_lexicon_rows(extract: Extract, text: str, expected: tuple[str, str, str, str]) -> None:
    got = _events(extract(text))
    assert expected in got
    assert not [e for e in got if e[2][:2] in ("07", "08")]


def test_protesters_blocking_lorries_obstruct(extract: Extract) -> None:
    got = _events(extract("Protesters blocked Ugandan lorries at the border."))
    assert {e[2] for e in got} == {"144"}


def test_an_insisted_claim_is_no_demand(extract: Extract) -> None:
    assert not _events(extract("Ethiopia's government insists the dam is safe."))
    got = _events(extract("Ethiopia insisted that Sudan withdraw its troops."))
    assert ("ETH", "SDN", "100", "asserted") in got


def test_trucks_handed_to_an_army_stay_aid(extract: Extract) -> None:
    assert ("GHA", "TGO", "070", "asserted") in _events(
        extract("Ghana handed 40 trucks to Togo's army.")
    )
