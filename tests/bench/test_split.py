"""The frozen tune/check split (bench/split.py): the rule is the one its docstring states, the
same on every machine, balanced, and the file split writes every record to exactly one half,
as a script too."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))
from split import HALVES, half_of, split_file  # noqa: E402

# Fixed by the rule: a change of rule or salt would move sentences between halves.
KNOWN = {"a": "check", "c": "tune", "1": "check", "news-0001": "check", "t-c": "tune"}


def test_the_rule_is_the_documented_hash() -> None:
    for record_id in [*KNOWN, "x", "undl:12", "Ünïcode id"]:
        first = hashlib.sha256(("realpolitik-split:" + record_id).encode()).digest()[0]
        assert half_of(record_id) == ("tune" if first % 2 == 0 else "check")
    assert {k: half_of(k) for k in KNOWN} == KNOWN


def test_the_halves_are_about_even() -> None:
    tune = sum(half_of(f"s-{i}") == "tune" for i in range(2000))
    assert 900 < tune < 1100


def test_a_file_is_split_into_two_halves_once_each(tmp_path: Path) -> None:
    records = [{"id": f"s-{i}", "text": f"Sentence {i}."} for i in range(40)]
    records.append({"id": 7, "text": "A numeric id."})  # ids are read as text
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in records) + "\n\n", encoding="utf-8")
    paths = split_file(gold, tmp_path / "out")
    assert set(paths) == set(HALVES)
    assert paths["tune"].name == "gold.tune.jsonl" and paths["check"].name == "gold.check.jsonl"
    seen: dict[str, str] = {}
    for half, path in paths.items():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line:
                rid = str(json.loads(line)["id"])
                assert rid not in seen and half_of(rid) == half
                seen[rid] = half
    assert len(seen) == len(records)


def test_as_a_script(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"id": "a", "text": "x"}\n{"id": "c", "text": "y"}\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "split.py"), str(gold), str(tmp_path / "o")],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "tune:" in done.stdout and "(1 records)" in done.stdout
    usage = subprocess.run([sys.executable, str(ROOT / "bench" / "split.py")],
                           capture_output=True, text=True, check=False, timeout=60)  # fmt: skip
    assert usage.returncode != 0 and "Usage" in usage.stderr
