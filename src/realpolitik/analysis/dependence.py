"""Arms and trade dependence: who supplies a state, how concentrated, and who has leverage.

Arms (SIPRI): a supplier's share of a recipient's imports = supplier TIV / all TIV delivered to
the recipient in a window of years; concentration is the Herfindahl-Hirschman index
HHI = sum of squared shares (1 = one supplier). Changes compare windows (e.g. 2010-14 vs 2020-23).
SIPRI's trend-indicator values measure major conventional weapons only, not their price.

Trade: with T_ij the trade between i and j (exports both ways) and T_i all of i's trade,
partner share D_ij = T_ij / T_i; asymmetry = D_ji - D_ij (above 0: the partner depends more on i
than i on it, a source of leverage for i); salience = sqrt(D_ij * D_ji); symmetry =
1 - |D_ij - D_ji|; interdependence = salience * symmetry (Barbieri 1996); partner concentration
HHI = sum_j D_ij^2 (Hirschman 1945). A directed flow is the exporter's report where present, else
the importer's mirror report. Where no trade data cover a pair-year, shares stated in the
stored documents (claims ``trade_share``, ``import_share``, ``export_share``) fill in, marked
``basis='claim'`` with their document as source.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from realpolitik.analysis._common import Row, citation, state_code, state_name, window
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    import pyarrow as pa

    from realpolitik.store import Store

Window = tuple[int, int]
SHARE_MEASURES = ("trade_share", "import_share", "export_share")


@dataclass
class Dependence:
    """One table per measure: ``rows`` per partner (and period), ``summary`` per period.

    ``notes`` say what the numbers cover where that is less than it seems (a product subset
    of trade, claims filling gaps). ``table()`` and ``summary_table()`` give pyarrow Tables.
    """

    state: str
    layer: str
    rows: list[Row] = field(default_factory=list)
    summary: list[Row] = field(default_factory=list)
    citation: str = ""
    notes: list[str] = field(default_factory=list)

    def table(self) -> pa.Table:
        import pyarrow as pa

        return pa.Table.from_pylist(self.rows)

    def summary_table(self) -> pa.Table:
        import pyarrow as pa

        return pa.Table.from_pylist(self.summary)


def label(w: Window) -> str:
    return f"{w[0]}-{w[1]}" if w[0] != w[1] else str(w[0])


def parse_windows(text: str | None) -> list[Window] | None:
    """'2010-2014,2020-2023' (or '2015') -> [(2010, 2014), (2020, 2023)]."""
    if not text:
        return None
    out: list[Window] = []
    for part in text.split(","):
        lo, dash, hi = part.strip().partition("-")
        if not lo.strip().isdigit() or ((hi or dash) and not hi.strip().isdigit()):
            raise RealpolitikError(
                Errors.E404, name=f"windows={text}", choices="YYYY-YYYY[,YYYY-YYYY...]"
            )
        first, last = int(lo), int(hi or lo)
        out.append((min(first, last), max(first, last)))
    return out


# -- arms --------------------------------------------------------------------------------------
def arms_dependence(
    store: Store,
    recipient: str,
    *,
    windows: Sequence[Window] | None = None,
    top: int | None = None,
) -> Dependence:
    """Supplier shares of ``recipient``'s arms imports (SIPRI TIV) per window, HHI and change.

    ``windows`` default: the two latest five-year windows of the loaded deliveries. Rows: one per
    supplier with ``tiv_<window>`` and ``share_<window>`` columns and ``change`` (share in the
    last window minus share in the first); summary: one row per window with total TIV, supplier
    count, HHI and the top supplier.
    """
    code = state_code(recipient, option="STATE")
    if not store.exists("arms_transfers"):
        raise RealpolitikError(Errors.E310, kind="sipri")
    wins = list(windows) if windows else _latest_windows(store)
    out = Dependence(code, "arms", citation=citation("sipri"))
    per_window: list[dict[str, tuple[float, str]]] = []
    for w in wins:
        rows = store.rows(
            "SELECT supplier, any_value(coalesce(supplier_name, supplier)), sum(tiv)"
            " FROM arms_transfers WHERE recipient = ? AND delivery_year BETWEEN ? AND ?"
            " AND tiv IS NOT NULL GROUP BY supplier",
            [code, w[0], w[1]],
        )
        per_window.append({str(r[0]): (float(r[2] or 0.0), str(r[1])) for r in rows})
    if not any(per_window):
        first = min(w[0] for w in wins)
        last = max(w[1] for w in wins)
        raise RealpolitikError(
            Errors.E402, what=f"arms deliveries to {code}", since=first, until=last
        )
    totals = [sum(t for t, _ in d.values()) for d in per_window]
    suppliers = sorted({s for d in per_window for s in d})
    for supplier in suppliers:
        row: Row = {"recipient": code, "supplier": supplier}
        name = next(d[supplier][1] for d in per_window if supplier in d)
        row["supplier_name"] = state_name(supplier) if len(supplier) == 3 else name
        shares = []
        for w, d, total in zip(wins, per_window, totals, strict=True):
            tiv = d.get(supplier, (0.0, ""))[0]
            share = tiv / total if total else None
            row[f"tiv_{label(w)}"] = tiv
            row[f"share_{label(w)}"] = share
            shares.append(share)
        first_share, last_share = shares[0], shares[-1]
        row["change"] = (
            (last_share or 0.0) - (first_share or 0.0)
            if len(wins) > 1 and first_share is not None and last_share is not None
            else None
        )
        out.rows.append(row)
    last_key = f"share_{label(wins[-1])}"
    out.rows.sort(key=lambda r: -(r[last_key] or 0.0))
    if top:
        out.rows = out.rows[:top]
    for w, d, total in zip(wins, per_window, totals, strict=True):
        split = {s: t / total for s, (t, _) in d.items()} if total else {}
        best = max(split, key=lambda s: split[s]) if split else None
        out.summary.append(
            {
                "recipient": code,
                "window": label(w),
                "tiv": total,
                "suppliers": len(d),
                "hhi": sum(v * v for v in split.values()) if split else None,
                "top_supplier": best,
                "top_share": split[best] if best else None,
            }
        )
    return out


def arms_flows(
    store: Store, a: str, b: str, *, since: int | str | None = None, until: int | str | None = None
) -> list[Row]:
    """TIV delivered per year between two states, both ways (SIPRI): a -> b and b -> a."""
    code_a, code_b = state_code(a), state_code(b)
    first, last = window(since, until)
    rows = store.rows(
        "SELECT delivery_year, sum(tiv) FILTER (WHERE supplier = ?),"
        " sum(tiv) FILTER (WHERE supplier = ?) FROM arms_transfers"
        " WHERE ((supplier = ? AND recipient = ?) OR (supplier = ? AND recipient = ?))"
        " AND delivery_year BETWEEN ? AND ? AND tiv IS NOT NULL GROUP BY 1 ORDER BY 1",
        [code_a, code_b, code_a, code_b, code_b, code_a, first, last],
    )
    return [
        {"year": int(y), "a": code_a, "b": code_b, "a_to_b": float(x or 0.0),
         "b_to_a": float(z or 0.0)}
        for y, x, z in rows
    ]  # fmt: skip


def supplier_shares(store: Store, supplier: str, first: int, last: int) -> list[Row]:
    """Every recipient's share of its arms imports (TIV) that came from ``supplier`` in a window."""
    code = state_code(supplier)
    rows = store.rows(
        "SELECT recipient, sum(tiv) FILTER (WHERE supplier = ?), sum(tiv) FROM arms_transfers"
        " WHERE delivery_year BETWEEN ? AND ? AND tiv IS NOT NULL AND recipient <> ?"
        " GROUP BY recipient HAVING sum(tiv) > 0 ORDER BY recipient",
        [code, first, last, code],
    )
    return [
        {"recipient": str(r), "supplier": code, "window": label((first, last)),
         "tiv": float(x or 0.0), "total": float(t), "share": float(x or 0.0) / float(t)}
        for r, x, t in rows
    ]  # fmt: skip


