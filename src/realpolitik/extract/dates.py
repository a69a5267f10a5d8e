"""Which time expression dates what: an event from its own clause, a claim from its period.

News and analysis date events relative to the publication ("yesterday", "on Wednesday", "24
years ago") or absolutely ("in September 2017"); ``_timex`` finds and resolves the expressions.
This module decides which expression belongs to what:

- :func:`event_date`: a time expression dates an event only when it modifies that event's
  clause (the trigger itself, the verb whose argument the trigger is, or a verb joined to it by
  ``xcomp``). "Seoul said on Thursday that Pyongyang sent troops" does not date the sending;
  "her first trip there since 2015", "for 2025 to 2028" and "until March" are periods, not the
  date of the act; "violated the 1987 treaty" is dated by the violation, not 1987. A trigger
  noun dated by its own earlier year ("the 1953 armistice") is a *reference* to an old act.
  No event is dated after its document: an underspecified expression takes its past reading
  ("approved in September" in an October article is last September; "on Thursday" in an article
  of a Friday is the day before), and a planned act ("will visit on Friday") is dated at the
  document's date, when it was announced.
- :func:`claim_period`: the year or range of years a quantitative claim is about ("in 2023",
  "in 2010-2014", "between 2019 and 2023", "over the past five years", "since 2016").
- :func:`resolve_date`: the nearest expression to an anchor, whatever it modifies (kept for
  callers that have no parse).

Date arithmetic never overflows: a document dated 9999-12-31 that says "tomorrow" stays on
9999-12-31 (``_timex.add_days`` clamps to the supported range).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from realpolitik.extract._pos import VERBAL
from realpolitik.extract._timex import (
    FUTURE,
    UNDERSPECIFIED,
    YEAR,
    Timex,
    find_timexes,
    may_hold_timex,
    parse_iso,
)
from realpolitik.extract._tree import sentence_text, tokens_starting_in
from realpolitik.models import DatePrecision

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class EventDate(NamedTuple):
    date: str | None
    precision: DatePrecision
    reference: bool = False  # the trigger names an earlier act by its date ("the 1953 armistice")


@dataclass(frozen=True)
class Period:
    """Inclusive years a claim is about, with the words that said so."""

    first: int
    last: int
    text: str
    start: int = 0  # character offsets in the sentence
    end: int = 0

    @property
    def label(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}-{self.last}"


def resolve_date(
    sentence_text: str, doc_date: str | None, *, anchor: int | None = None
) -> tuple[str | None, DatePrecision]:
    """The time expression nearest ``anchor`` (a character offset) and its precision.

    With no expression, the document date with precision "document". Expressions are read
    as in a past-tense report unless the sentence has a future marker ("will", "is due to").
    """
    future = FUTURE.search(sentence_text) is not None
    found = find_timexes(sentence_text, doc_date, future)
    if not found:
        return doc_date, "document"
    best = found[0] if anchor is None else min(found, key=lambda t: _distance(t, anchor))
    return best.date, best.precision


# -- events ----------------------------------------------------------------------------------
# A time phrase under these prepositions gives a period or its bounds, not the act's date.
PERIOD_PREPS = frozenset(
    {"since", "for", "until", "till", "through", "throughout", "between", "from", "over"}
)
_RANGE_AFTER = re.compile(
    r"\s*(?:[-–—]|to|and|through|until|till)\s*(?:(?:19|20)\d\d\b|\d\d\b|[A-Z][a-z]+\b)"
)
_RANGE_BEFORE = re.compile(r"(?:[-–—]|\bto|\band|\bthrough|\buntil|\btill)\s*$")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_HEADS = frozenset(
    {"plan", "schedule", "due", "set", "expect", "intend", "slate", "prepare", "upcoming"}
)
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_PREMODIFIERS = frozenset({"nummod", "compound", "amod", "poss", "nmod", "npadvmod", "quantmod"})


def event_date(
    sent: Span, trigger: Token, doc_date: str | None, *, text: str | None = None
) -> EventDate:
    """The date of the event whose trigger is ``trigger`` (a token of ``sent``).

    See the module doc; the document date with precision "document" when no time expression
    modifies the event's clause. ``text``: ``sent.text`` when the caller has it already
    (``Span.text`` joins every token, for each trigger of the sentence).
    """
    text = sent.text if text is None else text
    if not may_hold_timex(text):
        return EventDate(doc_date, "document")  # (no time phrase: no clause read for one)
    base = sent.start_char
    clause = clause_head(trigger)
    future = _future_clause(clause) or _announces_plan(clause)
    found = find_timexes(text, doc_date, future)
    if not found:
        return EventDate(doc_date, "document")
    own: list[tuple[Timex, bool]] = []  # (expression, names the trigger by an earlier date)
    for tx in found:
        verdict = _modifies(sent, base, tx, trigger, clause)
        if verdict is not None:
            own.append((tx, verdict))
    if not own:
        return EventDate(doc_date, "document")
    anchor = trigger.idx - base
    tx, premodifies_trigger = min(own, key=lambda item: _distance(item[0], anchor))
    if doc_date is None or parse_iso(doc_date) is None:
        return EventDate(tx.date, tx.precision)
    if premodifies_trigger and tx.explicit_year and tx.date[:4] < doc_date[:4]:
        return EventDate(tx.date, tx.precision, True)
    if future:  # a planned act is dated when it was announced: "on Friday" is not last Friday
        return EventDate(doc_date, "document")
    if tx.date <= doc_date[:10]:
        return EventDate(tx.date, tx.precision)
    if tx.kind in UNDERSPECIFIED:  # the past reading: last September, the Thursday before
        past = next((p for p in find_timexes(text, doc_date, False) if p.start == tx.start), None)
        if past is not None and past.date <= doc_date[:10]:
            return EventDate(past.date, past.precision)
    return EventDate(doc_date, "document")


def clause_head(tok: Token) -> Token:
    """The verb of the clause a token belongs to (the token itself for a verb)."""
    cur = tok
    for _ in range(8):
        if cur.pos in VERBAL or cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _future_clause(head: Token) -> bool:
    """A planned act: "will visit", "is due to visit", "plans to send" (up the xcomp chain)."""
    cur = head
    for _ in range(4):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _FUTURE_AUX for c in cur.children):
            return True
        if cur.lemma_.lower() in _FUTURE_HEADS and cur.i != head.i:
            return True
        if cur.dep_ != "xcomp" or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _announces_plan(head: Token) -> bool:
    """ "India plans / is due to sign ... in September": the plan is stated now, and the time
    phrase of the planned act (its ``xcomp``) is not the statement's date."""
    return (
        head.lemma_.lower() in _FUTURE_HEADS
        and head.tag_ in ("VBZ", "VBP")
        and any(c.dep_ == "xcomp" for c in head.children)
    )


