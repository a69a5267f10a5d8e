"""bench/test_ratio.py, the measure of issue 15, on a small tree written here: line counts per
subpackage, where each kind of test counts, the targets, and modules that are too long."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "test_ratio.py"


def tree(root: Path, files: dict[str, int]) -> None:
    for name, count in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x = 1\n" * count, encoding="utf-8")


def run(root: Path) -> tuple[int, list[str]]:
    copy = root / "bench" / "test_ratio.py"
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(SCRIPT.read_text(encoding="utf-8"), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(copy)], capture_output=True, text=True, check=False, timeout=60
    )
    return done.returncode, done.stdout.splitlines()


def row(lines: list[str], name: str) -> list[str]:
    (found,) = [line.split() for line in lines if line.startswith(name + " ")]
    return found


def test_counts_and_targets(tmp_path: Path) -> None:
    tree(tmp_path, {
        "src/realpolitik/__init__.py": 10, "src/realpolitik/pipeline.py": 90,
        "src/realpolitik/alpha/__init__.py": 0, "src/realpolitik/alpha/a.py": 100,
        "src/realpolitik/claimcheck/__init__.py": 50, "src/realpolitik/claimcheck/b.py": 50,
        "tests/alpha/test_a.py": 90, "tests/check/test_b.py": 40, "tests/api/test_c.py": 30,
        "tests/test_d.py": 50, "tests/conftest.py": 10,
    })  # fmt: skip
    code, lines = run(tmp_path)
    assert row(lines, "alpha")[1:4] == ["100", "90", "0.90"]
    assert row(lines, "claimcheck")[1:4] == ["100", "40", "0.40"]  # its tests live in check/
    assert row(lines, "(top")[2:5] == ["100", "90", "0.90"]  # api/ and tests/*.py
    assert row(lines, "overall")[1:4] == ["300", "220", "0.73"]
    assert row(lines, "claimcheck")[-1] == "LOW" and row(lines, "overall")[-1] == "LOW"
    assert code == 1


def test_all_targets_met_and_a_long_module(tmp_path: Path) -> None:
    tree(tmp_path, {"src/realpolitik/alpha/__init__.py": 0, "src/realpolitik/alpha/a.py": 100,
                    "tests/alpha/test_a.py": 100, "src/realpolitik/__init__.py": 10,
                    "tests/test_top.py": 10})  # fmt: skip
    code, lines = run(tmp_path)
    assert code == 0 and row(lines, "overall")[-1] == "ok"
    tree(tmp_path, {"src/realpolitik/alpha/big.py": 500})
    code, lines = run(tmp_path)
    assert code == 1
    assert any("500 lines" in line and "alpha/big.py" in line for line in lines)
