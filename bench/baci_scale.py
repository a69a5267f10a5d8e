"""Load a synthetic CEPII BACI release at full scale: rows/s and peak memory of `data load trade`.

Usage: .venv/bin/python bench/baci_scale.py [--rows N] [--products all|CODES] [--dir DIR]

Writes a release zip like CEPII's (two year files of t,i,j,k,v,q with N rows each, plus a
country_codes file) into DIR (default: a temporary folder), then, in one run, times (a) the
baseline, a bare DuckDB scan summing the same year files, and (b) realpolitik's loader, and
prints (b)/(a) as a ratio of rows per second and the peak resident memory. Real BACI years have
about 10 million rows each (the default).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
import zipfile
from pathlib import Path

import duckdb

from realpolitik import datasets
from realpolitik.store import Store

VERSION = "V202601"
# UN numeric codes as BACI writes them (842 USA, 251 France, 490 Taiwan, 699 India ...)
CODES = [4, 8, 12, 32, 36, 40, 56, 76, 124, 156, 251, 276, 381, 392, 410, 490, 579, 643, 699]
CODES += [704, 757, 842] + list(range(100, 900, 5))


def write_release(folder: Path, rows: int) -> tuple[Path, list[Path]]:
    """The zip, plus the unpacked year files (kept for the baseline scan)."""
    con = duckdb.connect()
    con.execute("CREATE TABLE c AS SELECT unnest(?::INT[]) AS code", [CODES])
    n = len(CODES)
    years = []
    for year in (2021, 2022):
        path = folder / f"BACI_HS92_Y{year}_{VERSION}.csv"
        con.execute(
            f"""COPY (
                SELECT {year} AS t,
                       (SELECT list(code) FROM c)[1 + (r % {n})::INT] AS i,
                       (SELECT list(code) FROM c)[1 + ((r // {n}) % {n})::INT] AS j,
                       lpad(CAST(10000 + r % 5000 AS VARCHAR), 6, '0') AS k,
                       round(random() * 1000, 3) AS v,
                       round(random() * 10, 3) AS q
                FROM range({rows}) t(r)
            ) TO '{path}' (HEADER, DELIMITER ',')"""
        )
        years.append(path)
    release = folder / f"BACI_HS92_{VERSION}.zip"
    with zipfile.ZipFile(release, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for path in years:
            z.write(path, path.name)
        z.writestr(
            f"country_codes_{VERSION}.csv",
            "country_code,country_name,country_iso2,country_iso3\n"
            "842,USA,US,USA\n490,Other Asia nes,,S19\n",
        )
    return release, years


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000, help="rows per year file")
    parser.add_argument("--products", default=None, help="all, or HS codes (default: totals)")
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        release, years = write_release(folder, args.rows)
        total = 2 * args.rows
        print(f"release: {release.name}, {release.stat().st_size >> 20} MiB, {total:,} rows")

        start = time.perf_counter()
        files = ", ".join(f"'{p}'" for p in years)
        duckdb.connect().execute(
            f"SELECT t, i, j, sum(v) FROM read_csv([{files}], header=true) GROUP BY ALL"
        ).fetchall()
        base = time.perf_counter() - start
        print(f"(a) bare DuckDB scan + group of the year files: {total / base:,.0f} rows/s")

        with Store(folder / "bench.duckdb") as store:
            start = time.perf_counter()
            result = datasets.load(store, "trade", [release], products=args.products)
            took = time.perf_counter() - start
            stored = store.count("trade_flows")
        print(
            f"(b) realpolitik data load trade (products={args.products or 'totals'}): "
            f"{total / took:,.0f} rows/s, {result.rows:,} rows, {stored:,} stored"
        )
        print(f"ratio (b)/(a) rows per second: {base / took:.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"peak resident memory: {peak} MiB")


if __name__ == "__main__":
    main()
