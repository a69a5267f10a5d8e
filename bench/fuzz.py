"""The fuzz suite at full size: malformed inputs for every reader and loader, with valid files.

Generates ``--inputs`` malformed inputs from ``--seed`` (half files for the readers, mixed in
batches of ten with three valid files each; half dataset files for every `data load` kind,
loaded after valid files of every kind), runs them through the real readers, loaders and DuckDB
store in a watched child process, and prints inputs, skips, crashes, hangs over ``--timeout``
seconds, peak memory and valid documents lost, against the targets (0, 0, < 1.5 GB, 0).
The generator and runner are ``tests/fuzz/fuzz_cases.py`` and ``fuzz_run.py``; ``make test``
runs the same suite at a small size.

    .venv/bin/python bench/fuzz.py --inputs 1200 --seed 1
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "fuzz"))

from fuzz_run import run  # noqa: E402

PEAK_MB = 1536


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=1200, help="malformed inputs in all")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before a hang")
    parser.add_argument("--workdir", type=Path, default=None, help="where the inputs are written")
    args = parser.parse_args(argv)
    readers = args.inputs // 2
    summary = run(args.seed, readers, args.inputs - readers, args.timeout, args.workdir)
    print(f"fuzz: seed {args.seed}")
    for line in summary.lines():
        print(line)
    checks = {
        "crashes 0": not summary.crashes,
        f"hangs over {args.timeout:g} s 0": not summary.hangs,
        f"peak memory < {PEAK_MB} MB": summary.peak_mb < PEAK_MB,
        "valid documents lost 0": not summary.lost,
        "at least 1,000 inputs": summary.inputs >= 1000,
    }
    for name, ok in checks.items():
        print(f"target {name}: {'met' if ok else 'MISSED'}")
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
