"""Test lines per source line, overall and per subpackage (issue 15's measure of thin tests).

Lines are physical lines of .py files (as `wc -l` counts them). A subpackage's tests are the
files under tests/<name>/ (claimcheck: tests/check/); tests of the top-level modules (pipeline, models, ...) and of the
whole package (tests/api, tests/test_*.py) count for the top level. Targets: >= 0.8 overall and
>= 0.5 for every subpackage. It also lists the modules (source and tests) of MAX_LINES lines or
more (the house rule: modules under 500 lines); any such module fails the check too.

    python bench/test_ratio.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "realpolitik"
TESTS = ROOT / "tests"
OVERALL, EACH = 0.8, 0.5
MAX_LINES = 500
TOP_LEVEL_TESTS = ("api",)  # test folders about the package as a whole
TEST_FOLDER = {"claimcheck": "check"}  # a subpackage whose tests live under another name


def lines(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in paths)


def main() -> int:
    packages = sorted(p.name for p in SRC.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    rows: list[tuple[str, int, int]] = []
    for name in packages:
        src = lines(sorted((SRC / name).rglob("*.py")))
        folder = TESTS / TEST_FOLDER.get(name, name)
        tests = lines(sorted(folder.rglob("*.py"))) if folder.exists() else 0
        rows.append((name, src, tests))
    top_src = lines(sorted(SRC.glob("*.py")))
    top_tests = lines(sorted(TESTS.glob("*.py")))
    top_tests += sum(lines(sorted((TESTS / d).rglob("*.py"))) for d in TOP_LEVEL_TESTS)
    rows.append(("(top level)", top_src, top_tests))
    total_src = lines(sorted(SRC.rglob("*.py")))
    total_tests = lines(sorted(TESTS.rglob("*.py")))
    ok = True
    print(f"{'package':<14}{'source':>8}{'tests':>8}{'ratio':>8}  target")
    for name, src, tests in rows:
        ratio = tests / src if src else 0.0
        good = ratio >= EACH
        ok &= good
        print(f"{name:<14}{src:>8}{tests:>8}{ratio:>8.2f}  >= {EACH} {'ok' if good else 'LOW'}")
    ratio = total_tests / total_src
    ok &= ratio >= OVERALL
    print(f"{'overall':<14}{total_src:>8}{total_tests:>8}{ratio:>8.2f}  >= {OVERALL}"
          f" {'ok' if ratio >= OVERALL else 'LOW'}")  # fmt: skip
    long = [
        (n, p.relative_to(ROOT))
        for p in sorted([*SRC.rglob("*.py"), *TESTS.rglob("*.py")])
        if (n := lines([p])) >= MAX_LINES
    ]
    for n, path in long:
        print(f"{n:>6} lines  {path}  (>= {MAX_LINES}: split it)")
    ok &= not long
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
