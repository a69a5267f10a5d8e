"""UN voting claims against the loaded General Assembly roll calls.

Agreement is the project's measure (``analysis.alignment``, Lijphart/Voeten: yes 1, abstain
0.5, no 0, over the roll calls where both voted yes/abstain/no; the USSR's seat counted as
Russia's): the figure comes from :func:`~realpolitik.analysis.agreement` and
:func:`~realpolitik.analysis.partners`; the query computes the same numbers in SQL.

- closest partner: the partner's rank among all members by agreement with the state that year
  (1 = the highest; ties share a rank), among the members that shared at least half as many
  counted roll calls with the state as the most regular voter did (a member that voted three
  times cannot be anyone's closest partner);
- a level ("voted together in 90 percent of votes"): the pair's agreement that year, so an
  abstention against a yes counts half;
- a trend ("has risen since 2016"): agreement in the last year minus the first.
"""

from __future__ import annotations

from typing import Any

from realpolitik.analysis.alignment import agreement, partners, vote_citation
from realpolitik.claimcheck._context import Context, fill, pair, period_dict
from realpolitik.claimcheck._records import Finding, unverifiable
from realpolitik.models import Claim

MEASURES = frozenset({"un_closest_partner", "un_agreement", "un_agreement_trend"})
_LOAD_HINT = (
    "run `realpolitik data load unga-votes FILE` (the UN Digital Library's voting data, or"
    " `realpolitik data fetch unvotes-votes` and `unvotes-roll-calls`)"
)
_VOTES = """
WITH v AS (
  SELECT r.rcid, r.year, CASE v.iso3 WHEN 'SUN' THEN 'RUS' ELSE v.iso3 END AS iso3,
         CASE v.vote WHEN 'N' THEN 0.0 WHEN 'A' THEN 0.5 WHEN 'Y' THEN 1.0 END AS x
  FROM un_votes v JOIN un_roll_calls r ON r.rcid = v.rcid
  WHERE r.origin = $origin AND r.body = 'GA' AND r.year BETWEEN $first AND $last
    AND v.vote IN ('Y', 'A', 'N'))
"""
_RANKED = (
    _VOTES
    + """SELECT a.year, b.iso3 AS partner, count(*) AS n, 1 - avg(abs(a.x - b.x)) AS agree,
       rank() OVER (PARTITION BY a.year ORDER BY 1 - avg(abs(a.x - b.x)) DESC) AS rank
FROM v a JOIN v b ON a.rcid = b.rcid AND b.iso3 <> a.iso3
WHERE a.iso3 = $state
GROUP BY a.year, b.iso3 HAVING count(*) >= $min_votes ORDER BY a.year, rank, partner
"""
)
_POOLED = (
    _VOTES
    + """SELECT count(*) AS n, 1 - avg(abs(a.x - b.x)) AS agree
FROM v a JOIN v b ON a.rcid = b.rcid
WHERE a.iso3 = $state AND b.iso3 = $partner
"""
)
_PAIR = (
    _VOTES
    + """SELECT a.year, count(*) AS n, 1 - avg(abs(a.x - b.x)) AS agree
FROM v a JOIN v b ON a.rcid = b.rcid
WHERE a.iso3 = $state AND b.iso3 = $partner AND a.year IN ($first, $last)
GROUP BY a.year ORDER BY a.year
"""
)


