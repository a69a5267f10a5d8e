"""Leftovers33 (issue 9): a denied gerund after a time phrase is the denied act
(``_denied_gerunds.denied_gerund``); a complaint participle after another act reports what it
complains of (``_added_reports.GRIEVING``); "met Y's offer with a rebuff" is an answer, no
meeting (``_denied_gerunds.answer_with``); a payment to compensate another state's people is
monetary aid, one act (``_compensation``)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia denied on Friday breaching the accord with Ukraine.", "128"),
        ("Uganda denied yesterday attacking Kenyan troops.", "190"),
        ("China denied again on Sunday having shelled Lebanese positions.", "194"),
    ],
)
def test_a_gerund_after_a_time_phrase_is_denied(extract: Extract, text: str, code: str) -> None:
    got = {(c, f) for _, _, c, f in code_events(extract(text))}
    assert ("016", "asserted") in got
    assert (code, "negated") in got
    assert not any(c == code and f == "asserted" for c, f in got)


def test_a_participle_set_off_by_a_comma_is_no_denied_act(extract: Extract) -> None:
    ex = extract("Russia denied the charge on Friday, accusing Ukraine of shelling the plant.")
    assert not any(f == "negated" and c[:2] == "19" for _, _, c, f in code_events(ex))


@pytest.mark.parametrize("grief", ["complaining", "protesting", "objecting"])
def test_a_complaint_participle_reports_its_content(extract: Extract, grief: str) -> None:
    ex = extract(
        f"Ghana summoned Togo's ambassador, {grief} that Togo had detained Ghanaian fishermen."
    )
    got = set(code_events(ex))
    assert ("TGO", "GHA", "173", "reported") in got
    assert any((s, t, c[:2], f) == ("GHA", "TGO", "11", "asserted") for s, t, c, f in got)
    assert not any(s == "TGO" and f == "asserted" for s, _, _, f in got)


def test_saying_still_gives_a_reason_not_news(extract: Extract) -> None:
    ex = extract(
        "Ghana summoned Togo's ambassador, saying that Togo had detained Ghanaian fishermen."
    )
    assert not any(s == "TGO" for s, _, _, _ in code_events(ex))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pakistan's offer was met with a rebuff from India.", ("IND", "PAK", "120")),
        ("China met Japan's plan with condemnation.", ("CHN", "JPN", "111")),
        ("The Turkish proposal met with criticism from Greece.", ("GRC", "TUR", "111")),
    ],
)
def test_an_answer_met_with_is_no_meeting(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = {(s, t, c, f) for s, t, c, f in code_events(extract(text))}
    assert (*want, "asserted") in got
    assert not any(c[:2] == "04" for _, _, c, _ in got)


def test_silence_is_no_answer(extract: Extract) -> None:
    got = code_events(extract("Russia's offer was met with silence in Kyiv."))
    assert not any(s == "UKR" for s, _, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Japan paid 5 million dollars to South Korea's fishermen to compensate them.",
        "Japan paid $2 million to South Korean farmers to compensate them for the spill.",
        "Japan compensated South Korean fishermen for the spill.",
    ],
)
def test_compensation_is_monetary_aid(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert [(s, t, c) for s, t, c, _ in got] == [("JPN", "KOR", "071")]


def test_a_demanded_compensation_is_no_payment(extract: Extract) -> None:
    got = code_events(extract("Jordan insisted that Minsk pay compensation."))
    assert not any(c[:2] == "07" for _, _, c, _ in got)
