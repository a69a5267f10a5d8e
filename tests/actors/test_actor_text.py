"""The tokenizer and folding that the actor tables and the scanner share: offsets into the
text, accents and curly quotes meeting their plain forms, hyphens dropped, acronyms with dots
kept whole, case rules, and the dates of terms and documents."""

from __future__ import annotations

import pytest

from realpolitik.actors._text import (
    case_ok,
    document_date,
    fold,
    parse_date,
    phrase_tokens,
    tokenize,
)
from realpolitik.errors import RealpolitikError


def test_tokens_carry_their_offsets() -> None:
    text = "Kim Jong-un met U.S. envoys in Côte d’Ivoire."
    toks = tokenize(text)
    assert toks.texts == ["Kim", "Jong", "un", "met", "U.S.", "envoys", "in", "Côte", "d", "'",
                          "Ivoire", "."]  # fmt: skip
    for t, s, e in zip(toks.texts, toks.starts, toks.ends, strict=True):
        assert text[s:e].replace("\u2019", "'") == t
    assert toks.keys[7] == "cote" and toks.keys[4] == "u.s."
    assert toks.upper_start(0) and not toks.upper_start(3)


def test_spellings_of_one_name_meet() -> None:
    assert tokenize("Kim Jong-un").keys == tokenize("Kim Jong Un").keys == ["kim", "jong", "un"]
    assert tokenize("Côte d’Ivoire").keys == tokenize("Cote d'Ivoire").keys
    assert fold("ÉIRE") == "eire" and fold("Ärzte") == "arzte" and fold("plain") == "plain"
    assert phrase_tokens("THE_ARNOR_GOVERNMENT").texts == ["THE", "ARNOR", "GOVERNMENT"]
    assert phrase_tokens("São Tomé").keys == ["sao", "tome"]
    assert len(phrase_tokens("   ")) == 0


@pytest.mark.parametrize(
    ("pattern", "actual", "first", "ok"),
    [
        ("US", "US", True, True), ("US", "us", True, False), ("UN", "Un", False, False),
        ("Turkey", "Turkey", True, True), ("Turkey", "turkey", True, False),
        ("Turkey", "turkey", False, True), ("of", "OF", False, True), ("Gondor", "1st", True, True),
    ],
)  # fmt: skip
def test_case_rules(pattern: str, actual: str, first: bool, ok: bool) -> None:
    assert case_ok(pattern, actual, first) is ok


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2016", "2016-01-01", "2016-12-31"), ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023-12", "2023-12-01", "2023-12-31"), (" 2020-05-17 ", "2020-05-17", "2020-05-17"),
        (None, None, None), ("", None, None),
    ],
)  # fmt: skip
def test_term_dates(value: str | None, start: str | None, end: str | None) -> None:
    assert parse_date(value) == start and parse_date(value, end=True) == end


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "May 2024", "20241"])
def test_bad_term_dates_name_the_value(value: str) -> None:
    with pytest.raises(ValueError, match=value):
        parse_date(value)


def test_document_dates_take_the_middle_of_a_bare_period() -> None:
    assert document_date("2016") == "2016-07-01" and document_date("2016-03") == "2016-03-15"
    assert document_date("2016-03-09T12:00:00Z") == "2016-03-09"
    assert document_date(None) is None and document_date("  ") is None
    with pytest.raises(RealpolitikError) as err:
        document_date("yesterday")
    assert err.value.code == "E213" and "yesterday" in str(err.value)


def _tokens_one_by_one(text: str) -> list[tuple[str, str, int, int]]:
    """The tokenizer's contract, one match at a time: every word, abbreviation or other
    character, hyphens dropped, curly apostrophes straight, offsets into ``text``."""
    import re

    text = text.replace("\u2019", "'").replace("\u2018", "'")
    out = []
    for m in re.finditer(r"(?:[A-Za-z]\.){2,}|\w+|[^\w\s]", text):
        t = m.group()
        if t not in ("-", "\u2010", "\u2011"):
            out.append((t, t.lower() if t.isascii() else fold(t), m.start(), m.end()))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "", "   ", "-", " - -- \u2010\u2011 ", "Sino-Russian ties", "-Kim Jong-un-", "a--b",
        "U.S.-backed forces", "U.S.A.", "the U.N.'s envoy", "e.g. a.b", "x \u2010y\u2011z",
        "Côte d’Ivoire’s\u00a0army", "ÉIRE\u3000and Ärzte", "İstanbul-based", "\tend.\n",
        "Turkey's — and Iran's — drones", "Kim\u2014Jong", "1,000 troops; 2-3 ships",
    ],
)  # fmt: skip
def test_tokens_are_those_read_one_match_at_a_time(text: str) -> None:
    toks = tokenize(text)
    got = list(zip(toks.texts, toks.keys, toks.starts, toks.ends, strict=True))
    assert got == _tokens_one_by_one(text)
