"""Query parameters, validated before any query runs: state codes, years, layers, pages.

A bad value is a 400 with the JSON error shape naming the parameter; values are bound as SQL
parameters by the library functions, never formatted into SQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import parse_qs

from realpolitik.errors import Errors, RealpolitikError

ROW_CAP = 500
"""No response holds more rows than this; ask for the next page."""
DEFAULT_ROWS = 50
FACTUALITIES = ("asserted", "reported", "possible", "negated")
ORIGINS = ("text", "gdelt", "icews")
MAX_TEXT = 200
_STATE = re.compile(r"[A-Z]{3}")
_CAMEO = re.compile(r"\d{2,4}")


class BadParameter(RealpolitikError):
    """A 400: the request named something that cannot be a valid value."""

    def __init__(self, name: str, value: object, reason: str) -> None:
        super().__init__(Errors.E710, name=name, value=value, reason=reason)
        self.parameter = name


def state(name: str, value: str | None) -> str:
    """An ISO3 state code the registry knows (historical ones too: SUN, YUG)."""
    from realpolitik.actors.countries import get

    code = (value or "").strip().upper()
    if not _STATE.fullmatch(code):
        raise BadParameter(name, value, "is not a state code (three letters, ISO3, e.g. RUS)")
    if get(code) is None:
        raise BadParameter(name, value, "is not a state the country registry knows")
    return code


class Params:
    """The query string of one request, read through typed, checked accessors."""

    def __init__(self, query: str) -> None:
        try:
            self.raw = parse_qs(query, keep_blank_values=False, max_num_fields=50)
        except ValueError as exc:
            raise BadParameter("query", query[:80], f"cannot be parsed ({exc})") from None

    def text(self, name: str, default: str | None = None) -> str | None:
        values = self.raw.get(name)
        if not values:
            return default
        value = values[-1].strip()
        if len(value) > MAX_TEXT:
            raise BadParameter(name, value[:40] + "...", f"is longer than {MAX_TEXT} characters")
        if any(ord(c) < 0x20 for c in value):
            raise BadParameter(name, value, "holds control characters")
        return value or default

    def integer(self, name: str, default: int | None, low: int, high: int) -> int | None:
        value = self.text(name)
        if value is None:
            return default
        if not re.fullmatch(r"-?\d{1,9}", value):
            raise BadParameter(name, value, "is not a whole number")
        number = int(value)
        if not low <= number <= high:
            raise BadParameter(name, value, f"is outside {low}-{high}")
        return number

    def year(self, name: str = "year", default: int | None = None) -> int | None:
        return self.integer(name, default, 1800, 2100)

    def choice(self, name: str, choices: Sequence[str], default: str) -> str:
        value = self.text(name, default) or default
        if value not in choices:
            raise BadParameter(name, value, f"is not one of {', '.join(choices)}")
        return value

    def choices(self, name: str, choices: Sequence[str]) -> list[str]:
        value = self.text(name)
        if not value:
            return []
        picked = [v.strip() for v in value.split(",") if v.strip()]
        for v in picked:
            if v not in choices:
                raise BadParameter(name, v, f"is not one of {', '.join(choices)}")
        return picked

    def state(self, name: str, default: str | None = None) -> str | None:
        value = self.text(name)
        return default if value is None else state(name, value)

    def cameo(self, name: str = "code") -> str | None:
        value = self.text(name)
        if value is not None and not _CAMEO.fullmatch(value):
            raise BadParameter(name, value, "is not a CAMEO code or prefix (2-4 digits, e.g. 19)")
        return value

    def page(self) -> tuple[int, int]:
        """(page, rows per page): ``page`` from 1, ``limit`` at most ROW_CAP."""
        page = self.integer("page", 1, 1, 1_000_000) or 1
        limit = self.integer("limit", DEFAULT_ROWS, 1, ROW_CAP) or DEFAULT_ROWS
        return page, limit

    def output(self) -> str:
        return self.choice("format", ("json", "csv"), "json")