def _latest_windows(store: Store) -> list[Window]:
    row = store.row("SELECT max(delivery_year) FROM arms_transfers")
    last = int(row[0]) if row and row[0] is not None else 2023
    return [(last - 9, last - 5), (last - 4, last)]


# -- trade -------------------------------------------------------------------------------------
_DIRECTED = """
WITH f AS (
    SELECT CASE WHEN flow = 'import' THEN partner ELSE reporter END AS exporter,
           CASE WHEN flow = 'import' THEN reporter ELSE partner END AS importer,
           year, flow, value
    FROM trade_flows
    WHERE flow IN ('export', 'import') AND year BETWEEN ? AND ? AND reporter <> partner {product}
), directed AS (
    SELECT exporter, importer, year,
           coalesce(sum(value) FILTER (WHERE flow = 'export'),
                    sum(value) FILTER (WHERE flow = 'import')) AS value
    FROM f GROUP BY ALL
)"""
_PAIRS = (
    _DIRECTED
    + """, flows AS (
    SELECT least(exporter, importer) AS a, greatest(exporter, importer) AS b, year,
           sum(value) AS t
    FROM directed GROUP BY ALL
), totals AS (
    SELECT least(reporter, partner) AS a, greatest(reporter, partner) AS b, year,
           avg(value) AS t
    FROM trade_flows
    WHERE flow = 'total' AND year BETWEEN ? AND ? AND reporter <> partner {product}
    GROUP BY ALL
)
SELECT coalesce(f.a, t.a) AS a, coalesce(f.b, t.b) AS b, coalesce(f.year, t.year) AS year,
       coalesce(f.t, t.t) AS t
FROM flows f FULL OUTER JOIN totals t ON f.a = t.a AND f.b = t.b AND f.year = t.year
"""
)


