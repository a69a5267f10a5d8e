"""Helpers shared by the measures: state names, year windows, citations, option checks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from realpolitik.errors import Errors, RealpolitikError

Row = dict[str, Any]

FIRST_YEAR = 1800
LAST_YEAR = 2100

# Used when realpolitik.datasets.CITATIONS lacks a key (it is the datasets' own catalogue).
_FALLBACK_CITATIONS: dict[str, str] = {
    "text": "Events and claims extracted by realpolitik from the stored documents (see Sources).",
}


def citation(key: str) -> str:
    """Whom to cite for numbers computed from the dataset ``key`` (undl, atop, sipri, ...)."""
    from realpolitik.datasets.citations import CITATIONS

    return CITATIONS.get(key) or _FALLBACK_CITATIONS.get(key, key)


def state_code(value: str, year: int | None = None) -> str:
    """Any spelling of a state to ISO3 through the country registry, or E401."""
    from realpolitik.actors.countries import to_iso3

    code = to_iso3(value, year) if value else None
    if code is None:
        raise RealpolitikError(Errors.E401, state=value)
    return code


def state_name(iso3: str) -> str:
    from realpolitik.actors.countries import name

    return name(iso3)


def year_of(value: int | str | dt.date | None) -> int | None:
    """A year from 2016, '2016', '2016-05-01' or a date; None passes."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.year
    if isinstance(value, int):
        return value
    text = str(value).strip()
    head = text[:4]
    if not head.isdigit() or (len(text) > 4 and text[4] != "-"):
        raise RealpolitikError(Errors.E015, value=value)
    return int(head)


def window(since: int | str | None, until: int | str | None) -> tuple[int, int]:
    """Inclusive year window; open ends become the widest years."""
    lo = year_of(since)
    hi = year_of(until)
    return (lo if lo is not None else FIRST_YEAR, hi if hi is not None else LAST_YEAR)


def choose(name: str, value: str, choices: tuple[str, ...]) -> str:
    """Validate an option value (E404 names the option and the choices)."""
    if value not in choices:
        raise RealpolitikError(Errors.E404, name=f"{name}={value}", choices=", ".join(choices))
    return value
