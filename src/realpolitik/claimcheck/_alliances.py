"""Alliance claims against ATOP obligations (``analysis.allies``).

- "treaty ally", "mutual defence treaty (since 1961)": a defence obligation between the pair
  in either direction, in every year of the period (``computed`` = the share of its years that
  have one); a plain "ally" counts any ATOP obligation;
- "only (treaty) ally": the state's defence allies that year are the subject alone
  (``computed`` = their number, 0 when the subject is not one of them);
- "primary/main ally": the subject has the strongest tie (``analysis.alliances`` weights);
  ``ambiguous`` when several allies share it.

A claim about the present is checked in the article's year, so with ATOP ending in 2018 it is
``out_of_coverage``; a stated period is checked over the years ATOP covers.
"""

from __future__ import annotations

from typing import Any

from realpolitik.analysis._common import citation
from realpolitik.analysis.alliances import allies
from realpolitik.claimcheck._context import Context, fill, pair, period_dict
from realpolitik.claimcheck._records import Finding, unverifiable
from realpolitik.errors import RealpolitikError
from realpolitik.models import Claim

MEASURES = frozenset({"alliance", "alliance_defense", "alliance_only", "alliance_primary"})
_LOAD_HINT = (
    "run `realpolitik data fetch atop` and `realpolitik data load atop FILE` (ATOP 5.1 directed"
    " dyad-years)"
)
_FLAGS = "max(defense) AS defense, max(offense) AS offense, max(neutrality) AS neutrality,"
_FLAGS += " max(nonaggression) AS nonaggression, max(consultation) AS consultation"
_DYADS = """
WITH d AS (
  SELECT CASE state_a WHEN 'SUN' THEN 'RUS' ELSE state_a END AS a,
         CASE state_b WHEN 'SUN' THEN 'RUS' ELSE state_b END AS b,
         year, defense, offense, neutrality, nonaggression, consultation
  FROM alliance_dyad_years)
"""
_PAIR_SQL = (
    _DYADS
    + f"""SELECT year, {_FLAGS}
FROM d WHERE ((a = $state AND b = $partner) OR (a = $partner AND b = $state))
  AND year BETWEEN $first AND $last
GROUP BY year ORDER BY year
"""
)
_ALLIES_SQL = (
    _DYADS
    + f"""SELECT CASE WHEN a = $state THEN b ELSE a END AS ally, {_FLAGS}
FROM d WHERE (a = $state OR b = $state) AND a <> b AND year = $last
GROUP BY ally ORDER BY defense DESC, ally
"""
)
_MEMBERS_SQL = """
SELECT m2.iso3 AS ally, m1.atopid, max(m1.defense) AS defense, max(m1.offense) AS offense,
       max(m1.consultation) AS consultation, min(m1.year_start) AS year_start,
       max(m1.year_end) AS year_end
FROM alliance_members m1 JOIN alliance_members m2 ON m1.atopid = m2.atopid
WHERE m1.iso3 = $state AND m2.iso3 <> m1.iso3
  AND coalesce(m1.year_start, 0) <= $last AND coalesce(m1.year_end, 9999) >= $first
GROUP BY ALL ORDER BY ally
"""


