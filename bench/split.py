"""The frozen tune/check split of a gold JSON Lines file.

A record goes to ``tune`` or ``check`` by the first byte of SHA-256("realpolitik-split:" + id):
even = tune, odd = check. The rule is fixed, so every machine and every session gets the same
halves. Read and debug only tune sentences; keep a change only when check improves too.

Usage: python bench/split.py GOLD.jsonl OUTDIR   (writes OUTDIR/NAME.tune.jsonl and .check.jsonl)
The halves are written to temporary or local folders only: gold sentences never enter the repo.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HALVES = ("tune", "check")


def half_of(record_id: str) -> str:
    digest = hashlib.sha256(("realpolitik-split:" + record_id).encode("utf-8")).digest()
    return "tune" if digest[0] % 2 == 0 else "check"


def shared_folder(root: Path) -> Path:
    """../shared of the checkout ``root``, or of the nearest folder above it that has one (a
    worktree in /work/wt/NAME finds /work/shared); ../shared itself where none has."""
    for folder in root.parents:
        if (folder / "shared" / "eval").is_dir():
            return folder / "shared"
    return root.parent / "shared"


def split_file(gold: Path, out_dir: Path) -> dict[str, Path]:
    """Write the two halves of ``gold`` into ``out_dir``; return their paths by half."""
    out_dir.mkdir(parents=True, exist_ok=True)
    rows: dict[str, list[str]] = {h: [] for h in HALVES}
    for line in gold.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows[half_of(str(json.loads(line)["id"]))].append(line)
    stem = gold.name.removesuffix(".jsonl")
    paths = {}
    for half in HALVES:
        path = out_dir / f"{stem}.{half}.jsonl"
        path.write_text("\n".join(rows[half]) + "\n", encoding="utf-8")
        paths[half] = path
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for half, path in split_file(Path(sys.argv[1]), Path(sys.argv[2])).items():
        n = sum(1 for _ in path.open(encoding="utf-8"))
        print(f"{half}: {path} ({n} records)")
