"""Dates from the document date plus the sentence's time expressions."""

from __future__ import annotations

import pytest

from realpolitik.extract.dates import resolve_date

DOC = "2024-06-21"  # a Friday


@pytest.mark.parametrize(
    ("sentence", "doc_date", "expected"),
    [
        # relative to the document date
        ("The minister flew to Hanoi on Wednesday.", DOC, ("2024-06-19", "day")),
        ("The minister flew to Hanoi Friday.", DOC, ("2024-06-21", "day")),
        ("The envoys met last Friday in Geneva.", DOC, ("2024-06-14", "day")),
        ("The two delegations met last week.", DOC, ("2024-06-14", "day")),
        ("Diplomats gathered this week in Brussels.", DOC, ("2024-06-21", "day")),
        ("Officials said yesterday that the talks had stalled.", DOC, ("2024-06-20", "day")),
        ("Shelling resumed last night near the border.", DOC, ("2024-06-20", "day")),
        ("The cabinet meets today.", DOC, ("2024-06-21", "day")),
        ("The summit opens tomorrow.", DOC, ("2024-06-22", "day")),
        ("The president last came here 24 years ago.", DOC, ("2000-01-01", "year")),
        ("The border closed three months ago.", DOC, ("2024-03-01", "month")),
        ("The talks collapsed two weeks ago.", DOC, ("2024-06-07", "day")),
        ("The embassy reopened a decade ago.", DOC, ("2014-01-01", "year")),
        ("Exports to the neighbour fell last month.", "2024-01-10", ("2023-12-01", "month")),
        ("Imports from the bloc rose last year.", "2024-01-10", ("2023-01-01", "year")),
        ("Earlier this month, the envoys met in Oslo.", DOC, ("2024-06-01", "month")),
        ("Earlier this year the alliance expanded.", DOC, ("2024-01-01", "year")),
        ("The navies hold drills next month.", "2024-12-05", ("2025-01-01", "month")),
        ("The talks resume next year.", DOC, ("2025-01-01", "year")),
        # absolute
        ("The leaders met on June 19 in the capital.", DOC, ("2024-06-19", "day")),
        ("The leaders met on June 19, 2023 in the capital.", DOC, ("2023-06-19", "day")),
        ("The treaty was signed on 19 June 2024.", None, ("2024-06-19", "day")),
        ("The treaty was signed on the 5th of May 2020.", None, ("2020-05-05", "day")),
        ("The accord dates from Sept. 3, 1999.", None, ("1999-09-03", "day")),
        ("The text is dated 2022-02-24.", None, ("2022-02-24", "day")),
        ("The crisis began in September 2017 with a test.", DOC, ("2017-09-01", "month")),
        ("The ban held until March of 2021.", DOC, ("2021-03-01", "month")),
        ("Trade between them reached $240 billion in 2023.", DOC, ("2023-01-01", "year")),
        ("By mid-2022 the sanctions had bitten.", DOC, ("2022-01-01", "year")),
        ("2019 was the worst year for the talks.", DOC, ("2019-01-01", "year")),
        # a month without a year: the latest one on or before the document's month
        ("In September the ministers met again.", DOC, ("2023-09-01", "month")),
        ("In May the ministers met again.", DOC, ("2024-05-01", "month")),
        # a year between a determiner and a singular noun; counts and measures stay numbers
        ("Both sides still honour the 1953 armistice.", DOC, ("1953-01-01", "year")),
        ("Manila cited its 1951 defence treaty.", DOC, ("1951-01-01", "year")),
        ("The 2000 soldiers left the base.", DOC, (DOC, "document")),
        ("Patrols cover a 2000 km border.", DOC, (DOC, "document")),
        # nothing to resolve
        ("The two states signed a treaty.", DOC, (DOC, "document")),
        ("The two states signed a treaty.", None, (None, "document")),
        ("The minister flew to Hanoi on Wednesday.", None, (None, "document")),
    ],
)
def test_resolve_date(sentence: str, doc_date: str | None, expected: tuple[object, str]) -> None:
    assert resolve_date(sentence, doc_date) == expected


def test_future_tense_looks_forward() -> None:
    # The document is a Wednesday; a visit that "will" happen on Friday is two days later.
    assert resolve_date("The envoy will visit Seoul on Friday.", "2024-06-19") == (
        "2024-06-21",
        "day",
    )
    assert resolve_date("The envoy visits Seoul next Wednesday.", "2024-06-19") == (
        "2024-06-26",
        "day",
    )
    assert resolve_date("Drills are scheduled to start in September.", DOC) == (
        "2024-09-01",
        "month",
    )


def test_day_without_year_after_document_date_is_last_year() -> None:
    assert resolve_date("Talks broke down on December 28.", "2024-01-05") == (
        "2023-12-28",
        "day",
    )


def test_counts_and_percentages_are_not_years() -> None:
    assert resolve_date("The army sent 2000 soldiers to the front.", DOC) == (DOC, "document")
    assert resolve_date("Trade rose by 2,024 units, or 2010 percent.", DOC) == (DOC, "document")
    assert resolve_date("Officials may meet again.", DOC) == (DOC, "document")


def test_invalid_calendar_day_is_skipped() -> None:
    assert resolve_date("The note is dated February 30, 2023.", DOC) == (DOC, "document")


def test_nearest_expression_to_anchor_wins() -> None:
    text = "In 2023 the deal collapsed, and on June 19 the leaders signed a new pact."
    assert resolve_date(text, DOC, anchor=text.index("signed")) == ("2024-06-19", "day")
    assert resolve_date(text, DOC, anchor=text.index("collapsed")) == ("2023-01-01", "year")
    # without an anchor the first expression counts
    assert resolve_date(text, DOC) == ("2023-01-01", "year")


def test_unparseable_document_date_keeps_absolute_dates() -> None:
    assert resolve_date("They met last week.", "not a date") == ("not a date", "document")
    assert resolve_date("They met in 2021.", "not a date") == ("2021-01-01", "year")