def _modifies(sent: Span, base: int, tx: Timex, trigger: Token, clause: Token) -> bool | None:
    """None when ``tx`` does not date the event; else whether it premodifies the trigger noun."""
    text = sentence_text(sent)
    if _is_period(text, tx):
        return None
    toks = tokens_starting_in(sent, base + tx.start, base + tx.end)  # (no Token for the rest)
    if not toks:
        return None
    inside = {t.i for t in toks}
    head = next((t for t in toks if t.head.i not in inside or t.head.i == t.i), toks[0])
    prep: str | None = None
    attached = head.head
    if head.dep_ == "pobj" and attached.dep_ in ("prep", "agent"):
        prep = attached.lower_
        attached = attached.head
    elif head.dep_ == "prep":  # "since September" inside the match: its preposition heads it
        prep = head.lower_
        attached = head.head
    if prep in PERIOD_PREPS:
        return None
    premodifier = attached.idx > head.idx and head.dep_ in _PREMODIFIERS
    if attached.i == trigger.i:
        return premodifier or prep == "of"
    if attached.pos_ in _NOMINAL:
        if premodifier or prep == "of":
            return None  # "the 1953 armistice": that noun's own date
        return False if clause_head(attached).i == clause.i else None
    return False if _same_clause(clause_head(attached), clause) else None


def _same_clause(a: Token, b: Token) -> bool:
    """One clause, or two joined by xcomp ("agreed on Tuesday to send"), or a conjunct that
    inherits the time of the verb it is joined to ("arrived on Wednesday and signed")."""
    if a.i == b.i:
        return True
    for low, high in ((a, b), (b, a)):
        cur = low
        for _ in range(4):
            if cur.dep_ != "xcomp" or cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.i == high.i:
                return True
    return b.dep_ == "conj" and b.head.i == a.i


def _is_period(text: str, tx: Timex) -> bool:
    """ "since 2015", "for 2025 to 2028", "2010-2014", "until March": bounds of a period."""
    first = tx.text.split()[0].lower() if tx.text.split() else ""
    if first in PERIOD_PREPS:
        return True
    lo = max(0, tx.start - 24)
    if _holds_any(text[lo : tx.start].lower(), PERIOD_PREPS):  # (else no search: see below)
        word = _WORD_BEFORE.search(text, lo, tx.start)
        if word and word.group(1).lower() in PERIOD_PREPS:
            return True
    if tx.kind in ("yr", "my", "mo") and _RANGE_AFTER.match(text, tx.end):
        return True
    lo = max(0, tx.start - 12)
    return (
        tx.kind in ("yr", "my")
        and _holds_any(text[lo : tx.start], _RANGE_WORDS)
        and bool(_RANGE_BEFORE.search(text, lo, tx.start))
    )


