"""A synthetic GDELT 2.0 event export (61 tab-separated columns, no header) of any size.

The rows follow GDELT's layout and rough proportions, written by the project from published
descriptions of the data, not copied from it: actors are drawn from the country registry with a
Zipf-like weight (a handful of states in most events, a long tail), about 40% of two-country
events are domestic, a third of events have no second actor and some actors carry no country
(a bare sector code such as GOV or MED); event codes are drawn from the project's CAMEO table
with the share of each root code that GDELT reports (statements, consultations and appeals most
of the volume, mass violence rare), QuadClass and Goldstein follow the code. Dates fall evenly
over --since..--until. Every random choice is a hash of the row number and the choice's
number (one value: hashes of two values came out correlated), so the same arguments write the
same file.

    .venv/bin/python bench/gdelt_synth.py /tmp/gdelt.tsv --rows 1000000
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import duckdb

SLOTS = 8192  # resolution of the weighted lookup arrays

# Approximate share of each CAMEO root code among GDELT events (percent).
ROOT_SHARES = {
    "01": 19.0, "02": 6.0, "03": 7.0, "04": 20.0, "05": 8.0, "06": 2.5, "07": 2.5, "08": 2.5,
    "09": 2.0, "10": 2.5, "11": 7.0, "12": 2.0, "13": 2.0, "14": 2.0, "15": 0.6, "16": 1.5,
    "17": 5.0, "18": 3.5, "19": 4.3, "20": 0.1,
}  # fmt: skip
# The states GDELT names most often, busiest first; the rest of the registry follows.
BUSY = [
    "USA",
    "GBR",
    "RUS",
    "CHN",
    "ISR",
    "IND",
    "FRA",
    "IRN",
    "PAK",
    "DEU",
    "TUR",
    "UKR",
    "SYR",
    "AFG",
    "JPN",
    "AUS",
    "CAN",
    "NGA",
    "EGY",
    "KOR",
    "PRK",
    "SAU",
    "PHL",
    "IRQ",
    "MEX",
    "ZAF",
    "ITA",
    "KEN",
    "PSE",
    "LBN",
    "VEN",
    "BRA",
    "ESP",
    "IDN",
    "YEM",
    "LBY",
    "QAT",
    "ARE",
    "POL",
    "BGD",
    "MYS",
    "SDN",
    "ETH",
]
ROLES = ["", "", "", "GOV", "GOV", "GOV", "MIL", "BUS", "CVL", "MED", "JUD", "LEG", "OPP", "COP"]
BARE = ["GOV", "MED", "BUS", "CVL", "MIL", "COP", "EDU", "REB", "IGO", "NGO"]
SITES = ["dailynews", "worldreport", "thepress", "globaltimes", "herald", "gazette", "tribune"]


def _weighted(items: list[str], weights: list[float]) -> list[str]:
    """A lookup array of SLOTS entries in which each item fills its share (at least one)."""
    total = sum(weights)
    counts = [max(1, int(SLOTS * w / total)) for w in weights]
    counts[counts.index(max(counts))] += SLOTS - sum(counts)
    return [item for item, n in zip(items, counts, strict=True) for _ in range(n)]


def tables() -> dict[str, list[str]]:
    from realpolitik.actors.countries import all_countries
    from realpolitik.ontology import all_cameo

    states = {c.iso3: c for c in all_countries() if c.end_year is None and len(c.iso3) == 3}
    order = [c for c in BUSY if c in states] + sorted(c for c in states if c not in BUSY)
    country_w = [1.0 / (rank + 2) ** 1.1 for rank in range(len(order))]
    codes = [c for c in all_cameo() if c.root in ROOT_SHARES]
    per_root: dict[str, float] = {}
    level_w = {0: 1.0, 1: 4.0, 2: 1.0}
    for c in codes:
        per_root[c.root] = per_root.get(c.root, 0.0) + level_w[c.level]
    code_w = [ROOT_SHARES[c.root] * level_w[c.level] / per_root[c.root] for c in codes]
    picked = _weighted([c.code for c in codes], code_w)
    by_code = {c.code: c for c in codes}
    countries = _weighted(order, country_w)
    return {
        "country": countries,
        "iso2": [states[c].iso2 or c[:2] for c in countries],
        "cname": [states[c].name.upper() for c in countries],
        "code": picked,
        "quad": [str(by_code[c].quad_class) for c in picked],
        "gold": [
            str(
                by_code[c].goldstein_alt
                if by_code[c].goldstein_alt is not None
                else by_code[c].goldstein
            )
            for c in picked
        ],  # fmt: skip
    }


def write(path: Path, rows: int, *, since: int = 2015, until: int = 2024, seed: int = 1) -> None:
    """Write ``rows`` synthetic GDELT 2.0 rows to ``path`` (plain TSV; .gz is compressed)."""
    t = tables()
    days = (until - since + 1) * 365
    con = duckdb.connect()
    for name, values in t.items():
        con.execute(f"SET VARIABLE {name} = ?", [values])
    con.execute("SET VARIABLE roles = ?", [ROLES])
    con.execute("SET VARIABLE bare = ?", [BARE])
    con.execute("SET VARIABLE sites = ?", [SITES])

    def u(k: int) -> str:  # uniform [0, 1) from the row number
        return f"((hash(i * 1024 + {seed * 100 + k}) % 1000000) / 1000000.0)"

    def slot(k: int) -> str:
        return f"(1 + CAST(hash(i * 1024 + {seed * 100 + k}) % {SLOTS} AS INTEGER))"

    def actor(n: int, present: str, country: str) -> list[str]:
        """Code, name, country, 6 attribute codes, 3 type codes of actor n."""
        c = f"getvariable('country')[{country}]"
        has_c = f"({present} AND {u(20 + n)} >= 0.12)"
        role = f"getvariable('roles')[1 + CAST(hash(i * 1024 + {seed * 100 + 30 + n}) % {len(ROLES)} AS INTEGER)]"
        bare = f"getvariable('bare')[1 + CAST(hash(i * 1024 + {seed * 100 + 40 + n}) % {len(BARE)} AS INTEGER)]"
        code = f"CASE WHEN {has_c} THEN {c} || {role} WHEN {present} THEN {bare} END"
        name = f"CASE WHEN {has_c} THEN getvariable('cname')[{country}] WHEN {present} THEN 'OFFICIALS' END"
        typ = f"CASE WHEN {has_c} AND {role} <> '' THEN {role} WHEN {present} AND NOT {has_c} THEN {bare} END"
        return [
            code, name, f"CASE WHEN {has_c} THEN {c} END", "NULL", "NULL",
            f"CASE WHEN {u(50 + n)} < 0.03 THEN 'CHR' END", "NULL", typ, "NULL", "NULL",
        ]  # fmt: skip

    def geo(n: int, country: str) -> list[str]:
        """Type, full name, country, ADM1, ADM2, lat, long, feature id of location n."""
        iso2 = f"getvariable('iso2')[{country}]"
        kind = f"(1 + CAST(hash(i * 1024 + {seed * 100 + 60 + n}) % 4 AS INTEGER))"
        return [
            f"CAST({kind} AS VARCHAR)",
            f"'Town ' || (hash(i * 1024 + {seed * 100 + 70 + n}) % 5000) || ', Region, ' || getvariable('cname')[{country}]",
            iso2, f"{iso2} || lpad(CAST(hash(i * 1024 + {seed * 100 + 80 + n}) % 40 AS VARCHAR), 2, '0')",
            f"CAST(hash(i * 1024 + {seed * 100 + 90 + n}) % 90000 AS VARCHAR)",
            f"CAST(round({u(100 + n)} * 140 - 60, 4) AS VARCHAR)",
            f"CAST(round({u(110 + n)} * 340 - 170, 4) AS VARCHAR)",
            f"CAST(-1 * (hash(i * 1024 + {seed * 100 + 120 + n}) % 3000000) AS VARCHAR)",
        ]  # fmt: skip

    date = f"(DATE '{since}-01-01' + CAST(floor({u(1)} * {days}) AS INTEGER))"
    a1_country = slot(2)
    a2_country = f"CASE WHEN {u(3)} < 0.4 THEN {slot(2)} ELSE {slot(4)} END"
    code = slot(5)
    cols = [
        "CAST(1000000000 + i AS VARCHAR)",
        "strftime(d, '%Y%m%d')", "strftime(d, '%Y%m')", "strftime(d, '%Y')",
        "CAST(round(year(d) + dayofyear(d) / 365.0, 4) AS VARCHAR)",
        *actor(1, f"({u(6)} >= 0.05)", a1_country),
        *actor(2, f"({u(7)} >= 0.33)", a2_country),
        f"CASE WHEN {u(8)} < 0.6 THEN '1' ELSE '0' END",
        f"getvariable('code')[{code}]", f"left(getvariable('code')[{code}], 3)",
        f"left(getvariable('code')[{code}], 2)", f"getvariable('quad')[{code}]",
        f"getvariable('gold')[{code}]",
        f"CAST(1 + CAST(floor(-ln(1 - {u(9)}) * 4) AS INTEGER) AS VARCHAR)",
        f"CAST(1 + CAST(floor({u(10)} * 3) AS INTEGER) AS VARCHAR)",
        f"CAST(1 + CAST(floor(-ln(1 - {u(9)}) * 4) AS INTEGER) AS VARCHAR)",
        f"CAST(round({u(11)} * 15 - 10, 6) AS VARCHAR)",
        *geo(1, a1_country), *geo(2, a2_country), *geo(3, a1_country),
        "strftime(d + INTERVAL 1 DAY, '%Y%m%d') || lpad(CAST(hash(i * 1024 + 7) % 24 AS VARCHAR), 2, '0') || '1500'",
        f"'https://www.' || getvariable('sites')[1 + CAST(hash(i * 1024 + {seed * 100 + 12}) % {len(SITES)} AS INTEGER)]"
        f" || '.com/news/' || strftime(d, '%Y/%m/') || 'story-about-events-' || hash(i * 1024 + 13) % 100000000 || '.html'",
    ]  # fmt: skip
    assert len(cols) == 61, len(cols)
    body = ", ".join(f"{c} AS c{n}" for n, c in enumerate(cols))
    compression = ", COMPRESSION gzip" if path.suffix == ".gz" else ""
    con.execute(
        f"COPY (SELECT {body} FROM (SELECT i, {date} AS d FROM range({int(rows)}) t(i)))"
        f" TO '{path}' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE ''{compression})"
    )
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    start = time.perf_counter()
    write(args.path, args.rows, seed=args.seed)
    size = args.path.stat().st_size
    print(
        f"{args.path}: {args.rows:,} rows, {size / 1e6:.0f} MB in {time.perf_counter() - start:.1f} s"
    )


if __name__ == "__main__":
    main()
