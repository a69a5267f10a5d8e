"""Benchmark: full 1946-2024 ideal point estimation from the real UN votes, against BSV's estimates.

    .venv/bin/python bench/idealpoints.py --votes ../shared/datasets/unga/undl_votes_GA_SC_1946_2024-03.csv.gz \
        --resolutions ../shared/datasets/unga/undl_resolutions_GA_SC_1946_2024-03.csv.gz \
        --bsv ../shared/datasets/unga/bsv_idealpoints_1946_2009_dev.csv

Loads the files into a temporary database with the project's loader, runs ``estimate`` and prints
wall time, peak memory (ru_maxrss of this process) and the Pearson correlation with the published
``idealpointfp`` over all country-years and within each decade (targets: >= 0.95 and >= 0.90;
under 2 minutes and 4 GB). Nothing here is tuned on the file: the model's settings are its defaults.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from realpolitik import datasets
from realpolitik.analysis.idealpoints import estimate
from realpolitik.store import Store


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--votes", required=True)
    ap.add_argument("--resolutions", required=True)
    ap.add_argument("--bsv", required=True, help="BSV ideal points CSV (iso3c, year, idealpointfp)")
    ap.add_argument("--column", default="idealpointfp")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        t0 = time.perf_counter()
        datasets.load(store, "unga-votes", [args.votes, args.resolutions])
        t1 = time.perf_counter()
        est = estimate(store)
        t2 = time.perf_counter()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"load: {t1 - t0:.1f} s; estimate: {t2 - t1:.1f} s (target < 120 s:"
              f" ratio {(t2 - t1) / 120:.2f}); peak memory {peak_mb:,.0f} MB"
              f" (target < 4096 MB: ratio {peak_mb / 4096:.2f})")  # fmt: skip
        print(f"{len(est.points):,} state-years {est.since}-{est.until}; {est.n_rollcalls:,}"
              f" contested roll calls, {est.n_bridged:,} bridged in {est.n_bridge_groups:,}"
              f" recurring resolutions; {est.iterations} iterations")  # fmt: skip
        con: duckdb.DuckDBPyConnection = store.con
        con.execute(
            "CREATE TEMP TABLE bsv AS SELECT iso3c AS iso3, CAST(year AS INTEGER) AS year,"  # noqa: S608
            f" {args.column} AS ref FROM read_csv(?) WHERE {args.column} IS NOT NULL"
            " AND iso3c IS NOT NULL",
            [args.bsv],
        )
        join = "FROM ideal_points p JOIN bsv b USING (iso3, year)"
        n, r = con.execute(f"SELECT count(*), corr(ideal_point, ref) {join}").fetchone() or (0, 0)  # noqa: S608
        print(f"all country-years: n={n:,} r={r:.4f} (target >= 0.95)")
        rows = con.execute(
            f"SELECT year // 10 * 10 AS decade, count(*), corr(ideal_point, ref) {join}"  # noqa: S608
            " GROUP BY 1 ORDER BY 1"
        ).fetchall()
        for decade, k, rd in rows:
            print(f"  {decade}s: n={k:,} r={rd:.4f} (target >= 0.90)")
        ok = r >= 0.95 and all(rd >= 0.90 for _, _, rd in rows)
        print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