def check_alliance(claim: Claim, ctx: Context) -> Finding:
    codes = pair(claim)
    if isinstance(codes, Finding):
        return codes
    subject, obj = codes
    row = ctx.one("SELECT min(min_year), max(max_year) FROM dataset_loads WHERE kind = 'atop'")
    if row is None or row[0] is None:
        return unverifiable("not_loaded", f"no ATOP alliance data are loaded; {_LOAD_HINT}")
    lo, hi = int(row[0]), int(row[1])
    if claim.period:
        first, last = claim.period
        basis = "stated"
    elif ctx.doc_year is not None:
        first = last = ctx.doc_year
        basis = f"the article's year ({ctx.doc_date}): the claim is about the present"
    else:
        return unverifiable("ambiguous", "no period stated and the article has no date")
    if first > hi or last < lo:
        return unverifiable(
            "out_of_coverage",
            f"ATOP covers {lo}-{hi}, not {first}-{last}" + _latest_note(ctx, subject, obj, hi),
        )
    if last > hi or first < lo:
        basis = (
            f"stated {first}-{last}; checked over the ATOP years {max(first, lo)}-{min(last, hi)}"
        )
        first, last = max(first, lo), min(last, hi)
    dyads = ctx.one("SELECT 1 FROM alliance_dyad_years LIMIT 1") is not None
    values: dict[str, Any] = {"state": obj, "partner": subject, "first": first, "last": last}
    known: dict[str, Any] = {
        "dataset": "atop",
        "source": citation("atop"),
        "period": period_dict(first, last, basis),
    }
    if claim.measure in ("alliance", "alliance_defense"):
        query, params = fill(_PAIR_SQL if dyads else _MEMBERS_SQL, values)
        needed = "defense" if claim.measure == "alliance_defense" else None
        held = [_bound(ctx, obj, subject, y, needed) for y in range(first, last + 1)]
        return Finding(
            computed=round(sum(held) / len(held), 6), claimed=1.0, comparator="=",
            tolerance=0.0, query=query, params=params, **known,
        )  # fmt: skip
    year = last
    query, params = fill(_ALLIES_SQL if dyads else _MEMBERS_SQL, {**values, "first": year})
    rows = _allies(ctx, obj, year)
    if claim.measure == "alliance_only":
        defence = [r["partner"] for r in rows if "defense" in (r["owes"] + "," + r["owed"])]
        known["period"]["allies"] = defence
        return Finding(
            computed=float(len(defence) if subject in defence else 0), claimed=1.0,
            comparator="=", tolerance=0.0, query=query, params=params, **known,
        )  # fmt: skip
    if not rows:
        return Finding(
            computed=0.0, claimed=1.0, comparator="=", tolerance=0.0, query=query,
            params=params, **known,
        )  # fmt: skip
    top = max(float(r["weight"]) for r in rows)
    leaders = [r["partner"] for r in rows if float(r["weight"]) >= top - 1e-12]
    known["period"]["leaders"] = leaders
    if subject in leaders and len(leaders) > 1:
        return unverifiable(
            "ambiguous",
            f"{len(leaders)} allies of {obj} share the strongest ATOP tie in {year}"
            f" ({', '.join(leaders[:6])})",
            query=query, params=params, **known,
        )  # fmt: skip
    weight = {str(r["partner"]): float(r["weight"]) for r in rows}
    rank = 1 + sum(1 for w in weight.values() if w > weight.get(subject, -1.0) + 1e-12)
    return Finding(
        computed=float(rank if subject in weight else len(weight) + 1), claimed=1.0,
        comparator="=", tolerance=0.0, query=query, params=params, **known,
    )  # fmt: skip


def _allies(ctx: Context, state: str, year: int) -> list[dict[str, Any]]:
    """The state's allies in ``year``; none outside the loaded ATOP years (E910)."""
    try:
        return list(allies(ctx.store, state, year).to_pylist())
    except RealpolitikError as exc:
        if exc.code != "E910":
            raise
        return []


def _bound(ctx: Context, state: str, partner: str, year: int, needed: str | None) -> int:
    """1 when the pair has the obligation (any obligation for None) in ``year``, else 0."""
    for row in _allies(ctx, state, year):
        if row["partner"] == partner:
            flags = (row["owes"] + "," + row["owed"]).split(",")
            return int(needed in flags) if needed else int(any(flags))
    return 0


def _latest_note(ctx: Context, subject: str, obj: str, hi: int) -> str:
    """What the last ATOP year says, to help the reader (not a verdict)."""
    held = _bound(ctx, obj, subject, hi, "defense")
    return f"; in {hi}, the last ATOP year, the pair {'had a' if held else 'had no'} defence obligation"
