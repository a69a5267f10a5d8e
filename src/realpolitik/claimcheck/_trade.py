"""Trade claims against the loaded bilateral trade (``trade_flows``).

- trade share: the partner's share of the state's total trade (exports plus imports with every
  partner), D_ij of ``analysis.dependence``, from the same SQL (``trade_pairs_sql``);
- import and export shares: directed flows, the exporter's report where present, else the
  importer's mirror report (``trade_directed_sql``);
- amounts: the pair's trade, or one direction's flow, in USD;
- rankings: the partner's rank among the state's partners in the same measure.

The year is the stated one; with none, the latest loaded year before the article's date, and
the neighbouring years are shown with the figure. A layer of HS product rows only (``data load
trade --products ...``) is a subset of total trade: ``partial_coverage``.
"""

from __future__ import annotations

from typing import Any

from realpolitik.analysis._common import citation
from realpolitik.analysis.dependence import trade_directed_sql, trade_pairs_sql
from realpolitik.claimcheck._context import Context, fill, named, pair, period_dict
from realpolitik.claimcheck._records import Finding, unverifiable
from realpolitik.models import Claim

SHARES = ("trade_share", "import_share", "export_share")
VALUES = ("trade_value", "import_value", "export_value")
RANKS = ("trade_top_partner", "import_top_partner", "export_top_partner")
MEASURES = frozenset(SHARES + VALUES + RANKS)
FULL_HS6 = 4000  # distinct HS6 codes above which product rows are taken as all of trade
_LOAD_HINT = (
    "run `realpolitik data load trade FILE` with bilateral totals (a CEPII BACI release from"
    " `realpolitik data fetch baci`, or an IMF DOTS / Comtrade export)"
)


def check_trade(claim: Claim, ctx: Context) -> Finding:
    codes = pair(claim)
    if isinstance(codes, Finding):
        return codes
    subject, obj = codes
    if ctx.one("SELECT 1 FROM trade_flows LIMIT 1") is None:
        return unverifiable("not_loaded", f"the trade layer is empty; {_LOAD_HINT}")
    if claim.scope:
        return unverifiable(
            "no_dataset",
            f"the claim is about {claim.scope} only; the trade layer holds bilateral totals,"
            " not product-level figures",
        )
    if claim.measure in VALUES and claim.unit != "USD":
        return unverifiable(
            "no_dataset", f"the amount is in {claim.unit}; no exchange-rate dataset is loaded"
        )
    chosen = _years(claim, ctx)
    if isinstance(chosen, Finding):
        return chosen
    first, last, basis = chosen
    partial = _partial(ctx, first, last)
    if partial is not None:
        return partial
    dataset, source = _provenance(ctx, first, last)
    known: dict[str, Any] = {"dataset": dataset, "source": source}
    if claim.measure in SHARES:
        return _share(claim, ctx, subject, obj, first, last, basis, known)
    if claim.measure in VALUES:
        return _value(claim, ctx, subject, obj, first, last, basis, known)
    return _rank(claim, ctx, subject, obj, first, last, basis, known)


def _years(claim: Claim, ctx: Context) -> tuple[int, int, str] | Finding:
    loaded = [int(r[0]) for r in ctx.rows("SELECT DISTINCT year FROM trade_flows ORDER BY 1")]
    span = f"{loaded[0]}-{loaded[-1]}" if loaded else "none"
    if claim.period:
        first, last = claim.period
        missing = [y for y in range(first, last + 1) if y not in loaded]
        if missing:
            return unverifiable(
                "out_of_coverage",
                f"no trade loaded for {', '.join(map(str, missing[:5]))} (loaded: {span});"
                f" {_LOAD_HINT}",
            )
        return first, last, "stated"
    before = [y for y in loaded if ctx.doc_year is None or y < ctx.doc_year]
    if not before:
        return unverifiable(
            "out_of_coverage", f"no trade loaded before the article's year (loaded: {span})"
        )
    year = before[-1]
    if ctx.doc_year is None:
        return year, year, "latest loaded year (the article has no date)"
    return year, year, f"latest loaded year before the article ({ctx.doc_date})"


def _partial(ctx: Context, first: int, last: int) -> Finding | None:
    row = ctx.one(
        "SELECT count(*) FILTER (WHERE product IS NULL), count(DISTINCT product)"  # noqa: S608
        f" FROM trade_flows WHERE year BETWEEN {first} AND {last}"
    )
    if row is None or row[0] or not row[1] or row[1] >= FULL_HS6:
        return None
    return unverifiable(
        "partial_coverage",
        f"the trade loaded for {first}-{last} is {row[1]} HS product code(s), not total trade;"
        " load bilateral totals (`realpolitik data load trade FILE` without --products)",
    )


def _provenance(ctx: Context, first: int, last: int) -> tuple[str, str]:
    origins = [
        str(r[0])
        for r in ctx.rows(
            "SELECT DISTINCT coalesce(origin, 'trade') FROM trade_flows"  # noqa: S608
            f" WHERE year BETWEEN {first} AND {last} ORDER BY 1"
        )
    ]
    return ",".join(origins), " ".join(citation(o) for o in origins)


def _bounds(first: int, last: int) -> tuple[int, int]:
    """Years the query reads: the neighbours too when the claim is about one year."""
    return (first - 1, last + 1) if first == last else (first, last)