# The words of ``_RANGE_BEFORE``: a window holding none of them has no match. (A search tries
# the pattern at every character of its window, some 20 times the cost of these tests; so does
# ``_WORD_BEFORE``'s, whose word is a period's preposition only where the lowercased window
# holds one.)
_RANGE_WORDS = ("-", "\u2013", "\u2014", "to", "and", "through", "until", "till")


def _holds_any(window: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` is a substring of ``window``."""
    return any(map(window.__contains__, words))


def _distance(tx: Timex, anchor: int) -> int:
    if tx.start <= anchor < tx.end:
        return 0
    return tx.start - anchor if anchor < tx.start else anchor - tx.end + 1


# -- claim periods ---------------------------------------------------------------------------
_NUMBER = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twenty": 20,
}  # fmt: skip
_N = r"(?P<{}>\d{{1,2}}|" + "|".join(_NUMBER) + ")"
_PERIOD_READINGS = "|".join(
    [
        rf"(?P<range>(?:\b(?:between|from)\s+)?\b(?P<a>{YEAR})\s*(?:[-–—/]|to|and|through|until)"
        rf"\s*(?P<b>{YEAR}|\d\d)\b)",
        rf"(?P<upto>\b(?i:in|over|during)\s+the\s+{_N.format('n')}\s+years?\s+(?:up\s+)?(?:to|through|until)"
        rf"\s+(?P<u>{YEAR})\b)",
        rf"(?P<past>\b(?i:in|over|during)\s+the\s+(?:past|last|previous)\s+{_N.format('p')}"
        r"\s+years\b)",
        rf"(?P<since>\b(?i:since|from)\s+(?P<s>{YEAR})\b(?!\s*(?:[-–—/]|to|and|through)\s*\d))",
        r"(?P<last>\b(?i:last|the\s+previous|the\s+past)\s+year\b)",
        r"(?P<this>\b(?i:this|the\s+current)\s+year\b)",
    ]
)
# Where a period above can start: at the start of a word (each opens with a word boundary), the
# first letter of "between", "from", a year, "in", "over", "during", "since", "last", "the" or
# "this". A look at that first lets the scan pass every other position without trying the six
# readings there (the same matches, faster; test_speed6 compares them).
_PERIODS = re.compile(rf"(?<!\w)(?=[12bf]|(?i:[iodsflt]))(?:{_PERIOD_READINGS})")


def claim_period(text: str, doc_date: str | None, *, anchor: int | None = None) -> Period | None:
    """The years a claim is about: the period expression nearest ``anchor``, else None.

    "since 2016" runs to the year before the document's (the last full year); "over the past
    five years" is the five years before the document's year.
    """
    ref = parse_iso(doc_date)
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    for m in _PERIODS.finditer(text):
        period = _period(m, ref.year if ref else None)
        if period is not None:
            found.append(period)
            taken.append((m.start(), m.end()))
    for tx in find_timexes(text, doc_date):
        if any(s <= tx.start < e for s, e in taken) or tx.kind in ("wd", "rel", "mo"):
            continue
        year = int(tx.date[:4])
        found.append(Period(year, year, tx.text, tx.start, tx.end))
    if not found:
        return None
    if anchor is None:
        return found[0]
    return min(found, key=lambda p: _span_distance(p.start, p.end, anchor))


def _period(m: re.Match[str], doc_year: int | None) -> Period | None:
    g = m.group
    kind = m.lastgroup
    if kind == "range":
        a = int(g("a"))
        raw = g("b")
        b = int(raw) if len(raw) == 4 else a - a % 100 + int(raw)
        if b < a:
            return None
        return Period(a, b, m.group(), m.start(), m.end())
    if kind == "upto":
        n = _count(g("n"))
        last = int(g("u"))
        return Period(last - n + 1, last, m.group(), m.start(), m.end()) if n else None
    if doc_year is None:
        return None
    if kind == "past":
        n = _count(g("p"))
        return Period(doc_year - n, doc_year - 1, m.group(), m.start(), m.end()) if n else None
    if kind == "since":
        first = int(g("s"))
        return Period(first, max(first, doc_year - 1), m.group(), m.start(), m.end())
    if kind == "last":
        return Period(doc_year - 1, doc_year - 1, m.group(), m.start(), m.end())
    return Period(doc_year, doc_year, m.group(), m.start(), m.end())


def _count(raw: str) -> int:
    return int(raw) if raw.isdigit() else _NUMBER.get(raw.lower(), 0)


def _span_distance(start: int, end: int, anchor: int) -> int:
    if start <= anchor < end:
        return 0
    return start - anchor if anchor < start else anchor - end + 1


__all__ = ["EventDate", "Period", "claim_period", "clause_head", "event_date", "resolve_date"]
