"""Names and filters shared by the store's queries: origins, factualities, periods, and the
checked, parameterised WHERE fragments built from them (values are always bound, never
formatted into SQL)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.periods import Span

FACTUAL: tuple[str, ...] = ("asserted", "reported")
"""Events that are said to have happened; possible and negated ones are not counted by default."""
FACTUALITIES: tuple[str, ...] = ("asserted", "reported", "possible", "negated")
ORIGINS: tuple[str, ...] = ("text", "gdelt", "icews", "icews-counts")
"""Event sources: extracted from text, loaded GDELT and ICEWS events, ICEWS dyad-year counts."""
EVENT_ORIGINS: tuple[str, ...] = ("text", "gdelt", "icews")  # stored as rows of ``events``
PERIODS: tuple[str, ...] = ("all", "year", "month")

Bound = str | int | None


def _check(option: str, value: str, choices: Sequence[str]) -> None:
    if value not in choices:
        raise RealpolitikError(
            Errors.E907, option=f"--{option.rstrip('s')}", value=value, choices=", ".join(choices)
        )


def _filters(
    rng: Span, origins: Sequence[str] | None, factuality: Sequence[str] | None
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    since, until = rng.iso()
    if since:
        where.append("e.date >= CAST(? AS DATE)")
        params.append(since)
    if until:
        where.append("e.date <= CAST(? AS DATE)")
        params.append(until)
    if origins:
        where.append(f"e.origin IN ({', '.join('?' for _ in origins)})")
        params += list(origins)
    if factuality:
        for fact in factuality:
            _check("factuality", fact, FACTUALITIES)
        marks = ", ".join("?" for _ in factuality)
        where.append(f"coalesce(e.factuality, 'asserted') IN ({marks})")  # datasets: asserted
        params += list(factuality)
    return where, params


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _where(clauses: list[str]) -> str:
    return f"WHERE {' AND '.join(clauses)}" if clauses else ""


def _split_dyad(dyad: str | tuple[str, str]) -> tuple[str, str]:
    parts = dyad.split(",") if isinstance(dyad, str) else list(dyad)
    parts = [p.strip().upper() for p in parts]
    if len(parts) != 2 or not all(parts):
        raise RealpolitikError(Errors.E901, option="--dyad", reason=f"{dyad!r} is not 'A,B'")
    return parts[0], parts[1]
