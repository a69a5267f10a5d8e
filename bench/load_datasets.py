"""Load each real dataset file into a fresh DuckDB file and print rows, seconds, rows/s, peak RSS.

This is how we check that every loader reads the publishers' real files (tests use small
fixtures). Each file loads in its own child process so that peak RSS is per file.

    .venv/bin/python bench/load_datasets.py ../shared/datasets
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# (kind, files relative to the datasets folder, encoding)
FILES: list[tuple[str, list[str], str]] = [
    ("unga-votes", ["unga/undl_votes_GA_SC_1946_2024-03.csv.gz",
                    "unga/undl_resolutions_GA_SC_1946_2024-03.csv.gz"], "utf-8"),
    ("unga-votes", ["unga/unvotes_votes_1946_2019.csv.gz",
                    "unga/unvotes_roll_calls_1946_2019.csv.gz",
                    "unga/unvotes_roll_call_issues.csv"], "utf-8"),
    ("atop", ["alliances/atop5_1_directed_dyad_year_1815_2018.csv.gz"], "utf-8"),
    ("atop", ["alliances/atop4_member_level_to2016.csv"], "utf-8"),
    ("atop", ["alliances/atop4_alliance_level_to2016.csv"], "utf-8"),
    ("sipri", ["arms/sipri_transfers_all_2000_2023_generated_2025-01-03.csv"], "utf-8"),
    ("sipri", ["arms/sipri_trade_register_supplier_de.csv"], "latin-1"),
    ("sipri", ["arms/sipri_trade_register_supplier_fr.csv"], "latin-1"),
    ("sipri", ["arms/sipri_trade_register_supplier_uk.csv"], "latin-1"),
    ("sipri", ["arms/sipri_trade_register_supplier_us.csv"], "utf-8"),
    ("trade", ["trade/baci_hs92_74_critical_raw_material_codes_bilateral_totals_geopolrisk.csv.gz"],
     "utf-8"),
    ("gdelt", ["events/gdelt1_reduced_sample_1979_1000rows.tsv"], "utf-8"),
    ("icews-counts", ["events/icews_dyad_year_quadcounts_2002_2014_netify.csv.gz"], "utf-8"),
]  # fmt: skip

TABLES = ("un_votes", "un_roll_calls", "alliance_dyad_years", "alliance_members", "alliances",
          "arms_transfers", "trade_flows", "events", "event_dyad_years")  # fmt: skip


def one(kind: str, encoding: str, paths: list[str]) -> None:
    """Child process: load, then print one JSON line."""
    from realpolitik import datasets
    from realpolitik.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        start = time.perf_counter()
        result = datasets.load(store, kind, paths, encoding=encoding)
        seconds = time.perf_counter() - start
        stored = {t: store.count(t) for t in TABLES}
        years = [(d.min_year, d.max_year) for d in datasets.list_loaded(store)]
        sanity = check(store, kind)
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"rows": result.rows, "seconds": seconds, "rss_mib": rss_mib,
                      "stored": {k: v for k, v in stored.items() if v}, "years": years,
                      "sanity": sanity}))  # fmt: skip


def check(store: object, kind: str) -> str:
    """A number to compare with the publisher's file by eye (and a measure's speed)."""
    if kind != "icews-counts":
        return ""
    from realpolitik.analysis.dyads import event_dyads

    row = store.row("SELECT vc, mc, vk, mk FROM event_dyad_years WHERE source_country = 'USA'"  # type: ignore[attr-defined]
                    " AND target_country = 'CHN' AND year = 2010")  # fmt: skip
    start = time.perf_counter()
    dyads = event_dyads(store, since=2002, until=2014).to_pylist()  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    usa_chn = next(
        r for r in dyads if (r["period"], r["source"], r["target"]) == ("2010", "USA", "CHN")
    )
    return (f"USA->CHN 2010 VC/MC/VK/MK={row}; event_dyads 2002-2014: {len(dyads):,} dyad-years"
            f" in {seconds:.2f}s, USA->CHN 2010 net_cooperation={usa_chn['net_cooperation']:.3f}"
            f" share_source={usa_chn['share_source']:.3f}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="?", default="../shared/datasets", type=Path)
    parser.add_argument("--one", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        one(args.one[0], args.one[1], args.one[2:])
        return
    print(f"{'kind':<11} {'file':<58} {'rows':>9} {'s':>6} {'rows/s':>10} {'RSS MiB':>8}  stored")
    for kind, files, encoding in FILES:
        paths = [str(args.datasets / f) for f in files]
        if not all(Path(p).exists() for p in paths):
            print(f"{kind:<11} {files[0]:<58} missing, skipped")
            continue
        done = subprocess.run(
            [sys.executable, __file__, "--one", kind, encoding, *paths],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            print(f"{kind:<11} {files[0]:<58} FAILED: {done.stderr.strip().splitlines()[-1]}")
            continue
        r = json.loads(done.stdout.strip().splitlines()[-1])
        name = Path(files[0]).name + (f" +{len(files) - 1}" if len(files) > 1 else "")
        rate = r["rows"] / r["seconds"] if r["seconds"] else 0.0
        print(f"{kind:<11} {name[:58]:<58} {r['rows']:>9,} {r['seconds']:>6.2f} {rate:>10,.0f}"
              f" {r['rss_mib']:>8.0f}  {r['stored']} years={r['years']}")  # fmt: skip
        if r.get("sanity"):
            print(f"{'':<11} check: {r['sanity']}")


if __name__ == "__main__":
    main()
