"""Bilateral trade tables (BACI, IMF DOTS, Comtrade-like exports) → ``trade_flows`` in USD.

Columns are found by name: reporter (reporter, exporter, exporter_iso3, ...), partner
(partner, importer, ...), year, value (value, value_usd, value_kusd = thousands of USD,
value_musd = millions), optional flow and product. Exporter/importer files are stored with
reporter = exporter and flow = 'export'. Codes and names resolve through the registry; numeric
codes (M49) and aggregates the registry does not know are kept as written.

CEPII BACI as its publisher ships it (a zip, its folder or a year file with columns
t,i,j,k,v,q) goes to ``_baci``: every year file, numeric codes mapped to ISO3, bilateral totals
by default or HS6 rows with ``products``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import duckdb

from realpolitik.actors.countries import to_iso3
from realpolitik.datasets import _baci
from realpolitik.datasets._io import (
    Head,
    check_numeric,
    check_values,
    check_whole,
    column_of,
    find_header,
    first_line_cells,
    ident,
    map_countries,
    readable,
    replace_rows,
    stage,
)
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import Errors, RealpolitikError

KIND = "trade"
REPORTER = ("reporter_iso3", "reporter_iso", "reporter", "reporter_name", "reportercode",
            "exporter_iso3", "exporter", "iso_o", "country")  # fmt: skip
PARTNER = ("partner_iso3", "partner_iso", "partner", "partner_name", "partnercode",
           "importer_iso3", "importer", "iso_d", "counterpart")  # fmt: skip
YEAR = ("year", "period", "refyear", "t")
VALUE_SCALE = {
    "value_usd": 1.0, "value": 1.0, "trade_value": 1.0, "primaryvalue": 1.0, "tradevalue": 1.0,
    "value_kusd": 1e3, "v": 1e3, "value_musd": 1e6, "value_usd_millions": 1e6,
}  # fmt: skip
FLOW = ("flow", "flowdesc", "flowcode", "trade_flow", "indicator")
PRODUCT = ("product", "cmdcode", "hs", "k", "commodity", "product_code")
_FLOWS = {
    "x": "export", "export": "export", "exports": "export", "e": "export",
    "m": "import", "import": "import", "imports": "import", "i": "import",
    "total": "total", "t": "total", "trade": "total",
}  # fmt: skip


def _matches(cells: tuple[str, ...]) -> bool:
    have = {c.lower() for c in cells}
    return _baci.is_baci(cells) or (
        any(c in have for c in REPORTER)
        and any(c in have for c in PARTNER)
        and any(c in have for c in YEAR)
        and any(c in have for c in VALUE_SCALE)
    )


def load_trade(
    con: duckdb.DuckDBPyConnection,
    path: str | Path,
    *,
    encoding: str = "utf-8",
    origin: str | None = None,
    products: str | Sequence[str] | None = None,
) -> int:
    """Load one trade file (or a BACI release: zip, folder, year file); return rows read.

    ``products`` (BACI only): None stores exporter-importer-year totals; 'all' keeps every HS6
    row; a list of HS codes (2, 4 or 6 digits, matched as prefixes) keeps those products' rows.
    """
    release = _baci.find_release(path)
    if release is not None:
        return _baci.load_baci(con, release, origin or "baci", products, encoding)
    if Path(path).is_dir():
        raise RealpolitikError(Errors.E330, path=path)
    if _baci.parse_products(products):
        raise RealpolitikError(Errors.E332, path=path)
    with readable(path) as (real, shown):
        head = find_header(real, shown, encoding, _matches)
        if head is None:
            _, cells = first_line_cells(real, shown, encoding)
            raise RealpolitikError(
                Errors.E301,
                path=shown,
                columns="reporter/partner/year/value",
                kind=KIND,
                expected="reporter|exporter, partner|importer, year, value|value_usd|value_kusd"
                f" (found {', '.join(cells[:10])})",
            )
        return _load(con, head, origin or _origin_of(shown))


def _origin_of(path: Path) -> str:
    lowered = path.name.lower()
    for name in ("baci", "dots", "comtrade"):
        if name in lowered:
            return name
    return "trade"


def _load(con: duckdb.DuckDBPyConnection, head: Head, origin: str) -> int:
    rows = stage(con, "_stage", head)
    reporter = column_of(head, *REPORTER) or ""
    partner = column_of(head, *PARTNER) or ""
    year = column_of(head, *YEAR) or ""
    value = column_of(head, *VALUE_SCALE) or ""
    scale = VALUE_SCALE[value.lower()]
    flow = column_of(head, *FLOW)
    product = column_of(head, *PRODUCT)
    check_whole(con, "_stage", head, year, required=True)
    check_numeric(con, "_stage", head, value, "DOUBLE")
    exporter_file = reporter.lower().startswith(("exporter", "iso_o"))
    if flow:
        allowed = ", ".join(f"'{k}'" for k in _FLOWS)
        check_values(
            con, "_stage", head, flow,
            f"({{v}} IS NULL OR lower(trim({{v}})) NOT IN ({allowed}))",
            "export / import / total (or X / M)",
        )  # fmt: skip
        con.execute("CREATE OR REPLACE TEMP TABLE _flows (raw VARCHAR, flow VARCHAR)")
        con.executemany("INSERT INTO _flows VALUES (?, ?)", list(_FLOWS.items()))
        flow_sql = f"(SELECT f.flow FROM _flows f WHERE f.raw = lower(trim(s.{ident(flow)})))"
    else:
        flow_sql = "'export'" if exporter_file else "'total'"
    map_countries(
        con,
        "_cmap",
        f"SELECT DISTINCT trim({ident(reporter)}) FROM _stage UNION "  # noqa: S608
        f"SELECT DISTINCT trim({ident(partner)}) FROM _stage",
        _resolve,
    )
    product_sql = f"nullif(trim(s.{ident(product)}), '')" if product else "NULL"
    return replace_rows(
        con, head.shown, table="trade_flows",
        columns=("reporter", "partner", "year", "flow", "product", "value", "origin"),
        select=f"SELECT r.iso3, p.iso3, CAST(CAST(s.{ident(year)} AS DOUBLE) AS INTEGER),"  # noqa: S608
        f" {flow_sql}, {product_sql}, CAST(trim(s.{ident(value)}) AS DOUBLE) * {scale}, ?"
        f" FROM _stage s JOIN _cmap r ON r.raw = trim(s.{ident(reporter)})"
        f" JOIN _cmap p ON p.raw = trim(s.{ident(partner)})"
        f" WHERE nullif(trim(s.{ident(value)}), '') IS NOT NULL",
        params=[origin], kind=KIND, rows=rows,
        years=f"SELECT min(CAST({ident(year)} AS DOUBLE)), max(CAST({ident(year)} AS DOUBLE))"  # noqa: S608
        " FROM _stage",
        citation=CITATIONS.get(origin, CITATIONS["trade"]),
    )  # fmt: skip


def _resolve(raw: str) -> str:
    """Registry code when the registry knows it; else the code as written (aggregates, M49)."""
    if raw.isdigit():
        return raw
    found = to_iso3(raw)
    if found:
        return found
    return raw.upper() if len(raw) <= 3 else raw
