"""Time ranges as analysts write them: ``--since 2024``, ``--until 2024-06``, ``2024-06-19``.

One convention for every command and function that takes a range: a bound is ``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD``; ``since`` is the first day of the period it names and ``until``
the last (``--until 2024-06`` includes 30 June). Measures built on yearly data (UN votes per
year, ATOP, SIPRI, trade) count whole years: a bound inside a year is refused there, never
silently rounded.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from realpolitik.errors import Errors, RealpolitikError

_BOUND = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
FORMS = "YYYY, YYYY-MM or YYYY-MM-DD"


def parse_bound(
    value: str | int | dt.date, *, end: bool = False, option: str = "--since"
) -> dt.date:
    """The first (or, with ``end``, the last) day of the period ``value`` names."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = _BOUND.match(text)
    try:
        if match is None:
            raise ValueError(text)
        year = int(match.group(1))
        month = int(match.group(2)) if match.group(2) else None
        day = int(match.group(3)) if match.group(3) else None
        if month is None:
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, last if end else 1)
        return dt.date(year, month, day)
    except ValueError:
        raise RealpolitikError(Errors.E902, option=option, value=text, forms=FORMS) from None


@dataclass(frozen=True)
class Span:
    """An inclusive range of days; an open end is None."""

    since: dt.date | None = None
    until: dt.date | None = None

    def iso(self) -> tuple[str | None, str | None]:
        """Both ends as YYYY-MM-DD strings (None where open)."""
        return (
            self.since.isoformat() if self.since else None,
            self.until.isoformat() if self.until else None,
        )

    def years(self, *, what: str = "this measure") -> tuple[int | None, int | None]:
        """First and last year, when both ends fall on year boundaries (else E903)."""
        if self.since is not None and (self.since.month, self.since.day) != (1, 1):
            raise RealpolitikError(
                Errors.E903, option="--since", value=self.since.isoformat(), what=what,
                shown=self.since.year,
            )  # fmt: skip
        if self.until is not None and (self.until.month, self.until.day) != (12, 31):
            raise RealpolitikError(
                Errors.E903, option="--until", value=self.until.isoformat(), what=what,
                shown=self.until.year,
            )  # fmt: skip
        return (
            self.since.year if self.since else None,
            self.until.year if self.until else None,
        )


def span(
    since: str | int | dt.date | None = None, until: str | int | dt.date | None = None
) -> Span:
    """Parse both bounds (either may be None); E904 when ``since`` is after ``until``."""
    lo = parse_bound(since, option="--since") if since is not None and since != "" else None
    hi = (
        parse_bound(until, end=True, option="--until")
        if until is not None and until != ""
        else None
    )
    if lo is not None and hi is not None and lo > hi:
        raise RealpolitikError(Errors.E904, since=lo.isoformat(), until=hi.isoformat())
    return Span(lo, hi)


__all__ = ["FORMS", "Span", "parse_bound", "span"]
