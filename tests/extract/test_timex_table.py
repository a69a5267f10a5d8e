"""Time expressions on their own (words only): each form the resolver knows, read against a
document of Wednesday 13 March 2024, in the past reading of a report and the future reading of
a plan; impossible dates and decades give nothing, and nothing is read without a date."""

from __future__ import annotations

import pytest

from realpolitik.extract._timex import add_days, find_timexes, shift_month

DOC = "2024-03-13"  # a Wednesday

CASES = [
    # text, future, (kind, date, precision, matched text, year written)
    ("It happened on 2024-02-29.", False, ("iso", "2024-02-29", "day", "2024-02-29", True)),
    ("on March 5, 2023", False, ("mdy", "2023-03-05", "day", "March 5, 2023", True)),
    ("on 5 March 2023", False, ("dmy", "2023-03-05", "day", "5 March 2023", True)),
    ("in March 2023", False, ("my", "2023-03-01", "month", "March 2023", True)),
    ("on Monday", False, ("wd", "2024-03-11", "day", "on Monday", False)),
    ("on Monday", True, ("wd", "2024-03-18", "day", "on Monday", False)),
    ("last Monday", False, ("wd", "2024-03-11", "day", "last Monday", False)),
    ("next Monday", False, ("wd", "2024-03-18", "day", "next Monday", False)),
    ("three days ago", False, ("ago", "2024-03-10", "day", "three days ago", False)),
    ("two weeks ago", False, ("ago", "2024-02-28", "day", "two weeks ago", False)),
    ("five years ago", False, ("ago", "2019-01-01", "year", "five years ago", False)),
    ("a decade ago", False, ("ago", "2014-01-01", "year", "a decade ago", False)),
    ("yesterday", False, ("rel", "2024-03-12", "day", "yesterday", False)),
    ("tomorrow", False, ("rel", "2024-03-14", "day", "tomorrow", False)),
    ("last week", False, ("rel", "2024-03-06", "day", "last week", False)),
    ("last month", False, ("rel", "2024-02-01", "month", "last month", False)),
    ("next year", False, ("rel", "2025-01-01", "year", "next year", False)),
    ("in September", False, ("mo", "2023-09-01", "month", "in September", False)),
    ("in September", True, ("mo", "2024-09-01", "month", "in September", False)),
    ("in 2019", False, ("yr", "2019-01-01", "year", "2019", True)),
]


@pytest.mark.parametrize(("text", "future", "want"), CASES,
                         ids=[f"{t}{' (future)' if f else ''}" for t, f, _ in CASES])  # fmt: skip
def test_each_form(text: str, future: bool, want: tuple[object, ...]) -> None:
    (tx,) = find_timexes(text, DOC, future)
    assert (tx.kind, tx.date, tx.precision, tx.text, tx.explicit_year) == want
    assert text[tx.start : tx.end] == tx.text


@pytest.mark.parametrize("text", ["on February 30, 2023", "on 31 April 2023", "the 1990s",
                                  "a long time ago", "at noon"])  # fmt: skip
def test_no_date(text: str) -> None:
    assert find_timexes(text, DOC) == []


def test_relative_forms_need_a_document_date() -> None:
    assert find_timexes("on Monday", None) == []
    assert find_timexes("yesterday", "not a date") == []
    (absolute,) = find_timexes("on 5 March 2023", None)  # written in full: no anchor needed
    assert absolute.date == "2023-03-05"


def test_several_expressions_in_text_order() -> None:
    found = find_timexes("Talks began on 3 May 2023 and ended yesterday.", DOC)
    assert [(t.kind, t.date) for t in found] == [("dmy", "2023-05-03"), ("rel", "2024-03-12")]


def test_date_arithmetic_at_the_ends_of_the_calendar() -> None:
    from datetime import date

    assert add_days(date(9999, 12, 31), 1) == date.max
    assert add_days(date(1, 1, 1), -1) == date.min
    assert add_days(date(2024, 2, 28), 1) == date(2024, 2, 29)
    assert shift_month(date(2024, 1, 31), -1) == ("2023-12-01", "month")
    assert shift_month(date(2024, 11, 5), 3) == ("2025-02-01", "month")
    assert shift_month(date(9999, 12, 1), 1) is None  # past the calendar: no date
