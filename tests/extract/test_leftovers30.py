"""Leftovers30 (issue 9): a subject "X's plan to V Y" is X's planned act, `possible`; a vow
to retaliate by an act is one threat, with no 030 beside it; an open question ("asked
whether ...") is no appeal; "X scrambled jets as Y launched ..." read with no verb is
repaired (``_scene_clause_verbs``)."""

from __future__ import annotations

from typing import Any

from extract_helpers import Extract, code_events

from realpolitik.extract._scene_clause_verbs import scene_clause_verb


def test_a_subject_plan_is_its_owners_possible_act(extract: Extract) -> None:
    ex = extract("Russia's plan to impose sanctions on Poland drew criticism.")
    assert {(s, t, c[:2], f) for s, t, c, f in code_events(ex)} >= {
        ("RUS", "POL", "16", "possible")
    }


def test_an_abandoned_plan_gives_no_act(extract: Extract) -> None:
    ex = extract("Russia abandoned its plan to impose sanctions on Poland.")
    assert not any(c[:2] == "16" and f == "asserted" for _, _, c, f in code_events(ex))


def test_a_vow_to_retaliate_by_an_act_is_one_threat(extract: Extract) -> None:
    ex = extract("Iran vowed to retaliate by expelling Britain's diplomats.")
    assert code_events(ex) == {("IRN", "GBR", "1313", "asserted")}


def test_a_vow_to_retaliate_against_a_state_is_kept(extract: Extract) -> None:
    ex = extract("Iran vowed to retaliate against Britain.")
    assert {c[:2] for _, _, c, _ in code_events(ex)} == {"13"}


def test_an_open_question_is_no_appeal(extract: Extract) -> None:
    ex = extract("Ghana asked whether Togo's closure of the border was temporary.")
    assert not any(c[:2] == "02" for _, _, c, _ in code_events(ex))


def test_a_question_put_to_a_state_stays(extract: Extract) -> None:
    ex = extract("Ghana asked Togo whether the closure was temporary.")
    assert any((s, t, c[:2]) == ("GHA", "TGO", "02") for s, t, c, _ in code_events(ex))


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def test_an_opening_verb_read_as_an_adjective_is_the_root(nlp: Any) -> None:
    doc = nlp("Pakistan scrambled jets as Nigeria launched missiles at Italy.")
    scene_clause_verb(next(iter(doc.sents)))
    scrambled, launched = _tok(doc, "scrambled"), _tok(doc, "launched")
    assert scrambled.dep_ == "ROOT" and scrambled.tag_ == "VBD"
    assert (_tok(doc, "Pakistan").dep_, _tok(doc, "jets").dep_) == ("nsubj", "dobj")
    assert (launched.dep_, launched.head.i) == ("advcl", scrambled.i)
    assert (_tok(doc, "Nigeria").dep_, _tok(doc, "Nigeria").head.i) == ("nsubj", launched.i)


def test_a_sentence_with_its_verb_is_left(nlp: Any) -> None:
    doc = nlp("Poland deployed troops after Russia launched missiles at Ukraine.")
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    scene_clause_verb(next(iter(doc.sents)))
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == before


def test_a_scrambled_answer_names_the_striker(extract: Extract) -> None:
    ex = extract("Pakistan scrambled fighter jets after Nigeria launched missiles at Italy.")
    events = code_events(ex)
    assert ("PAK", "NGA", "154", "asserted") in events
    assert not any(s == "PAK" and t == "ITA" for s, t, _, _ in events)


def test_the_clause_subject_read_as_an_adverb_is_the_subject(extract: Extract) -> None:
    ex = extract("The United States scrambled its jets as Armenia launched missiles at Hungary.")
    assert not any(s == "USA" and t == "HUN" for s, t, _, _ in code_events(ex))


def test_firm_before_an_act_noun_is_no_business(extract: Extract) -> None:
    ex = extract("Germany gave Poland firm guarantees of support.")
    assert code_events(ex) == {("DEU", "POL", "030", "asserted")}


def test_a_firm_named_as_such_stays_a_business(extract: Extract) -> None:
    ex = extract("Kenya fined a Ugandan construction firm.")
    assert any(e.target is not None and e.target.code == "UGABUS" for e in ex.events)


def test_a_widened_measure_on_a_capital_is_its_doers(extract: Extract) -> None:
    ex = extract("France expanded sanctions on Moscow.")
    assert code_events(ex) == {("FRA", "RUS", "163", "asserted")}


def test_an_owned_measure_takes_the_verbs_target(extract: Extract) -> None:
    ex = extract("Greece toughened its tariffs on Jordan.")
    assert {(s, t) for s, t, _, _ in code_events(ex)} == {("GRC", "JOR")}


def test_an_act_answered_in_kind_is_news_too(extract: Extract) -> None:
    ex = extract("Poland expelled Russia's ambassador after Moscow expelled its envoy.")
    assert {(s, t) for s, t, _, f in code_events(ex) if f == "asserted"} == {
        ("POL", "RUS"),
        ("RUS", "POL"),
    }


def test_an_old_act_answered_stays_background(extract: Extract) -> None:
    ex = extract("Kenya expelled Uganda's ambassador after Kampala expelled its envoy in March.")
    assert {(s, t) for s, t, _, _ in code_events(ex)} == {("KEN", "UGA")}
