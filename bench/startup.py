"""Start-up time of the command line: `realpolitik --help` and a query command.

Prints each command's median wall time over N runs and its ratio to `python -c pass` (the
interpreter's own start-up) and to a bare script that imports DuckDB, opens the same file
read-only and runs one query (the floor any query command pays), measured in the same run; and
the same for CPU time (user + system of the child), which a loaded machine disturbs less than
wall time. Runs are interleaved (each round runs every command once), so a burst of load from
other processes falls on all commands alike. Compiled bytecode is cached as on a user's machine
(a round before the timed ones writes it to a private PYTHONPYCACHEPREFIX, even where
PYTHONDONTWRITEBYTECODE is set: else every run would compile the project's modules again). The target (issue 14): `--help` and query commands
start in under 0.2 s. Timings on a shared machine are noisy: compare ratios.

    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of ``cmd``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, capture_output=True, check=False, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def medians(
    commands: dict[str, list[str]], runs: int, env: dict[str, str]
) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds per command, over ``runs`` interleaved rounds (after one
    untimed round that fills the bytecode cache)."""
    for cmd in commands.values():
        timed(cmd, env)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            wall, cpu = timed(cmd, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    return {n: (statistics.median(walls[n]), statistics.median(cpus[n])) for n in commands}


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
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        took = medians(commands, args.runs, env)
        base, base_cpu = took["python -c pass"]
        floor, floor_cpu = took["python: duckdb open + query"]
        print(f"{args.runs} interleaved runs; medians; x duckdb = ratio to the bare duckdb script")
        print(
            f"{'command':<36}{'wall s':>8}{'x python':>10}{'x duckdb':>10}"
            f"{'cpu s':>8}{'x duckdb':>10}  target"
        )
        for name, (wall, cpu) in took.items():
            target = "< 0.2 s" if name.startswith("realpolitik") and "codes" not in name else ""
            print(
                f"{name:<36}{wall:>8.3f}{wall / base:>10.1f}{wall / floor:>10.2f}"
                f"{cpu:>8.3f}{cpu / max(floor_cpu, 1e-3):>10.2f}  {target}"
            )


if __name__ == "__main__":
    main()
