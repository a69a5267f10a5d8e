"""What every measure needs: the store, the article's date, tolerances, SQL with its values.

Queries are shown with their values written in (``'VNM'``, ``2010``), so that a user can paste
them into ``duckdb STORE.duckdb`` as they are; ``params`` repeats the values by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from realpolitik.claimcheck._records import Finding, unverifiable
from realpolitik.models import Claim

if TYPE_CHECKING:
    from realpolitik.store import Store

DEFAULT_SHARE_TOLERANCE = 0.005  # half a point: "82 percent" as stated
DEFAULT_AMOUNT_TOLERANCE = 0.05  # 5% of the amount


@dataclass(frozen=True)
class Context:
    """One claim's surroundings: the store, its document's date, a user tolerance (points)."""

    store: Store
    doc_date: str | None = None
    tolerance_points: float | None = None

    @property
    def doc_year(self) -> int | None:
        if self.doc_date and self.doc_date[:4].isdigit():
            return int(self.doc_date[:4])
        return None

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        return self.store.rows(sql)

    def one(self, sql: str) -> tuple[Any, ...] | None:
        return self.store.row(sql)

    def share_tolerance(self, claim: Claim) -> float:
        """For shares and agreement levels (0-1): the user's points, else the stated precision."""
        if self.tolerance_points is not None:
            return self.tolerance_points / 100.0
        return claim.precision if claim.precision is not None else DEFAULT_SHARE_TOLERANCE

    def amount_tolerance(self, claim: Claim) -> float:
        """For amounts: the user's points as a percentage of the value, else the precision."""
        if self.tolerance_points is not None:
            return abs(claim.value) * self.tolerance_points / 100.0
        if claim.precision is not None:
            return claim.precision
        return abs(claim.value) * DEFAULT_AMOUNT_TOLERANCE


def literal(value: Any) -> str:
    """A value as a SQL literal (strings quoted, quotes doubled)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


_NAMED = re.compile(r"\$(\w+)")


def fill(sql: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Write ``$name`` placeholders as literals: the query a user can paste as it is, and the
    values it holds by name (only those the query uses)."""
    used = {name: params[name] for name in dict.fromkeys(_NAMED.findall(sql))}
    text = _NAMED.sub(lambda m: literal(params[m.group(1)]), sql)
    return "\n".join(line.rstrip() for line in text.strip().splitlines() if line.strip()), used


def named(sql: str, names: list[str]) -> str:
    """Give the ``?`` placeholders of a library SQL builder names (``$first``), in order."""
    parts = sql.split("?")
    if len(parts) != len(names) + 1:
        raise ValueError(f"{len(parts) - 1} placeholders for {len(names)} names")
    out = [parts[0]]
    for name, rest in zip(names, parts[1:], strict=True):
        out.append(f"${name}" + rest)
    return "".join(out)


def pair(claim: Claim) -> tuple[str, str] | Finding:
    """(subject, object) ISO3 codes of a claim between two states, or why not."""
    s = claim.subject.country if claim.subject else None
    o = claim.object.country if claim.object else None
    missing = [
        role
        for role, code in (("subject", s), ("object", o))
        if not code or len(code) != 3 or not code.isalpha()
    ]
    if missing:
        names = " and ".join(missing)
        return unverifiable(
            "actor_unresolved",
            f"the claim's {names} is not a state the registry resolves"
            f" (subject {claim.subject.text if claim.subject else '-'!r},"
            f" object {claim.object.text if claim.object else '-'!r})",
        )
    assert s is not None and o is not None
    if s == o:
        return unverifiable("actor_unresolved", f"subject and object are both {s}")
    return s, o


def period_dict(first: int, last: int, basis: str, **extra: Any) -> dict[str, Any]:
    label = str(first) if first == last else f"{first}-{last}"
    return {"label": label, "first": first, "last": last, "basis": basis, **extra}


def stated_basis(claim: Claim) -> str:
    return "stated" if claim.period else "none stated"
