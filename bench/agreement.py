"""Load the full UN votes file, then compute every dyad-year agreement score (1946-2024).

Prints the load (rows, seconds, rows/s), the computation (dyad-year rows, seconds, votes/s and
dyad-years/s for agreement, S, kappa and pi together) and peak RSS, with the ratio to the target
of one minute for the computation. The load is DuckDB's streamed CSV reader (the loader); the
computation is ``realpolitik.analysis.agreement`` over all states and years.

    .venv/bin/python bench/agreement.py ../shared/datasets/unga
    .venv/bin/python bench/agreement.py VOTES.csv.gz RESOLUTIONS.csv.gz --body all
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 60.0


def files(paths: list[Path]) -> list[Path]:
    """A folder means its UN Digital Library votes and resolutions files."""
    if len(paths) == 1 and paths[0].is_dir():
        folder = paths[0]
        found = sorted(folder.glob("undl_votes_*")) + sorted(folder.glob("undl_resolutions_*"))
        if len(found) < 2:
            raise SystemExit(f"{folder}: no undl_votes_* and undl_resolutions_* files")
        return found[:1] + found[-1:]
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("../shared/datasets/unga")])
    parser.add_argument("--body", default="GA", choices=["GA", "SC", "all"])
    parser.add_argument("--repeat", type=int, default=3, help="Computation runs (best counts).")
    args = parser.parse_args()

    from realpolitik import datasets
    from realpolitik.analysis import agreement
    from realpolitik.store import Store

    inputs = files(args.paths)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        datasets.load(store, "unga-votes", inputs)
        load_s = time.perf_counter() - start
        votes = store.count("un_votes")
        print(f"load      {votes:>10,} votes      {load_s:7.2f} s  {votes / load_s:>12,.0f} rows/s")
        best = float("inf")
        rows = 0
        for _ in range(max(1, args.repeat)):
            start = time.perf_counter()
            table = agreement(store, since=1946, until=2024, body=args.body, min_votes=1)
            best = min(best, time.perf_counter() - start)
            rows = table.num_rows
        years = table.column("year")
        first = min(years.to_pylist()) if rows else None
        last = max(years.to_pylist()) if rows else None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"agreement {rows:>10,} dyad-years {best:7.2f} s  {votes / best:>12,.0f} votes/s"
        f"  {rows / best:>10,.0f} dyad-years/s  (body {args.body}, years {first}-{last})"
    )
    print(f"peak RSS  {rss:,.0f} MiB")
    print(
        f"ratio     {best / TARGET_SECONDS:.3f} of the {TARGET_SECONDS:.0f} s target (lower is better)"
    )


if __name__ == "__main__":
    main()