def trade_directed_sql(product: str | None) -> str:
    """SQL for directed flows (exporter, importer, year, value): the exporter's report where
    present, else the importer's mirror report; parameters: 2 years (+1 product)."""
    return (
        _DIRECTED.format(product="AND product = ?" if product else "")
        + " SELECT exporter, importer, year, value FROM directed"
    )


def trade_pairs_sql(product: str | None) -> str:
    """SQL for undirected pair-year trade (a < b, year, t); parameters: 4 years (+2 products)."""
    return _PAIRS.format(product="AND product = ?" if product else "")


def trade_dependence(
    store: Store,
    state: str,
    *,
    partner: str | None = None,
    since: int | str | None = None,
    until: int | str | None = None,
    product: str | None = None,
    claims: bool = True,
    top: int | None = None,
) -> Dependence:
    """Partner shares, asymmetry, salience, symmetry per year, and the partner HHI per year.

    ``top`` keeps the largest partners per year (the HHI always uses all of them). Claims fill
    pair-years without trade data when ``claims`` is true.
    """
    code = state_code(state, option="STATE")
    other = state_code(partner, option="--partner") if partner else None
    first, last = window(since, until, what="trade dependence")
    out = Dependence(code, "trade")
    params: list[Any] = [first, last] + ([product] if product else [])
    params = params + params
    sql = (
        "WITH p AS (" + trade_pairs_sql(product) + "),"
        " sides AS (SELECT a AS i, b AS j, year, t FROM p UNION ALL SELECT b, a, year, t FROM p),"
        " tot AS (SELECT i, year, sum(t) AS total FROM sides GROUP BY ALL)"
        " SELECT s.year, s.j, s.t, ti.total, tj.total FROM sides s"
        " JOIN tot ti ON ti.i = s.i AND ti.year = s.year"
        " JOIN tot tj ON tj.i = s.j AND tj.year = s.year"
        " WHERE s.i = ? ORDER BY s.year, s.t DESC"
    )
    data = store.rows(sql, [*params, code])
    by_year: dict[int, list[Row]] = {}
    for year, j, t, total_i, total_j in data:
        d_ij = t / total_i if total_i else None
        d_ji = t / total_j if total_j else None
        by_year.setdefault(int(year), []).append(
            _dyad_row(code, str(j), int(year), d_ij, d_ji, float(t), total_i, total_j, "data")
        )
    for year, rows in by_year.items():
        shares = [r["d_ij"] for r in rows if r["d_ij"] is not None]
        best = rows[0] if rows else None
        out.summary.append(
            {
                "state": code,
                "year": year,
                "trade": float(rows[0]["total"]) if rows else None,
                "partners": len(rows),
                "hhi": sum(s * s for s in shares) if shares else None,
                "top_partner": best["partner"] if best else None,
                "top_share": best["d_ij"] if best else None,
                "basis": "data",
            }
        )
        kept = [r for r in rows if other is None or r["partner"] == other]
        out.rows.extend(kept[:top] if top and other is None else kept)
    if claims:
        covered = {(r["year"], r["partner"]) for r in out.rows}
        out.rows.extend(
            r
            for r in claim_shares(store, code, other, first, last)
            if (r["year"], r["partner"]) not in covered
        )
    out.rows.sort(key=lambda r: (r["year"] or 0, -(r["d_ij"] or r["d_ji"] or 0.0)))
    out.summary.sort(key=lambda r: r["year"])
    origins = [
        str(r[0])
        for r in store.rows(
            "SELECT DISTINCT coalesce(origin, 'trade') FROM trade_flows"
            " WHERE year BETWEEN ? AND ? AND (reporter = ? OR partner = ?)",
            [first, last, code, code],
        )
    ]
    out.notes += product_notes(store, first, last, code)
    cites = [citation(o) for o in sorted(origins)] if data else []
    if any(r["basis"] == "claim" for r in out.rows):
        cites.append(citation("text"))
    out.citation = " ".join(cites)
    if not out.rows and not out.summary:
        raise RealpolitikError(Errors.E402, what=f"trade of {code}", since=first, until=last)
    return out


