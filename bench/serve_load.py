"""Load test of `realpolitik serve`: concurrent clients over the main endpoints, 1M events.

Builds (or reuses, with --db) a synthetic store of --events events (default 1,000,000: GDELT-,
ICEWS- and text-origin events among 150 states over 2015-2024, a skewed dyad distribution, 10,000
documents behind the text events), starts `realpolitik serve` on 127.0.0.1 in a child process and
runs --clients concurrent clients (default 20) for --seconds (default 30) over the main endpoints:
network (events layer, random year), dyad series and dyad evidence (random pair among the 40
busiest states), events and documents pages, state partners. Prints requests/s, p50/p95/max per
endpoint and overall, errors (target 0) and the server's peak RSS, with the ratio of each p95 to
the 300 ms target and to the p95 of a trivial endpoint (/api/years) measured under the same load.

The server memoises answers while it holds the store open (the store cannot change under it), so
the first request for a network or dyad is slower than the rest: the cold timings of one request
per endpoint on a fresh server are printed first, on their own, and so is the first request of
each year's network (the load phase then measures the steady state, not the warm-up).

    .venv/bin/python bench/serve_load.py                      # builds /tmp/rp_serve_load.duckdb
    .venv/bin/python bench/serve_load.py --events 200000 --seconds 10
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

TARGET_P95_MS = 300.0
YEARS = list(range(2015, 2025))


def states(n: int = 150) -> list[str]:
    from realpolitik.actors.countries import all_countries

    codes = sorted(
        c.iso3
        for c in all_countries()
        if c.end_year is None and c.cow is not None and len(c.iso3) == 3
    )
    return codes[:n]


def build(path: Path, events: int) -> None:
    """The synthetic store: events drawn with a Zipf-like weight per state (a few busy ones)."""
    from realpolitik.store import Store

    codes = states()
    with Store(path) as store:
        con = store.con
        con.execute(
            "CREATE TEMP TABLE st AS SELECT * FROM (SELECT unnest(?) AS code, generate_subscripts(?, 1) AS i)",
            [codes, codes],
        )
        docs = 10_000
        con.execute(
            "INSERT INTO documents (doc_id, source, url, title, published, content_hash, text)"
            " SELECT 'doc' || i, 'synthetic/doc' || i || '.txt', 'https://example.org/' || i,"
            " 'Synthetic report ' || i, DATE '2015-01-01' + CAST(i % 3650 AS INTEGER),"
            " md5(CAST(i AS VARCHAR)), 'Opening line. Synthetic sentence ' || i || ' about two states.'"
            " FROM range(?) t(i)",
            [docs],
        )
        # state index ~ floor(150 ** u^2): a skewed, Zipf-like choice of source and target
        con.execute(
            f"""
            INSERT INTO events (origin, doc_id, sentence_index, date, date_precision, source_code,
                source_country, target_code, target_country, cameo, goldstein, quad_class,
                factuality, evidence_sentence, evidence_start, evidence_end, external_id)
            WITH r AS (
                SELECT i, random() AS u1, random() AS u2, random() AS u3, random() AS u4,
                       random() AS u5 FROM range({int(events)}) t(i)
            ), p AS (
                SELECT i, CASE WHEN u5 < 0.1 THEN 'text' WHEN u5 < 0.8 THEN 'gdelt' ELSE 'icews' END AS origin,
                    1 + CAST(floor(pow({len(codes)}, u1 * u1)) AS INTEGER) % {len(codes)} AS si,
                    1 + CAST(floor(pow({len(codes)}, u2 * u2)) AS INTEGER) % {len(codes)} AS ti,
                    DATE '2015-01-01' + CAST(floor(u3 * 3650) AS INTEGER) AS d,
                    1 + CAST(floor(u4 * 4) AS INTEGER) AS q
                FROM r
            )
            SELECT p.origin, CASE WHEN p.origin = 'text' THEN 'doc' || (p.i % {docs}) END, 0, p.d, 'day',
                s.code, s.code, t.code, t.code,
                CASE p.q WHEN 1 THEN '040' WHEN 2 THEN '070' WHEN 3 THEN '111' ELSE '190' END,
                CASE p.q WHEN 1 THEN 1.0 WHEN 2 THEN 7.0 WHEN 3 THEN -2.0 ELSE -10.0 END, p.q,
                CASE WHEN p.origin = 'text' THEN 'asserted' END,
                CASE WHEN p.origin = 'text' THEN 'Synthetic sentence ' || (p.i % {docs}) || ' about two states.' END,
                CASE WHEN p.origin = 'text' THEN 14 END, CASE WHEN p.origin = 'text' THEN 60 END,
                CAST(p.i AS VARCHAR)
            FROM p JOIN st s ON s.i = p.si JOIN st t ON t.i = p.ti
            """  # noqa: S608 - integers only
        )


def rss_peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def endpoint(rng: random.Random, busy: list[str]) -> tuple[str, str]:
    a, b = rng.sample(busy, 2)
    kind = rng.choice(["network", "dyad_series", "dyad_events", "events", "documents", "partners"])
    path = {
        "network": f"/api/network?layer=events&year={rng.choice(YEARS)}",
        "dyad_series": f"/api/dyad/{a}/{b}/series",
        "dyad_events": f"/api/dyad/{a}/{b}/events?page={rng.randint(1, 5)}",
        "events": f"/api/events?page={rng.randint(1, 200)}",
        "documents": f"/api/documents?page={rng.randint(1, 100)}",
        "partners": f"/api/state/{a}/partners?layer=events&year={rng.choice(YEARS)}",
    }[kind]
    return kind, path


def get(url: str) -> tuple[bool, float]:
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            ok = response.status == 200
    except (urllib.error.URLError, OSError):
        ok = False
    return ok, (time.perf_counter() - start) * 1000.0


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/rp_serve_load.duckdb"))
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    if args.rebuild or not args.db.exists():
        args.db.unlink(missing_ok=True)
        start = time.perf_counter()
        build(args.db, args.events)
        print(f"built {args.db}: {args.events:,} events in {time.perf_counter() - start:.1f} s")
    proc = subprocess.Popen(
        [sys.executable, "-m", "realpolitik", "serve", "--db", str(args.db), "--port", "0"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    line = proc.stderr.readline()
    if " at " not in line:
        raise SystemExit(f"server did not start: {line}{proc.stderr.read()}")
    base = line.split(" at ")[1].split()[0].rstrip("/")
    busy = states()[:40]
    rng = random.Random(args.seed)
    try:
        print("cold (first request of its kind on a fresh server, ms):")
        for kind in ("network", "dyad_series", "dyad_events", "events", "documents", "partners"):
            while True:
                k, path = endpoint(rng, busy)
                if k == kind:
                    break
            ok, ms = get(base + path)
            print(f"  {kind:12} {ms:8.1f}{'' if ok else '  ERROR'}  {path}")
        # Each year's network is computed once per server (in its worker process, which starts
        # on the latest year): the first request of every year is a cold one, timed here too.
        colds = [get(f"{base}/api/network?layer=events&year={y}") for y in YEARS]
        worst = max(ms for _, ms in colds)
        print(f"  {'networks':12} {worst:8.1f}  slowest first request of the {len(YEARS)} years"
              f"{'' if all(ok for ok, _ in colds) else '  ERROR'}")  # fmt: skip
        results: dict[str, list[float]] = {}
        errors = [0]
        lock = threading.Lock()
        stop = time.perf_counter() + args.seconds

        def client(seed: int) -> None:
            local = random.Random(seed)
            while time.perf_counter() < stop:
                kind, path = (
                    ("years", "/api/years") if local.random() < 0.05 else endpoint(local, busy)
                )
                ok, ms = get(base + path)
                with lock:
                    results.setdefault(kind, []).append(ms)
                    errors[0] += 0 if ok else 1

        threads = [
            threading.Thread(target=client, args=(args.seed + i,)) for i in range(args.clients)
        ]
        began = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - began
        everything = [ms for v in results.values() for ms in v]
        baseline = pct(results.get("years", []), 0.95)
        print(f"\n{args.clients} clients for {elapsed:.1f} s: {len(everything):,} requests,"
              f" {len(everything) / elapsed:.1f} requests/s, errors {errors[0]} (target 0)")  # fmt: skip
        print(
            f"{'endpoint':12} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'p95/300ms':>9} {'p95/years':>9}"
        )
        for kind in sorted(results):
            v = results[kind]
            p95 = pct(v, 0.95)
            print(f"{kind:12} {len(v):6d} {statistics.median(v):8.1f} {p95:8.1f} {max(v):8.1f}"
                  f" {p95 / TARGET_P95_MS:9.2f} {p95 / baseline:9.2f}")  # fmt: skip
        print(f"{'all':12} {len(everything):6d} {statistics.median(everything):8.1f}"
              f" {pct(everything, 0.95):8.1f} {max(everything):8.1f}")  # fmt: skip
        print(f"server peak RSS: {rss_peak_kib(proc.pid) / 1024:.0f} MiB")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
