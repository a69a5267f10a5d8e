"""Start-up time of the command line: `realpolitik --help` and a query command.

Prints each command's median wall time over N runs and its ratio to `python -c pass` (the
interpreter's own start-up) and, for query commands, to a bare script that imports DuckDB,
opens the same file read-only and runs one query (the floor any query command pays), measured
in the same run. The target (issue 14): `--help` and query commands start in under 0.2 s.
Timings on a shared machine are noisy: compare ratios.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    exe = str(Path(sys.executable).with_name("realpolitik"))
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "empty.duckdb")
        subprocess.run([sys.executable, "-c", f"from realpolitik.store import Store; Store({db!r}).close()"],
                       check=True)  # fmt: skip
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "python: duckdb open + query": [
                sys.executable,
                "-c",
                f"import duckdb; duckdb.connect({db!r}, read_only=True).execute('SELECT 1').fetchall()",
            ],
            "python -c 'import realpolitik'": [sys.executable, "-c", "import realpolitik"],
            "realpolitik --help": [exe, "--help"],
            "realpolitik events --help": [exe, "events", "--help"],
            "realpolitik events (empty store)": [exe, "--db", db, "events"],
            "realpolitik summary (empty store)": [exe, "--db", db, "summary"],
            "realpolitik codes 19": [exe, "codes", "19"],
        }
        base = timed(commands["python -c pass"], args.runs)
        floor = timed(commands["python: duckdb open + query"], args.runs)
        print(f"{'command':<36}{'median s':>10}{'x python':>10}{'x duckdb':>10}  target")
        for name, cmd in commands.items():
            took = timed(cmd, args.runs)
            query = "store" in name
            target = "< 0.2 s" if name.startswith("realpolitik") and "codes" not in name else ""
            vs_floor = f"{took / floor:>10.2f}" if query else f"{'':>10}"
            print(f"{name:<36}{took:>10.3f}{took / base:>10.1f}{vs_floor}  {target}")


if __name__ == "__main__":
    main()
