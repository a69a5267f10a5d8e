"""Check the measures against the real data: prints PASS/FAIL per check (exit 1 on a FAIL).

    .venv/bin/python bench/check_measures.py ../shared

Loads the UN Digital Library votes (and SIPRI, ATOP where present) with the project's loaders
into a temporary DuckDB file (or, without ``realpolitik.datasets``, straight with DuckDB's CSV
reader), then checks:

1. Russia-North Korea General Assembly agreement is higher in 2023 than in 2016;
2. North Korea is Russia's closest voting partner in 2022 and in 2023;
3. Russia ranks near the bottom of mean agreement with all members in 2023 (bottom 5 %);
4. every value of ``unga/derived_dyad_agreement_S_kappa_pi_selected.csv`` (n, agree, S, kappa, pi
   for eight dyads) is reproduced to 1e-6 with ``realpolitik.analysis.REFERENCE``;

and prints, for information, Russia's share of Vietnam's arms imports 2010-14 vs 2020-23 (SIPRI)
and North Korea's defense allies in 2018 (ATOP).
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TOLERANCE = 1e-6
FAILED: list[str] = []


def report(name: str, ok: bool, detail: str) -> None:
    print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")
    if not ok:
        FAILED.append(name)


def load(store: Any, shared: Path) -> None:
    unga = shared / "datasets" / "unga"
    votes = sorted(unga.glob("undl_votes_*"))[0]
    resolutions = sorted(unga.glob("undl_resolutions_*"))[0]
    try:
        from realpolitik import datasets
    except ImportError:  # before the loaders existed: the same conventions in plain SQL
        _load_raw(store, votes, resolutions)
        return
    datasets.load(store, "unga-votes", [votes, resolutions])
    extra = [
        ("sipri", shared / "datasets/arms/sipri_transfers_all_2000_2023_generated_2025-01-03.csv"),
        ("atop", shared / "datasets/alliances/atop5_1_directed_dyad_year_1815_2018.csv.gz"),
    ]
    for kind, path in extra:
        if path.exists():
            datasets.load(store, kind, [path])


def _load_raw(store: Any, votes: Path, resolutions: Path) -> None:
    con = store.con
    for name, path in (("_r", resolutions), ("_v", votes)):
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {name} AS"
            f" SELECT * FROM read_csv('{path}', all_varchar = true, quote = '\"')"
        )
    con.execute(
        "INSERT INTO un_roll_calls (rcid, body, symbol, date, year, origin)"
        " SELECT 'undl:' || undl_id, CASE WHEN symbol LIKE 'A/%' THEN 'GA' ELSE 'SC' END,"
        " symbol, try_cast(date AS DATE), year(try_cast(date AS DATE)), 'undl' FROM _r"
    )
    con.execute(
        "INSERT INTO un_votes (rcid, iso3, vote) SELECT 'undl:' || v.undl_id,"
        " CASE WHEN v.iso3 = 'CHN' AND r.date < DATE '1971-10-25' THEN 'TWN' ELSE v.iso3 END,"
        " CASE v.vote WHEN 'NV' THEN 'X' ELSE v.vote END"
        " FROM _v v JOIN un_roll_calls r ON r.rcid = 'undl:' || v.undl_id WHERE v.iso3 IS NOT NULL"
    )


def check_votes(store: Any, shared: Path) -> None:
    from realpolitik.analysis import REFERENCE, agreement, isolation, partners

    series = {
        r["year"]: r for r in agreement(store, "RUS", "PRK", since=2016, until=2023).to_pylist()
    }
    a16, a23 = series[2016]["agree"], series[2023]["agree"]
    path = ", ".join(f"{y}: {series[y]['agree']:.3f}" for y in sorted(series))
    report("RUS-PRK agreement rises 2016->2023", a23 > a16, f"{a16:.3f} -> {a23:.3f} ({path})")

    for year in (2022, 2023):
        top = partners(store, "RUS", year, top=3).to_pylist()
        shown = ", ".join(f"{r['b']} {r['agree']:.3f} (n={r['n']})" for r in top)
        report(f"PRK is Russia's closest partner in {year}", top[0]["b"] == "PRK", shown)

    (rus,) = isolation(store, "RUS", since=2023, until=2023).to_pylist()
    near_bottom = rus["rank"] > 0.95 * rus["states"]
    everyone = sorted(
        isolation(store, None, since=2023, until=2023).to_pylist(), key=lambda r: r["rank"]
    )
    bottom = ", ".join(f"{r['state']} {r['mean']:.3f}" for r in everyone[-5:])
    report(
        "Russia near the bottom of mean agreement in 2023",
        near_bottom,
        f"rank {rus['rank']} of {rus['states']}, mean {rus['mean']:.3f}; bottom five: {bottom}",
    )

    derived = shared / "datasets" / "unga" / "derived_dyad_agreement_S_kappa_pi_selected.csv"
    start = time.perf_counter()
    table = agreement(store, options=REFERENCE).to_pylist()
    seconds = time.perf_counter() - start
    ours = {(r["year"], r["a"], r["b"]): r for r in table}
    worst, missing, compared = 0.0, 0, 0
    with derived.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            a, b = row["dyad"].split("-")
            year = int(row["year"])
            got = ours.get((year, a, b)) or ours.get((year, b, a))
            if got is None:
                missing += 1
                continue
            compared += 1
            if int(row["n"]) != got["n"]:
                worst = math.inf
            for theirs, mine in (("agree", "agree"), ("S", "s"), ("kappa", "kappa"), ("pi", "pi")):
                value = got[mine] if got[mine] is not None else math.nan
                diff = abs(float(row[theirs]) - value)
                worst = max(worst, diff if diff == diff else math.inf)
    report(
        "derived_dyad_agreement_S_kappa_pi_selected.csv reproduces to 1e-6",
        missing == 0 and worst <= TOLERANCE,
        f"{compared} dyad-years compared, {missing} missing, largest difference {worst:.2e}"
        f" (all {len(table):,} dyad-years computed in {seconds:.2f} s)",
    )


def info_arms_alliances(store: Any) -> None:
    from realpolitik.analysis import allies, arms_dependence
    from realpolitik.errors import RealpolitikError

    try:
        dep = arms_dependence(store, "VNM", windows=[(2010, 2014), (2020, 2023)])
        rus = next(r for r in dep.rows if r["supplier"] == "RUS")
        hhi = ", ".join(f"{s['window']} HHI {s['hhi']:.2f}" for s in dep.summary)
        print(
            f"INFO  Russia's share of Vietnam's arms imports (SIPRI TIV): 2010-14"
            f" {rus['share_2010-2014']:.1%}, 2020-23 {rus['share_2020-2023']:.1%}; {hhi}"
        )
    except (RealpolitikError, StopIteration) as exc:
        print(f"INFO  arms: not available ({exc})")
    try:
        defense = [
            r["partner"] for r in allies(store, "PRK", 2018).to_pylist() if "defense" in r["owes"]
        ]
        print(f"INFO  North Korea's defense pacts in 2018 (ATOP): {', '.join(defense)}")
    except RealpolitikError as exc:
        print(f"INFO  alliances: not available ({exc})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", default="../shared", type=Path)
    args = parser.parse_args()

    from realpolitik.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "check.duckdb") as store:
        start = time.perf_counter()
        load(store, args.shared)
        print(f"loaded {store.count('un_votes'):,} votes in {time.perf_counter() - start:.1f} s")
        check_votes(store, args.shared)
        info_arms_alliances(store)
    print("all checks passed" if not FAILED else f"{len(FAILED)} check(s) failed")
    sys.exit(1 if FAILED else 0)


if __name__ == "__main__":
    main()
