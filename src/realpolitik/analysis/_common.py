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
    from realpolitik.store.modules import data_module

    table: dict[str, str] = data_module("realpolitik.datasets.citations").CITATIONS
    return table.get(key) or _FALLBACK_CITATIONS.get(key, key)


def state_code(value: str, *, option: str = "state") -> str:
    """Any way of naming a state (code, name, alias, capital) to ISO3, or E905/E906."""
    from realpolitik.actors.states import state_code as resolve

    return resolve(value, option=option)


def state_name(iso3: str) -> str:
    from realpolitik.actors.countries import name

    return name(iso3)


Bound = int | str | dt.date | None


def year_of(value: Bound, *, option: str = "--year") -> int | None:
    """The year ``value`` names (2016, '2016', a date); None passes. Only whole years: a month
    or a day is refused (E903), never rounded."""
    if value is None:
        return None
    if isinstance(value, int):
        return value
    first, _ = window(value, value, option=option)
    return first


def one_year(value: int | str | dt.date, *, option: str = "--year") -> int:
    """The one year ``value`` names (2016, '2016'); a month or a day is E903."""
    year = year_of(value, option=option)
    assert year is not None
    return year


def window(
    since: Bound, until: Bound, *, what: str = "this measure", option: str = ""
) -> tuple[int, int]:
    """Inclusive year window from YYYY / YYYY-MM / YYYY-MM-DD bounds on year boundaries; open
    ends become the widest years. A bound inside a year is E903 (the data are yearly)."""
    from realpolitik.periods import span

    if option and since is not None and since == until and not isinstance(since, int):
        text = str(since).strip()
        if len(text) > 4:  # --year 2016-05: one year only
            raise RealpolitikError(
                Errors.E903, option=option, value=text, what=what, shown=text[:4]
            )
    first, last = span(since, until).years(what=what)
    return (first if first is not None else FIRST_YEAR, last if last is not None else LAST_YEAR)


def choose(name: str, value: str, choices: tuple[str, ...]) -> str:
    """Validate an option value (E404 names the option and the choices)."""
    if value not in choices:
        raise RealpolitikError(Errors.E404, name=f"{name}={value}", choices=", ".join(choices))
    return value
