"""Dates of events, generated: each date phenomenon crossed with many acts, states and phrasings.

A time expression dates an event only when it modifies the event's own clause; periods
("since 2015", "for 2025 to 2028") and other nouns' dates ("the 1953 armistice") never do; an
underspecified expression takes its past reading; no event is dated after its document.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable, Iterator

import pytest

from realpolitik.extract.dates import event_date, resolve_date
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]

FRIDAY = "2024-10-18"  # a Friday in October
PAIRS = [
    ("Russia", "RUS", "Ukraine", "UKR"), ("Japan", "JPN", "China", "CHN"),
    ("India", "IND", "Pakistan", "PAK"), ("Iran", "IRN", "Israel", "ISR"),
    ("Vietnam", "VNM", "the Philippines", "PHL"), ("Germany", "DEU", "France", "FRA"),
    ("Turkey", "TUR", "Greece", "GRC"), ("Egypt", "EGY", "Sudan", "SDN"),
]  # fmt: skip
# (past-tense phrase with {b} as the target, CAMEO root of the act)
ACTS = [
    ("criticized {b}", "11"), ("condemned {b}", "11"), ("accused {b} of espionage", "11"),
    ("sent aid to {b}", "07"), ("signed a trade agreement with {b}", "05"),
    ("threatened {b}", "13"), ("met with {b}", "04"), ("expelled diplomats from {b}", "1"),
]  # fmt: skip


# Every act with every pair, in a fixed shuffled order drawn from across all the tests.
_ORDER = list(itertools.product(ACTS, PAIRS))
random.Random(20241018).shuffle(_ORDER)
_COMBOS = itertools.cycle(_ORDER)


def cases(templates: list[str], per: int = 3) -> Iterator[tuple[str, str, str]]:
    """(sentence, source, target) for each template crossed with the next acts and pairs."""
    combos = _COMBOS
    for template in templates:
        for _ in range(per):
            (act, _root), (a, a_code, b, b_code) = next(combos)
            text = template.format(a=a, act=act.format(b=b), b=b)
            yield text[0].upper() + text[1:], a_code, b_code


def dated(extract: Extract, text: str, src: str, tgt: str, date: str = FRIDAY) -> list[str]:
    """Dates (with precision) of the events from ``src`` to ``tgt``; at least one must exist."""
    events = [
        e for e in extract(text, date).events
        if e.source.code[:3] == src and e.target is not None and e.target.code[:3] == tgt
    ]  # fmt: skip
    assert events, f"no {src}->{tgt} event in: {text}"
    return sorted({f"{e.date}/{e.date_precision}" for e in events})


OWN_CLAUSE = [
    "{a} {act} on Thursday in the capital.",
    "{a} {act} on Thursday.",
    "On Thursday, {a} {act}.",
    "{a} {act} on Thursday, officials said.",
    "{a} {act} yesterday.",
    "{a} {act} on 17 October.",
]


@pytest.mark.parametrize(("text", "src", "tgt"), list(cases(OWN_CLAUSE)))
def test_expression_of_the_events_own_clause_dates_it(
    extract: Extract, text: str, src: str, tgt: str
) -> None:
    # Thursday in an article of Friday 18 October 2024 is the day before
    assert dated(extract, text, src, tgt) == ["2024-10-17/day"]


ATTRIBUTION = [
    "{a} {act}, officials in {b} said on Thursday.",
    "Officials said on Thursday that {a} {act}.",
    "{a} {act}, a spokesman told reporters on Thursday.",
]


@pytest.mark.parametrize(("text", "src", "tgt"), list(cases(ATTRIBUTION)))
def test_date_of_the_report_is_not_the_date_of_the_act(
    extract: Extract, text: str, src: str, tgt: str
) -> None:
    assert dated(extract, text, src, tgt) == [f"{FRIDAY}/document"]


PERIODS = [
    "{a} {act} for the first time since 2015.",
    "{a} {act}, the first such step since 2015.",
    "{a} {act} for 2025 to 2028.",
    "{a} {act} from 2025 to 2028.",
    "{a} {act} until March.",
    "{a} {act} between 2019 and 2023.",
]


@pytest.mark.parametrize(("text", "src", "tgt"), list(cases(PERIODS)))
def test_periods_and_their_bounds_do_not_date_the_act(
    extract: Extract, text: str, src: str, tgt: str
) -> None:
    assert dated(extract, text, src, tgt) == [f"{FRIDAY}/document"]


OTHER_NOUNS = [
    "{a} {act} over the 1953 armistice.",
    "{a} {act} after reading the 2016 ruling.",
    "{a} {act} at the 2019 summit of the bloc.",
]


@pytest.mark.parametrize(("text", "src", "tgt"), list(cases(OTHER_NOUNS, per=2)))
def test_a_dated_noun_is_a_reference_not_the_acts_date(
    extract: Extract, text: str, src: str, tgt: str
) -> None:
    assert dated(extract, text, src, tgt) == [f"{FRIDAY}/document"]


@pytest.mark.parametrize(
    "text",
    [
        "The 2014 invasion of Ukraine by Russia drew sanctions.",
        "The 1950 invasion of South Korea by North Korea started a war.",
        "The 2008 attack on Georgia by Russia lasted five days.",
    ],
)
def test_an_act_named_by_its_year_is_no_new_event(extract: Extract, text: str) -> None:
    old = text.split()[1]
    assert [(e.cameo, e.date) for e in extract(text, FRIDAY).events] == []
    # the same act named by the document's own year is news, dated that year
    recent = extract(text.replace(old, FRIDAY[:4]), FRIDAY).events
    assert recent and {(e.date, e.date_precision) for e in recent} == {("2024-01-01", "year")}


MONTHS = [
    ("{a} {act} in September.", FRIDAY, "2024-09-01/month"),
    ("In September, {a} {act}.", FRIDAY, "2024-09-01/month"),
    ("{a} {act} in November.", FRIDAY, "2023-11-01/month"),  # never a future November
    ("{a} {act} in September.", "2024-03-05", "2023-09-01/month"),
    ("{a} {act} on 20 October.", FRIDAY, "2023-10-20/day"),
    ("{a} {act} on Saturday.", FRIDAY, "2024-10-12/day"),
    ("{a} {act} on Friday.", FRIDAY, "2024-10-18/day"),
    ("{a} {act} last week.", FRIDAY, "2024-10-11/day"),
]


@pytest.mark.parametrize(
    ("text", "doc_date", "expected", "src", "tgt"),
    [
        (text, doc_date, expected, src, tgt)
        for template, doc_date, expected in MONTHS
        for text, src, tgt in cases([template], per=2)
    ],
)
def test_underspecified_expressions_take_the_past_reading(
    extract: Extract, text: str, doc_date: str, expected: str, src: str, tgt: str
) -> None:
    assert dated(extract, text, src, tgt, doc_date) == [expected]


FUTURE = [
    "{a} will send aid to {b} next week.",
    "{a} will meet with {b} tomorrow.",
    "{a} plans to sign a trade agreement with {b} on 3 March 2030.",
    "{a} is due to meet with {b} in December.",
    "{a} met with {b} tomorrow.",
]


@pytest.mark.parametrize(("text", "src", "tgt"), list(cases(FUTURE, per=2)))
def test_no_event_is_dated_after_its_document(
    extract: Extract, text: str, src: str, tgt: str
) -> None:
    for value in dated(extract, text, src, tgt):
        assert value.split("/")[0] <= FRIDAY, text


PLANNED = [
    "{a} will send aid to {b} on Thursday.",
    "{a} will meet with {b} on Monday.",
    "{a} plans to sign a trade agreement with {b} in September.",
    "{a} is due to meet with {b} on Wednesday.",
]


@pytest.mark.parametrize(("text", "src", "tgt"), list(cases(PLANNED, per=2)))
def test_a_planned_act_is_dated_when_it_was_announced(
    extract: Extract, text: str, src: str, tgt: str
) -> None:
    # not the past reading of the weekday or month: nothing happened last Thursday
    assert dated(extract, text, src, tgt) == [f"{FRIDAY}/document"]


@pytest.mark.parametrize(
    "text",
    [
        "The summit opens tomorrow.",
        "The talks resume next week.",
        "Russia will attack Ukraine next year.",
        "The envoys met 9999 days ago.",
        "The envoys meet on Monday.",
    ],
)
@pytest.mark.parametrize("doc_date", ["9999-12-31", "0001-01-01", "9999-12-28"])
def test_date_arithmetic_never_overflows(extract: Extract, text: str, doc_date: str) -> None:
    resolved, _ = resolve_date(text, doc_date)
    assert resolved is None or "0001-01-01" <= resolved <= "9999-12-31"
    for event in extract(text, doc_date).events:  # no OverflowError from any trigger
        assert event.date is not None and event.date <= doc_date


def test_event_date_takes_the_trigger_token(nlp: object) -> None:
    sent = next(nlp("Japan criticized China on Thursday, Tokyo said on Friday.").sents)  # type: ignore[operator]
    criticized = next(t for t in sent if t.lower_ == "criticized")
    said = next(t for t in sent if t.lower_ == "said")
    assert event_date(sent, criticized, FRIDAY)[:2] == ("2024-10-17", "day")
    assert event_date(sent, said, FRIDAY)[:2] == ("2024-10-18", "day")
    assert event_date(sent, criticized, None)[:2] == (None, "document")
