"""A GDELT-scale store: load a synthetic GDELT 2.0 export with `data load gdelt`, then query it.

Writes (or reuses) a synthetic export of --rows rows (bench/gdelt_synth.py: GDELT 2.0 layout,
Zipf-like actors, GDELT's mix of CAMEO root codes), then, in one run:

1. load: (a) a bare DuckDB `read_csv` of the file into a table of a fresh database file (all 61
   columns, types sniffed: what a user would type by hand) and (b) `realpolitik data load gdelt`
   into a fresh store, each in its own child process, alternating --repeat times; the best time
   of each counts. Prints rows/s, (b)/(a) in rows/s (target >= 0.5 at 10M rows) and in time
   (target <= 1.0x at 5M rows), and each child's peak RSS (target < 1.5 GB for (b)).
2. queries on the loaded store, in a child process that opens it read-only as the CLI does:
   a dyad's events (first page of 50, both directions; target < 200 ms), the dyad's yearly
   series, one state's partners, the yearly events network with centrality and blocs (target
   < 2 s) and the HTML report (target < 30 s), with that process's peak RSS.

    .venv/bin/python bench/gdelt_scale.py --rows 10000000          # the 10-million-event store
    .venv/bin/python bench/gdelt_scale.py --rows 5000000 --repeat 2 --no-queries

Timings on a shared machine move with other jobs: the ratios come from runs made side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

BARE = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[2])
con.execute("SET enable_progress_bar = false")
start = time.perf_counter()
con.execute("CREATE TABLE raw AS SELECT * FROM read_csv(?, delim='\\t', header=false, quote='')",
            [sys.argv[1]])
rows = con.execute("SELECT count(*) FROM raw").fetchone()[0]
con.close()
print(rows, time.perf_counter() - start)
"""

QUERIES = """
import json, sys, time
from pathlib import Path
from realpolitik.store import Store, queries
from realpolitik.analysis.dyads import event_dyads
from realpolitik.analysis.network import network_table
from realpolitik.report import write_report

db, out = sys.argv[1], sys.argv[2]
timings = {}

def timed(name, fn, repeat=3):
    values = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        values.append(time.perf_counter() - start)
    timings[name] = values
    return result

start = time.perf_counter()
store = Store(db, read_only=True)
timings["open"] = [time.perf_counter() - start]
pairs = [("USA", "RUS"), ("GBR", "FRA"), ("CHN", "IND"), ("ISR", "IRN"), ("UKR", "POL")]
for a, b in pairs:
    timed(f"events {a}-{b}", lambda: queries.events(store, dyad=(a, b), both_ways=True, limit=50))
    timed(f"series {a}-{b}", lambda: event_dyads(store, a, b, directed=False))
timed("partners USA 2020", lambda: event_dyads(store, "USA", since=2020, until=2020,
                                               directed=False))
for year in (2019, 2024):
    rows, graph = timed(f"network {year}", lambda: network_table(store, "events", year), 2)
    timings[f"network {year}"].append(graph.number_of_edges())
report = Path(out).with_suffix(".html")
timed("report", lambda: write_report(store, report), 1)
store.close()
Path(out).write_text(json.dumps(timings))
"""


def run_child(args: list[str]) -> tuple[str, float, int, float]:
    """(stdout, wall seconds, peak RSS in KiB, CPU seconds) of a child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out = proc.stdout.read() if proc.stdout else ""
    err = proc.stderr.read() if proc.stderr else ""
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(args[:4])} failed ({proc.returncode}):\n{err[-2000:]}")
    return out, wall, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


def fresh(path: Path) -> Path:
    for p in (path, Path(f"{path}.wal")):
        p.unlink(missing_ok=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--file", type=Path, help="the export (written when missing)")
    parser.add_argument("--db", type=Path, help="the store (default: beside the file)")
    parser.add_argument("--repeat", type=int, default=1, help="load runs of each kind")
    parser.add_argument("--no-queries", action="store_true")
    parser.add_argument("--queries-only", action="store_true", help="reuse --db as it is")
    args = parser.parse_args()
    tmp = Path(tempfile.gettempdir())
    file = args.file or tmp / f"rp_gdelt_{args.rows}.tsv"
    db = args.db or tmp / f"rp_gdelt_{args.rows}.duckdb"
    python = sys.executable

    if not args.queries_only:
        if not file.exists():
            import gdelt_synth

            start = time.perf_counter()
            gdelt_synth.write(file, args.rows)
            print(f"wrote {file} ({file.stat().st_size / 1e6:,.0f} MB) in"
                  f" {time.perf_counter() - start:.0f} s")  # fmt: skip
        bare_db = tmp / "rp_gdelt_bare.duckdb"
        runs: dict[str, list[tuple[float, int, float]]] = {"bare": [], "load": []}
        for i in range(args.repeat):
            out, wall, rss, cpu = run_child([python, "-c", BARE, str(file), str(fresh(bare_db))])
            rows, seconds = out.split()[-2:]
            runs["bare"].append((float(seconds), rss, cpu))
            fresh(bare_db)
            _, wall, rss, cpu = run_child([python, "-m", "realpolitik", "data", "load", "gdelt",
                                           str(file), "--db", str(fresh(db))])  # fmt: skip
            runs["load"].append((wall, rss, cpu))
            print(f"run {i + 1}: bare read_csv {float(seconds):.1f} s, data load {wall:.1f} s",
                  flush=True)  # fmt: skip
        n = int(rows)
        bare_s = min(r[0] for r in runs["bare"])
        load_s = min(r[0] for r in runs["load"])
        print(f"\n{n:,} rows, {file.stat().st_size / 1e6:,.0f} MB, best of {args.repeat}:")
        print(f"{'':28} {'seconds':>8} {'rows/s':>11} {'CPU s':>7} {'peak RSS':>9}")
        for name, label in (("bare", "(a) bare DuckDB read_csv"), ("load", "(b) data load gdelt")):
            best = min(runs[name])
            rss = max(r[1] for r in runs[name])
            print(f"{label:28} {best[0]:8.1f} {n / best[0]:11,.0f} {best[2]:7.1f}"
                  f" {rss / 1024:7.0f} MB")  # fmt: skip
        cpu = min(r[2] for r in runs["load"]) / min(r[2] for r in runs["bare"])
        print(f"CPU seconds (b)/(a): {cpu:.2f}")
        spread = [r[0] for r in runs["load"]]
        print(f"(b)/(a) rows/s: {bare_s / load_s:.2f} (target >= 0.5);"
              f" time (b)/(a): {load_s / bare_s:.2f}x (target <= 1.0x);"
              f" load runs {', '.join(f'{s:.1f}' for s in spread)} s")  # fmt: skip

    if args.no_queries:
        return
    out_json = tmp / "rp_gdelt_queries.json"
    _, wall, rss, _ = run_child([python, "-c", QUERIES, str(db), str(out_json)])
    timings = json.loads(out_json.read_text())
    print(f"\nqueries on {db} (read-only, ms; peak RSS {rss / 1024:.0f} MB):")
    targets = {"events": 200, "network": 2000, "report": 30000}
    for name, values in timings.items():
        extra = ""
        if name.startswith("network"):
            extra = f"  ({int(values.pop())} edges)"
        ms = [v * 1000 for v in values]
        target = next((t for k, t in targets.items() if name.startswith(k)), None)
        mark = f"  target < {target:,} ms" if target else ""
        print(f"  {name:22} first {ms[0]:9.1f}  median {statistics.median(ms):9.1f}{mark}{extra}")


if __name__ == "__main__":
    main()
