"""Arms claims against SIPRI deliveries (``arms_transfers``, TIV in millions).

- arms share: the supplier's share of the recipient's TIV in the stated window, or in the five
  loaded years before the article's date (the record's period says which), computed by
  ``analysis.arms_dependence``;
- TIV amounts: the supplier's deliveries to the recipient in the window (SIPRI TIV, not money:
  an amount in dollars is ``no_dataset``);
- rankings: the supplier's rank among the recipient's suppliers (or the recipient's among the
  supplier's customers) by TIV in the same window.

SIPRI covers major conventional weapons only: no ammunition, small arms or personnel.
"""

from __future__ import annotations

from typing import Any

from realpolitik.analysis._common import citation
from realpolitik.analysis.dependence import arms_dependence
from realpolitik.claimcheck._context import Context, fill, pair, period_dict
from realpolitik.claimcheck._records import Finding, unverifiable
from realpolitik.models import Claim

MEASURES = frozenset({"arms_share", "arms_value", "arms_top_supplier", "arms_top_recipient"})
WINDOW = 5
_LOAD_HINT = (
    "run `realpolitik data load sipri FILE` with an export of the SIPRI Arms Transfers Database"
    " (`realpolitik data fetch sipri` says where to get it)"
)
_SHARE_SQL = """
SELECT coalesce(sum(tiv) FILTER (WHERE supplier = $supplier), 0) AS supplier_tiv,
       sum(tiv) AS total_tiv,
       coalesce(sum(tiv) FILTER (WHERE supplier = $supplier), 0) / sum(tiv) AS share
FROM arms_transfers
WHERE recipient = $recipient AND delivery_year BETWEEN $first AND $last AND tiv IS NOT NULL
"""
_VALUE_SQL = """
SELECT coalesce(sum(tiv), 0) * 1e6 AS tiv
FROM arms_transfers
WHERE supplier = $supplier AND recipient = $recipient
  AND delivery_year BETWEEN $first AND $last AND tiv IS NOT NULL
"""
_RANK_SQL = """
SELECT {other} AS {other}, sum(tiv) AS tiv, rank() OVER (ORDER BY sum(tiv) DESC) AS rank
FROM arms_transfers
WHERE {own} = ${own} AND delivery_year BETWEEN $first AND $last AND tiv IS NOT NULL
GROUP BY {other} ORDER BY rank, {other}
"""


def check_arms(claim: Claim, ctx: Context) -> Finding:
    codes = pair(claim)
    if isinstance(codes, Finding):
        return codes
    supplier, recipient = codes
    if claim.measure == "arms_top_recipient":
        supplier, recipient = recipient, supplier  # "India is Russia's largest customer"
    row = ctx.one("SELECT min(delivery_year), max(delivery_year) FROM arms_transfers")
    if row is None or row[0] is None:
        return unverifiable("not_loaded", f"no SIPRI arms transfers are loaded; {_LOAD_HINT}")
    if claim.measure == "arms_value" and claim.unit != "TIV":
        return unverifiable(
            "no_dataset",
            f"the amount is in {claim.unit}; SIPRI measures deliveries in trend-indicator values"
            " (TIV), not money",
        )
    window = _window(claim, ctx, int(row[0]), int(row[1]))
    if isinstance(window, Finding):
        return window
    first, last, basis = window
    known: dict[str, Any] = {
        "dataset": "sipri",
        "source": citation("sipri"),
        "period": period_dict(first, last, basis),
    }
    values: dict[str, Any] = {
        "supplier": supplier,
        "recipient": recipient,
        "first": first,
        "last": last,
    }
    if claim.measure == "arms_share":
        query, params = fill(_SHARE_SQL, values)
        dep = (
            arms_dependence(ctx.store, recipient, windows=[(first, last)])
            if _any(ctx, recipient, first, last)
            else None
        )
        if dep is None:
            return Finding(
                computed=0.0, claimed=claim.value, comparator=claim.comparator,
                tolerance=ctx.share_tolerance(claim), query=query, params=params, **known,
            )  # fmt: skip
        key = f"share_{first}-{last}" if first != last else f"share_{first}"
        share = next((r[key] for r in dep.rows if r["supplier"] == supplier), 0.0) or 0.0
        return Finding(
            computed=round(float(share), 6), claimed=claim.value, comparator=claim.comparator,
            tolerance=ctx.share_tolerance(claim), query=query, params=params, **known,
        )  # fmt: skip
    if claim.measure == "arms_value":
        query, params = fill(_VALUE_SQL, values)
        got = ctx.one(query)
        return Finding(
            computed=float(got[0]) if got and got[0] is not None else 0.0,
            claimed=claim.value, comparator=claim.comparator,
            tolerance=ctx.amount_tolerance(claim), query=query, params=params, **known,
        )  # fmt: skip
    own, other = (
        ("recipient", "supplier")
        if claim.measure == "arms_top_supplier"
        else ("supplier", "recipient")
    )
    query, params = fill(_RANK_SQL.format(own=own, other=other), values)
    rows = ctx.rows(query)
    if not rows:
        return Finding(
            computed=None, claimed=claim.value, query=query, params=params,
            reason=f"out_of_coverage: SIPRI records no deliveries {'to' if own == 'recipient' else 'from'}"
            f" {params[own]} in {first}-{last}",
            **known,
        )  # fmt: skip
    target = supplier if own == "recipient" else recipient
    rank = next((int(r[2]) for r in rows if r[0] == target), len(rows) + 1)
    known["period"]["leader"] = str(rows[0][0])
    return Finding(
        computed=float(rank), claimed=claim.value, comparator="=", tolerance=0.0,
        query=query, params=params, **known,
    )  # fmt: skip


def _any(ctx: Context, recipient: str, first: int, last: int) -> bool:
    return ctx.store.exists(
        "arms_transfers",
        "recipient = ? AND delivery_year BETWEEN ? AND ? AND tiv IS NOT NULL",
        [recipient, first, last],
    )


def _window(claim: Claim, ctx: Context, lo: int, hi: int) -> tuple[int, int, str] | Finding:
    if claim.period:
        first, last = claim.period
        if first < lo or last > hi:
            return unverifiable(
                "out_of_coverage",
                f"the loaded SIPRI deliveries cover {lo}-{hi}, not all of {first}-{last}",
            )
        return first, last, "stated"
    end = hi if ctx.doc_year is None else min(hi, ctx.doc_year - 1)
    if end < lo:
        return unverifiable(
            "out_of_coverage", f"the loaded SIPRI deliveries ({lo}-{hi}) start after the article"
        )
    start = max(lo, end - WINDOW + 1)
    if ctx.doc_year is None:
        basis = f"the last {end - start + 1} loaded years (the article has no date)"
    elif end == ctx.doc_year - 1:
        basis = f"the {end - start + 1} years before the article ({ctx.doc_date})"
    else:
        basis = (
            f"the {end - start + 1} loaded years before the article ({ctx.doc_date});"
            f" SIPRI data end in {hi}"
        )
    return start, end, basis
