"""fresh9's lexicon and factuality classes (lex19) on minimal sentences with several states: the
accused act under "accused X of V-ing" is X's, reported (AC); a pledge to post police is a
pledge, a consular hand-over a release, "closed N of its crossings" a closure, "would not
respond in kind" no act (L); a "neither" subject negates its verb (NE); a passive welcome after
an arrival hosts the visit (PB); "made no comment" is no event (S). The suite's tables:
``phenomena_lex19.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, repaired, word

from realpolitik.extract._neither import neither_subject
from realpolitik.extract._stood_by import stood_idle
from realpolitik.extract.parties.accused_acts import accused_doer, accusing_verb
from realpolitik.models import Extraction


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo, e.factuality)
        for e in ex.events
    }


# -- AC: the accused act ---------------------------------------------------------------------
def test_the_accused_is_the_gerunds_doer(nlp: Any) -> None:
    doc = repaired(nlp, "Kenya accused Uganda of detaining 12 Kenyan fishermen.")
    got = accused_doer(word(doc, "detaining"))
    assert got is not None and got.text == "Uganda"
    other = repaired(nlp, "Kenya insisted on detaining 12 Ugandan fishermen.")
    assert accusing_verb(word(other, "detaining")) is None


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Benin accused Nigerien soldiers of holding 12 Beninese traders without charge.",
         ("NER", "BEN", "173", "reported")),
        ("Armenian lawmakers have accused Azerbaijan of grabbing Armenian land.",
         ("AZE", "ARM", "192", "reported")),
        ("Sudan accused Chad on Monday of moving troops to the border.",
         ("TCD", "SDN", "154", "reported")),
        ("Kenya accused Uganda of seizing a Kenyan fishing boat.",
         ("UGA", "KEN", "171", "reported")),
    ],
)  # fmt: skip
def test_the_accused_act_is_reported_beside_the_accusation(
    extract: Extract, text: str, accused: tuple[str, str, str, str]
) -> None:
    got = _events(extract(text))
    assert accused in got
    assert [e for e in got if e[2].startswith("112") and e[3] == "asserted"]


def test_a_friendly_accused_act_stays_background(extract: Extract) -> None:
    got = _events(extract("Kenya accused Uganda of backing the rebels in its north."))
    assert not [e for e in got if e[2][:2] == "05"]


# -- L: pledges, hand-overs, closures, "in kind" ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Namibia pledged to deploy more police at the border with Botswana.",
        "Ghana promised to station more police at the border crossings with Togo.",
    ],
)
def test_a_pledge_to_post_police_is_no_threat(extract: Extract, text: str) -> None:
    got = _events(extract(text))
    assert [e for e in got if e[2] == "030" and e[1] in ("BWA", "TGO")]
    assert not [e for e in got if e[2][:2] == "13"]


def test_a_pledge_to_deploy_troops_stays_a_threat(extract: Extract) -> None:
    got = _events(extract("Russia vowed to deploy troops to the border with Ukraine."))
    assert [e for e in got if e[2][:2] == "13"]


@pytest.mark.parametrize("to", ["consular staff", "consular officials"])
def test_a_consular_hand_over_is_a_release(extract: Extract, to: str) -> None:
    got = _events(extract(f"Togo released 19 Ghanaian traders and handed them to Ghanaian {to}."))
    assert ("TGO", "GHA", "084", "asserted") in got
    assert not [e for e in got if e[2][:2] in ("06", "07")]


def test_closing_some_of_its_crossings_restricts_movement(extract: Extract) -> None:
    got = _events(extract("Senegal closed three of its border crossings with Mali on Monday."))
    assert ("SEN", "MLI", "191", "asserted") in got


def test_not_responding_in_kind_is_no_act(extract: Extract) -> None:
    assert not extract("President Mahama said Chad would not respond in kind.").events
    got = _events(extract("Kenya said it would respond in kind."))
    assert [e for e in got if e[2][:2] == "13"]  # the threat stays


# -- NE: "neither" ---------------------------------------------------------------------------
def test_a_neither_subject_negates(nlp: Any) -> None:
    doc = repaired(nlp, "Neither government has asked the European Union to mediate.")
    assert neither_subject(word(doc, "asked"))
    kept = repaired(nlp, "The government has asked the European Union to mediate.")
    assert not neither_subject(word(kept, "asked"))


def test_neither_government_asserts_nothing(extract: Extract) -> None:
    got = _events(extract("Neither government has asked the European Union to mediate."))
    assert got and not [e for e in got if e[3] == "asserted"]


def test_an_unknown_victim_is_not_the_accuser(extract: Extract) -> None:
    got = _events(extract("India accused Brazil of torturing prisoners on Tuesday."))
    assert not [e for e in got if e[0] == "BRA"]
    kept = _events(extract("Poland accused Russia of violating its airspace."))
    assert [e for e in kept if e[:2] == ("RUS", "POL") and e[3] == "reported"]


# -- DN: standing by --------------------------------------------------------------------------
def test_standing_by_with_no_object_is_idle(nlp: Any) -> None:
    doc = repaired(nlp, "Zambia denied that its soldiers had stood by while shops were looted.")
    assert stood_idle(word(doc, "stood"))
    kept = repaired(nlp, "Kenya stood by Uganda during the crisis.")
    assert not stood_idle(word(kept, "stood"))


def test_a_denial_of_standing_by_is_a_denial(extract: Extract) -> None:
    got = _events(
        extract(
            "Zambia accused Malawian soldiers of standing by while Zambian lorries were burned. "
            "Malawi's government denied that its soldiers had stood by."
        )
    )
    assert ("MWI", "ZMB", "016", "asserted") in got
    assert not [e for e in got if e[2][:2] == "05"]


# -- CN: the promise's negated complement -------------------------------------------------------
_CHAPO = (
    "Zambia's president met President Daniel Chapo in Maputo. The two leaders agreed to build a "
    "bridge by 2027, and Chapo promised that fuel deliveries through Beira would not be "
    "disrupted again."
)


def test_a_promise_read_as_its_clauses_subject_is_repaired(nlp: Any) -> None:
    doc = repaired(nlp, "Chapo promised that fuel deliveries through Beira would not be disrupted.")
    promised = word(doc, "promised")
    assert promised.dep_ not in ("csubj", "csubjpass")
    assert word(doc, "disrupted").head.i == promised.i
    assert word(doc, "deliveries").dep_ == "nsubjpass"


def test_the_promise_of_a_negated_complement_stands(extract: Extract) -> None:
    got = _events(extract(_CHAPO))
    assert [e for e in got if e[0] == "MOZ" and e[2].startswith("03") and e[3] == "asserted"]
    assert not [e for e in got if e[3] == "negated"]


# -- PB, S -----------------------------------------------------------------------------------
def test_a_welcome_after_an_arrival_hosts_the_visit(extract: Extract) -> None:
    got = _events(
        extract(
            "Kenya's president arrived in Kampala on Monday and was welcomed at State House by "
            "Uganda's president."
        )
    )
    assert ("UGA", "KEN", "043", "asserted") in got
    assert not [e for e in got if e[2][:2] == "05"]


def test_no_comment_is_no_event(extract: Extract) -> None:
    assert not extract("Eritrea made no comment.").events
    assert extract("Eritrea commented on the report.").events