def check_votes(claim: Claim, ctx: Context) -> Finding:
    codes = pair(claim)
    if isinstance(codes, Finding):
        return codes
    subject, obj = codes
    origins = ctx.rows(
        "SELECT origin, min(year), max(year) FROM un_roll_calls WHERE body = 'GA'"
        " GROUP BY origin ORDER BY origin = 'undl' DESC"
    )
    if not origins:
        return unverifiable("not_loaded", f"no UN General Assembly votes are loaded; {_LOAD_HINT}")
    origin, lo, hi = str(origins[0][0]), int(origins[0][1]), int(origins[0][2])
    loaded = {
        int(r[0])
        for r in ctx.store.rows(
            "SELECT DISTINCT year FROM un_roll_calls WHERE body = 'GA' AND origin = ?", [origin]
        )
    }
    years = _years(claim, ctx, loaded, lo, hi)
    if isinstance(years, Finding):
        return years
    first, last, basis = years
    known: dict[str, Any] = {
        "dataset": origin,
        "source": vote_citation(ctx.store),
        "period": period_dict(first, last, basis),
    }
    if claim.measure == "un_closest_partner":
        # "North Korea was Russia's closest partner": the partner is the subject
        rows = partners(ctx.store, obj, last, origin=origin, min_votes=1).to_pylist()
        most = max((int(r["n"]) for r in rows), default=0)
        floor = max(1, -(-most // 2))  # half the most shared roll calls, rounded up
        values = {"origin": origin, "state": obj, "first": last, "last": last, "min_votes": floor}
        query, params = fill(_RANKED, values)
        scores = {
            str(r["b"]): float(r["agree"])
            for r in rows
            if r["agree"] == r["agree"] and int(r["n"]) >= floor
        }
        voted = {str(r["b"]) for r in rows}
        if subject in voted and subject not in scores:  # too few shared roll calls to rank
            known["period"]["leader"] = max(scores, key=lambda k: scores[k])
            return Finding(
                computed=float(len(scores) + 1), claimed=claim.value, comparator="=",
                tolerance=0.0, query=query, params=params, **known,
            )  # fmt: skip
        if subject not in scores:
            return Finding(
                computed=None, claimed=claim.value, query=query, params=params,
                reason=f"out_of_coverage: {subject} and {obj} share no counted GA vote in {last}",
                **known,
            )  # fmt: skip
        rank = 1 + sum(1 for v in scores.values() if v > scores[subject] + 1e-12)
        known["period"]["leader"] = max(scores, key=lambda k: scores[k])
        known["period"]["agree"] = round(scores[subject], 4)
        return Finding(
            computed=float(rank), claimed=claim.value, comparator="=", tolerance=0.0,
            query=query, params=params, **known,
        )  # fmt: skip
    values = {"origin": origin, "state": subject, "partner": obj, "first": first, "last": last}
    query, params = fill(_PAIR, values)
    table = agreement(
        ctx.store, subject, obj, since=first, until=last, origin=origin, min_votes=1
    ).to_pylist()
    by_year = {int(r["year"]): float(r["agree"]) for r in table if r["agree"] == r["agree"]}
    if claim.measure == "un_agreement" and first < last:
        # "agreed on 80 percent of votes between 2016 and 2023": every roll call of the period
        query, params = fill(_POOLED, values)
        n, agree = ctx.rows(query)[0]
        if not n:
            return unverifiable(
                "out_of_coverage", f"{subject} and {obj} share no counted GA vote in {first}-{last}",
                **known,
            )  # fmt: skip
        known["period"]["roll_calls"] = int(n)
        return Finding(
            computed=round(float(agree), 6), claimed=claim.value,
            comparator=claim.comparator, tolerance=ctx.share_tolerance(claim), query=query,
            params=params, **known,
        )  # fmt: skip
    if claim.measure == "un_agreement":
        if last not in by_year:
            return unverifiable(
                "out_of_coverage", f"{subject} and {obj} share no counted GA vote in {last}",
                **known,
            )  # fmt: skip
        return Finding(
            computed=round(by_year[last], 6), claimed=claim.value,
            comparator=claim.comparator, tolerance=ctx.share_tolerance(claim), query=query,
            params=params, **known,
        )  # fmt: skip
    missing = [y for y in (first, last) if y not in by_year]
    if missing or first == last:
        return unverifiable(
            "out_of_coverage",
            f"a trend needs {subject}-{obj} agreement in two years; none in"
            f" {', '.join(map(str, missing)) or first}",
            **known,
        )
    known["period"]["values"] = {
        str(first): round(by_year[first], 4),
        str(last): round(by_year[last], 4),
    }
    return Finding(
        computed=round(by_year[last] - by_year[first], 6), claimed=0.0,
        comparator=claim.comparator, tolerance=0.0, query=query, params=params, **known,
    )  # fmt: skip


def _years(
    claim: Claim, ctx: Context, loaded: set[int], lo: int, hi: int
) -> tuple[int, int, str] | Finding:
    if claim.period:
        first, last = claim.period
        if claim.measure == "un_agreement_trend" and last > hi and first <= hi:
            return first, hi, f"stated from {first}; the loaded votes end in {hi}"
        if first not in loaded or last not in loaded:
            return unverifiable(
                "out_of_coverage",
                f"the loaded GA votes cover {lo}-{hi}, not {first}-{last}",
            )
        if claim.measure == "un_closest_partner" and first < last:
            return last, last, f"stated {first}-{last}; ranked in its last year"
        if claim.measure == "un_agreement" and first < last:
            return first, last, "stated; every roll call of the period pooled"
        return first, last, "stated"
    if claim.measure == "un_agreement_trend":
        return unverifiable("ambiguous", "a trend claim needs a start year ('since 2016')")
    before = sorted(y for y in loaded if ctx.doc_year is None or y < ctx.doc_year)
    if not before:
        return unverifiable("out_of_coverage", f"no GA votes loaded before the article ({lo}-{hi})")
    year = before[-1]
    basis = (
        f"latest loaded year before the article ({ctx.doc_date})"
        if ctx.doc_year is not None
        else "latest loaded year (the article has no date)"
    )
    return year, year, basis