def _share_sql(measure: str) -> str:
    if measure == "trade_share":
        source = named(trade_pairs_sql(None), ["first", "last", "first", "last"])
        return (
            f"WITH p AS ({source}),\n"
            "sides AS (SELECT a AS i, b AS j, year, t FROM p UNION ALL SELECT b, a, year, t FROM p)\n"
            "SELECT year, coalesce(sum(t) FILTER (WHERE j = $partner), 0) AS part,"
            " sum(t) AS whole,\n"
            "       coalesce(sum(t) FILTER (WHERE j = $partner), 0) / sum(t) AS share\n"
            "FROM sides WHERE i = $state GROUP BY year ORDER BY year"
        )
    source = named(trade_directed_sql(None), ["first", "last"])
    own, other = ("importer", "exporter") if measure == "import_share" else ("exporter", "importer")
    return (
        f"WITH d AS ({source})\n"
        f"SELECT year, coalesce(sum(value) FILTER (WHERE {other} = $partner), 0) AS part,"
        " sum(value) AS whole,\n"
        f"       coalesce(sum(value) FILTER (WHERE {other} = $partner), 0) / sum(value) AS share\n"
        f"FROM d WHERE {own} = $state AND {other} <> {own} GROUP BY year ORDER BY year"
    )


def _share(
    claim: Claim,
    ctx: Context,
    partner: str,
    state: str,
    first: int,
    last: int,
    basis: str,
    known: dict[str, Any],
) -> Finding:
    lo, hi = _bounds(first, last)  # the years read: with the neighbours of a single year
    query, params = fill(
        _share_sql(claim.measure), {"state": state, "partner": partner, "first": lo, "last": hi}
    )
    rows = {int(r[0]): (float(r[1] or 0.0), float(r[2] or 0.0)) for r in ctx.rows(query)}
    part = sum(rows[y][0] for y in range(first, last + 1) if y in rows)
    whole = sum(rows[y][1] for y in range(first, last + 1) if y in rows)
    if whole <= 0:
        return unverifiable(
            "out_of_coverage", f"no trade of {state} recorded in {first}-{last}", **known
        )
    neighbours = {
        str(y): round(rows[y][0] / rows[y][1], 4)
        for y in (first - 1, last + 1)
        if first == last and y in rows and rows[y][1] > 0
    }
    return Finding(
        computed=round(part / whole, 6),
        claimed=claim.value,
        comparator=claim.comparator,
        tolerance=ctx.share_tolerance(claim),
        period=period_dict(first, last, basis, neighbours=neighbours),
        query=query,
        params=params,
        **known,
    )


def _value(
    claim: Claim,
    ctx: Context,
    origin: str,
    destination: str,
    first: int,
    last: int,
    basis: str,
    known: dict[str, Any],
) -> Finding:
    values: dict[str, Any] = {"from": origin, "to": destination, "first": first, "last": last}
    if claim.measure == "trade_value":
        source = named(trade_pairs_sql(None), ["first", "last", "first", "last"])
        sql = (
            f"WITH p AS ({source})\n"
            "SELECT coalesce(sum(t) FILTER (WHERE a = least($from, $to)"
            " AND b = greatest($from, $to)), 0) AS value FROM p"
        )
    else:
        source = named(trade_directed_sql(None), ["first", "last"])
        sql = (
            f"WITH d AS ({source})\n"
            "SELECT coalesce(sum(value) FILTER (WHERE exporter = $from AND importer = $to), 0)"
            " AS value FROM d"
        )
    query, params = fill(sql, values)
    row = ctx.one(query)
    value = float(row[0]) if row and row[0] is not None else 0.0
    return Finding(
        computed=value,
        claimed=claim.value,
        comparator=claim.comparator,
        tolerance=ctx.amount_tolerance(claim),
        period=period_dict(first, last, basis),
        query=query,
        params=params,
        **known,
    )


def _rank(
    claim: Claim,
    ctx: Context,
    partner: str,
    state: str,
    first: int,
    last: int,
    basis: str,
    known: dict[str, Any],
) -> Finding:
    values: dict[str, Any] = {"state": state, "first": first, "last": last}
    if claim.measure == "trade_top_partner":
        source = named(trade_pairs_sql(None), ["first", "last", "first", "last"])
        flows = (
            f"WITH p AS ({source}),\n"
            "sides AS (SELECT a AS i, b AS j, t FROM p UNION ALL SELECT b, a, t FROM p),\n"
            "ranked AS (SELECT j AS partner, sum(t) AS value FROM sides WHERE i = $state"
            " GROUP BY j)\n"
        )
    else:
        source = named(trade_directed_sql(None), ["first", "last"])
        own, other = (
            ("importer", "exporter")
            if claim.measure == "import_top_partner"
            else ("exporter", "importer")
        )
        flows = (
            f"WITH d AS ({source}),\n"
            f"ranked AS (SELECT {other} AS partner, sum(value) AS value FROM d"
            f" WHERE {own} = $state AND {other} <> $state GROUP BY {other})\n"
        )
    sql = (
        flows + "SELECT partner, value, rank() OVER (ORDER BY value DESC) AS rank FROM ranked\n"
        "WHERE regexp_full_match(partner, '[A-Z]{3}') ORDER BY rank, partner"
    )
    query, params = fill(sql, values)
    rows = ctx.rows(query)
    if not rows:
        return unverifiable(
            "out_of_coverage", f"no trade of {state} recorded in {first}-{last}", **known
        )
    rank = next((int(r[2]) for r in rows if r[0] == partner), len(rows) + 1)
    return Finding(
        computed=float(rank),
        claimed=claim.value,
        comparator="=",
        tolerance=0.0,
        period=period_dict(first, last, basis, leader=str(rows[0][0])),
        query=query,
        params=params,
        **known,
    )
