"""Time expressions: one compiled scan of a sentence, and their resolution to calendar dates.

``dates.py`` decides which expression dates what (an event, a claim's period); this module only
finds expressions and turns each into a date. Conventions (the store keeps a DATE, so every
result is a full ``YYYY-MM-DD``):

- precision ``month`` gives the first day of the month, ``year`` gives January 1;
- week expressions resolve to a day: "last week" is 7 days before the document date, "this
  week" the document date itself, "N weeks ago" 7·N days before;
- a bare weekday ("on Wednesday") is the most recent such day on or before the document date;
  "last Wednesday" is strictly before it; "next Wednesday", or a bare weekday with ``future``,
  is the first such day after it;
- a day or month without a year ("on June 19", "in September") takes the document's year, or
  the year before when that would fall after the document date (unless ``future``);
- relative expressions need a document date and give nothing without one;
- date arithmetic never overflows: results are clamped to 0001-01-01 .. 9999-12-31.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from realpolitik.models import DatePrecision

MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
# The twelve full month names (the first keys above), for modules that ask only "a month?"
FULL_MONTHS = frozenset(list(MONTH_NAMES)[:12])
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "hundred": 100,
}  # fmt: skip

# Month names are matched capitalised only: "may" is a modal verb, "march" a noun.
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
YEAR = r"(?:19|20)\d\d"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_MONTH_PREP = (
    r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter"
    r"|[Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd\s+of|[Bb]eginning\s+of|[Ss]tart\s+of)"
)

_PATTERN = re.compile(
    "|".join(
        [
            # 2024-06-19
            rf"(?P<iso>\b(?P<iso_y>{YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b)",
            # June 19, 2024 / June 19 / Jun. 19th
            rf"(?P<mdy>\b(?P<mdy_m>{_MONTH})\.?\s+(?P<mdy_d>{_DAY})\b(?!\s*%)"
            rf"(?:,?\s+(?P<mdy_y>{YEAR})\b)?)",
            # 19 June 2024 / 19 June / 19th of June
            rf"(?P<dmy>\b(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{_MONTH})\b\.?"
            rf"(?:,?\s+(?P<dmy_y>{YEAR})\b)?)",
            # September 2017 / March of 2023
            rf"(?P<my>\b(?P<my_m>{_MONTH})\.?,?\s+(?:of\s+)?(?P<my_y>{YEAR})\b)",
            # last/next/on Wednesday
            rf"(?P<wd>\b(?:(?P<wd_mod>(?i:last|next|this|on))\s+)?(?P<wd_n>{_WEEKDAY})\b)",
            # 24 years ago / a decade ago
            rf"(?P<ago>\b(?P<ago_n>(?i:{_NUM}))\s+(?P<ago_u>(?i:day|week|month|year|decade))s?"
            r"\s+(?i:ago)\b)",
            # yesterday, last week, earlier this month, next year ...
            r"(?P<rel>\b(?i:yesterday|today|tomorrow|tonight|last\s+night"
            r"|this\s+(?:morning|afternoon|evening)"
            r"|(?:earlier|later)\s+(?:this|in\s+the)\s+(?:week|month|year)"
            r"|(?:last|this|next|the\s+previous|the\s+following)\s+(?:week|month|year))\b)",
            # in September (no day, no year follows)
            rf"(?P<mo>\b{_MONTH_PREP}[\s-]+(?P<mo_m>{_MONTH})\b(?!\.?,?\s+(?:of\s+)?{YEAR}\b"
            rf"|\.?\s+\d))",
            # in 2023 (context checked in code)
            rf"(?P<yr>(?<![\d,.$€£#])\b(?P<yr_y>{YEAR})\b(?![.,]\d|\s*%|\s*(?:per\s*cent|percent)))",
        ]
    )
)
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|till|during|from|through|before|after|early|late|mid|end\s+of"
    r"|beginning\s+of|start\s+of|spring|summer|autumn|fall|winter|of|year|fiscal|around|circa"
    r"|between|as\s+of)|\bFY)[\s-]*$",
    re.IGNORECASE,
)
# A lower-case word after a bare number usually makes it a count ("2000 soldiers"), except these.
_LOWER_WORD_NEXT = re.compile(
    r"\s+(?!(?:was|were|is|has|had|saw|marked|brought|and|or|when|as|after|before|through|to"
    r"|until|onwards?)\b)[a-z]"
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|his|her|our|this|that|whose|a|an)|'s)\s+$", re.IGNORECASE
)
_SINGULAR_NEXT = re.compile(
    r"\s+(?!(?:km|kilomet(?:re|er)|mile|met(?:re|er)|tonne|ton|kg|barrel|hectare|acre|foot)\b)"
    r"[a-z][a-z-]*[a-rt-z]\b"
)
FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|to\s+be)\s+to"
    r"|(?:is|are)\s+to|plans?\s+to|planning\s+to|intends?\s+to|upcoming|scheduled\s+for)\b"
    r"|'ll\b",
    re.IGNORECASE,
)

# Cheap first pass: most event sentences hold no time expression at all.
_QUICK = re.compile(
    r"\d|(?i:ago|day|night|tonight|tomorrow|morning|afternoon|evening|week|month|year|decade)s?\b"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
)
# Kinds whose year (and for weekdays the week) is inferred, so that the past reading can be
# chosen when the future one would fall after the document.
UNDERSPECIFIED = frozenset({"wd", "mo", "mdy", "dmy"})

Resolved = tuple[str, DatePrecision]


@dataclass(frozen=True)
class Timex:
    """One time expression of a sentence, resolved."""

    start: int
    end: int
    kind: str  # iso, mdy, dmy, my, wd, ago, rel, mo, yr
    date: str
    precision: DatePrecision
    text: str
    explicit_year: bool  # the year is written out


@lru_cache(maxsize=1024)
def may_hold_timex(sentence_text: str) -> bool:
    """Whether a sentence could hold a time expression at all (a digit, a month, a word of
    time): :func:`find_timexes` finds none in one that could not, whatever its other
    arguments, so a caller may skip what it would compute for them. Cached as those are
    (each trigger of a sentence asks)."""
    return _QUICK.search(sentence_text) is not None


def find_timexes(sentence_text: str, doc_date: str | None, future: bool = False) -> list[Timex]:
    """Every resolvable expression of a sentence, in text order."""
    return list(_cached(sentence_text, doc_date, future))


@lru_cache(maxsize=1024)
def _cached(sentence_text: str, doc_date: str | None, future: bool) -> tuple[Timex, ...]:
    """Cached: each event trigger of a sentence asks again with its own anchor."""
    if not _QUICK.search(sentence_text):
        return ()
    ref = parse_iso(doc_date)
    out: list[Timex] = []
    for m in _PATTERN.finditer(sentence_text):
        kind = m.lastgroup
        if kind is None:
            continue
        resolved = resolve_match(m, kind, ref, future, sentence_text)
        if resolved is not None:
            explicit = kind in ("iso", "my", "yr") or bool(
                kind in ("mdy", "dmy") and m.group(kind + "_y")
            )
            out.append(
                Timex(m.start(), m.end(), kind, resolved[0], resolved[1], m.group(), explicit)
            )
    return tuple(out)


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def resolve_match(
    m: re.Match[str], kind: str, ref: date | None, future: bool, text: str
) -> Resolved | None:
    g = m.group
    if kind == "iso":
        return day(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
    if kind in ("mdy", "dmy"):
        month = MONTH_NAMES[g(kind + "_m").lower()]
        dnum = int(re.sub(r"\D", "", g(kind + "_d")))
        year_text = g(kind + "_y")
        if year_text:
            return day(int(year_text), month, dnum)
        if ref is None:
            return None
        out = day(ref.year, month, dnum)
        if out is not None and not future and out[0] > ref.isoformat():
            out = day(ref.year - 1, month, dnum)
        return out
    if kind == "my":
        return month_of(int(g("my_y")), MONTH_NAMES[g("my_m").lower()])
    if kind == "yr":
        return _year_if_context(m, text)
    if ref is None:
        return None
    if kind == "wd":
        return _weekday(ref, WEEKDAYS[g("wd_n").lower()], (g("wd_mod") or "").lower(), future)
    if kind == "mo":
        return _month_name(ref, MONTH_NAMES[g("mo_m").lower()], m.group().split()[0], future)
    if kind == "ago":
        return _ago(ref, g("ago_n").lower(), g("ago_u").lower())
    return _relative(ref, " ".join(m.group().lower().split()))


def _month_name(ref: date, month: int, prep: str, future: bool) -> Resolved | None:
    prep = prep.lower()
    if prep == "next":  # first such month after the document's
        year = ref.year if month > ref.month else ref.year + 1
    elif prep == "last":  # strictly before the document's month
        year = ref.year if month < ref.month else ref.year - 1
    elif prep == "this":
        year = ref.year
    elif future:  # on or after
        year = ref.year if month >= ref.month else ref.year + 1
    else:  # on or before
        year = ref.year if month <= ref.month else ref.year - 1
    return month_of(year, month)


def _year_if_context(m: re.Match[str], text: str) -> Resolved | None:
    """A bare year counts when a preposition introduces it, no lower-case word follows it, or
    it stands between a determiner and a singular noun ("the 1953 armistice", "its 1952
    defence treaty").

    This keeps "in 2023", "2019 was" and "mid-2023" but drops counts ("2000 soldiers").
    """
    before = text[max(0, m.start() - 20) : m.start()]
    if _YEAR_CONTEXT.search(before) or not _LOWER_WORD_NEXT.match(text, m.end()):
        return year_of(int(m.group("yr_y")))
    if _DETERMINER_BEFORE.search(before) and _SINGULAR_NEXT.match(text, m.end()):
        return year_of(int(m.group("yr_y")))
    return None


def add_days(ref: date, days: int) -> date:
    """``ref`` + ``days``, clamped to the calendar Python supports (never OverflowError)."""
    try:
        return ref + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _weekday(ref: date, weekday: int, mod: str, future: bool) -> Resolved:
    back = (ref.weekday() - weekday) % 7
    if mod == "next" or (future and mod != "last"):
        ahead = (weekday - ref.weekday()) % 7
        if mod == "next" and ahead == 0:
            ahead = 7
        return add_days(ref, ahead).isoformat(), "day"
    if mod == "last" and back == 0:
        back = 7
    return add_days(ref, -back).isoformat(), "day"


def _ago(ref: date, number: str, unit: str) -> Resolved | None:
    n = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
    if n is None:
        return None
    if unit == "day":
        return add_days(ref, -n).isoformat(), "day"
    if unit == "week":
        return add_days(ref, -7 * n).isoformat(), "day"
    if unit == "month":
        return shift_month(ref, -n)
    years = n * 10 if unit == "decade" else n
    return year_of(ref.year - years)


def _relative(ref: date, phrase: str) -> Resolved | None:
    phrase = phrase.replace("the previous", "last").replace("the following", "next")
    if phrase in ("today", "tonight") or phrase in (
        "this morning",
        "this afternoon",
        "this evening",
    ):
        return ref.isoformat(), "day"
    if phrase in ("yesterday", "last night"):
        return add_days(ref, -1).isoformat(), "day"
    if phrase == "tomorrow":
        return add_days(ref, 1).isoformat(), "day"
    unit = phrase.rsplit(" ", 1)[-1]
    step = -1 if phrase.startswith("last") else 1 if phrase.startswith("next") else 0
    if unit == "week":
        return add_days(ref, 7 * step).isoformat(), "day"
    if unit == "month":
        return shift_month(ref, step)
    if unit == "year":
        return year_of(ref.year + step)
    return None


def shift_month(ref: date, months: int) -> Resolved | None:
    index = ref.year * 12 + ref.month - 1 + months
    return month_of(index // 12, index % 12 + 1)


def day(year: int, month: int, dnum: int) -> Resolved | None:
    try:
        return date(year, month, dnum).isoformat(), "day"
    except ValueError:
        return None


def month_of(year: int, month: int) -> Resolved | None:
    if not 1 <= year <= 9999:
        return None
    return f"{year:04d}-{month:02d}-01", "month"


def year_of(year: int) -> Resolved | None:
    if not 1 <= year <= 9999:
        return None
    return f"{year:04d}-01-01", "year"