def product_notes(store: Store, first: int, last: int, state: str) -> list[str]:
    """'share of trade in N products, not total trade' where the loaded rows are products."""
    row = store.row(
        "SELECT count(DISTINCT product), count(*) FILTER (WHERE product IS NULL) FROM trade_flows"
        " WHERE year BETWEEN ? AND ? AND (reporter = ? OR partner = ?)",
        [first, last, state, state],
    )
    if not row or not row[0]:
        return []
    products = int(row[0])
    mixed = " (mixed with totals from other files)" if row[1] else ""
    return [
        f"Trade here is the share of trade in {products} product(s), not total trade: the loaded"
        f" trade rows hold HS product codes{mixed}."
    ]


def _dyad_row(
    i: str,
    j: str,
    year: int | None,
    d_ij: float | None,
    d_ji: float | None,
    t: float | None,
    total_i: float | None,
    total_j: float | None,
    basis: str,
    source: str | None = None,
) -> Row:
    both = d_ij is not None and d_ji is not None
    salience = (d_ij * d_ji) ** 0.5 if both and d_ij is not None and d_ji is not None else None
    symmetry = 1.0 - abs(d_ij - d_ji) if both and d_ij is not None and d_ji is not None else None
    return {
        "state": i,
        "partner": j,
        "year": year,
        "trade": t,
        "total": total_i,
        "partner_total": total_j,
        "d_ij": d_ij,
        "d_ji": d_ji,
        "asymmetry": d_ji - d_ij if both and d_ij is not None and d_ji is not None else None,
        "salience": salience,
        "symmetry": symmetry,
        "interdependence": salience * symmetry
        if salience is not None and symmetry is not None
        else None,
        "basis": basis,
        "source": source,
    }


def claim_shares(store: Store, state: str, partner: str | None, first: int, last: int) -> list[Row]:
    """Shares stated in documents: "China's share of North Korea's trade" gives D(PRK, CHN).

    A claim's object is the whole (i), its subject the partner (j). Only asserted or reported
    claims with a year count; the latest-stated value per pair-year wins.
    """
    marks = ", ".join("?" for _ in SHARE_MEASURES)
    rows = store.rows(
        "SELECT c.object_country, c.subject_country, c.year, c.value, c.measure,"
        " coalesce(d.url, d.title, d.source, c.doc_id) AS src"
        " FROM claims c LEFT JOIN documents d ON d.doc_id = c.doc_id"
        f" WHERE c.measure IN ({marks}) AND c.year BETWEEN ? AND ?"  # noqa: S608
        " AND c.value BETWEEN 0 AND 1"
        " AND coalesce(c.factuality, 'asserted') IN ('asserted', 'reported')"
        " AND c.object_country IS NOT NULL AND c.subject_country IS NOT NULL"
        " AND (c.object_country = ? OR c.subject_country = ?)"
        " ORDER BY d.published NULLS FIRST, c.doc_id, c.sentence_index",
        [*SHARE_MEASURES, first, last, state, state],
    )
    found: dict[tuple[int, str], dict[str, Any]] = {}
    for whole, holder, year, value, measure, src in rows:
        j = holder if whole == state else whole
        if j == state or (partner is not None and j != partner):
            continue
        slot = found.setdefault((int(year), str(j)), {"src": []})
        key = "d_ij" if whole == state else "d_ji"
        slot[key] = float(value)
        slot["measure"] = measure
        if src not in slot["src"]:
            slot["src"].append(str(src))
    out = []
    for (year, j), slot in sorted(found.items()):
        row = _dyad_row(
            state, j, year, slot.get("d_ij"), slot.get("d_ji"), None, None, None, "claim",
            "; ".join(slot["src"]),
        )  # fmt: skip
        row["measure"] = slot["measure"]
        out.append(row)
    return out
