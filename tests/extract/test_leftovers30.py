"""Leftovers30 (issue 9): a subject "X's plan to V Y" is X's planned act, `possible`; a vow
to retaliate by an act is one threat, with no 030 beside it; an open question ("asked
whether ...") is no appeal."""

from __future__ import annotations

from extract_helpers import Extract, code_events


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
