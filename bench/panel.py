"""Build the full 1946-2023 directed dyad-year panel with every column, from real files.

Loads the starter pack, then the publishers' files found in the folder (UN Digital Library
votes and resolutions, SIPRI transfers, CEPII BACI subset, ICEWS counts, COW IGO and minimum
distances), estimates ideal points in a child process (timed apart), and builds the panel.
Prints rows, seconds, rows/s, peak RSS of this process (loads + panel; the ideal point fit runs
in its own process), the ratio of the panel's time to the 60 s target and to a rows-only panel
built in the same process (the baseline), and checks known values: Russia-North Korea UN
agreement in 2023 (against the published dyad table when it is in the folder) and ATOP's
China-North Korea defence pact in 2018.

    .venv/bin/python bench/panel.py ../shared/datasets
"""

from __future__ import annotations

import argparse
import csv
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 60.0
TARGET_MIB = 2048.0


def first(folder: Path, pattern: str) -> Path | None:
    found = sorted(folder.glob(pattern))
    return found[0] if found else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("../shared/datasets"))
    parser.add_argument("--since", type=int, default=1946)
    parser.add_argument("--until", type=int, default=2023)
    parser.add_argument("--ideal-since", type=int, default=1946, help="First ideal point year.")
    args = parser.parse_args()

    import pyarrow.compute as pc

    from realpolitik import datasets
    from realpolitik.analysis.panel import describe, dyad_year_panel
    from realpolitik.store import Store

    folder = args.folder
    loads = [
        (
            "unga-votes",
            [first(folder, "unga/undl_votes_*"), first(folder, "unga/undl_resolutions_*")],
        ),
        ("sipri", [first(folder, "arms/sipri_transfers_all_*")]),
        ("trade", [first(folder, "trade/baci_*")]),
        ("icews-counts", [first(folder, "events/icews_dyad_year_*")]),
        ("cow-igo", [first(folder, "states/cow_igo_shared_*")]),
        ("cow-distance", [first(folder, "states/cow_mindist_*")]),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "panel.duckdb"
        with Store(db) as store:
            start = time.perf_counter()
            datasets.load_starter(store)
            for kind, paths in loads:
                if all(paths):
                    datasets.load(store, kind, [p for p in paths if p])
                else:
                    print(f"skip      {kind}: no file in {folder}")
            load_s = time.perf_counter() - start
            print(
                f"load      starter pack + {sum(all(p) for _, p in loads)} files  {load_s:7.2f} s"
            )
        start = time.perf_counter()
        fit = subprocess.run(
            [str(Path(sys.executable).parent / "realpolitik"), "--db", str(db), "idealpoints",
             "--since", str(args.ideal_since), "--until", str(args.until), "--pool-sparse-years"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        ideal_s = time.perf_counter() - start
        status = "ok" if fit.returncode == 0 else "FAILED: " + fit.stderr.strip()[-200:]
        print(
            f"ideal pts {args.ideal_since}-{args.until} in a child process  {ideal_s:7.2f} s  {status}"
        )
        with Store(db, read_only=True) as store:
            start = time.perf_counter()
            base = dyad_year_panel(
                store, since=args.since, until=args.until, directed=True, columns=[]
            )
            base_s = time.perf_counter() - start
            start = time.perf_counter()
            table = dyad_year_panel(store, since=args.since, until=args.until, directed=True)
            panel_s = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = table.num_rows
    print(
        f"panel     {rows:>10,} directed dyad-years x {table.num_columns} columns"
        f"  {panel_s:7.2f} s  {rows / panel_s:>10,.0f} rows/s"
    )
    print(f"baseline  {base.num_rows:>10,} rows only (no layer)  {base_s:7.2f} s")
    print(
        f"peak RSS  {rss:,.0f} MiB  (ratio {rss / TARGET_MIB:.2f} of the {TARGET_MIB:.0f} MiB target)"
    )
    print(
        f"ratio     {panel_s / TARGET_SECONDS:.3f} of the {TARGET_SECONDS:.0f} s target;"
        f" {panel_s / max(base_s, 1e-9):.1f}x the rows-only baseline"
    )
    print(f"rows      {describe(table)['realpolitik.membership']}")

    def value(year: int, a: str, b: str, column: str) -> object:
        mask = pc.and_(
            pc.equal(table["year"], year),
            pc.and_(pc.equal(table["a"], a), pc.equal(table["b"], b)),
        )
        found = table.filter(mask).column(column).to_pylist()
        return found[0] if found else None

    failures = 0
    agree = value(2023, "RUS", "PRK", "agreement")
    published = None
    derived = folder / "unga" / "derived_dyad_agreement_S_kappa_pi_selected.csv"
    if derived.is_file():
        with derived.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["dyad"] == "RUS-PRK" and row["year"] == "2023":
                    published = float(row["agree"])
    ok = isinstance(agree, float) and (published is None or abs(agree - published) < 1e-9)
    failures += not ok
    print(
        f"check     RUS-PRK agreement 2023 = {agree} (published {published})  {'PASS' if ok else 'FAIL'}"
    )
    defence = value(2018, "CHN", "PRK", "atop_defense")
    failures += defence != 1
    print(f"check     ATOP defence CHN->PRK 2018 = {defence}  {'PASS' if defence == 1 else 'FAIL'}")
    nulls = {c: table.column(c).null_count for c in ("agreement", "idealpoint_distance", "atop_any",
                                                      "arms_tiv_ab", "exports_ab", "events_ab",
                                                      "cinc_a", "mindist_km", "igo_shared")}  # fmt: skip
    print("missing   " + ", ".join(f"{c} {n / rows:.0%}" for c, n in nulls.items()))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
