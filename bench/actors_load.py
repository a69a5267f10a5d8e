"""Cost of the actor registry: start-up, memory and scan speed, with and without the Phoenix tables.

Usage: .venv/bin/python bench/actors_load.py [--repeat 3] [--examples DIR]

The registry loads in every extraction worker, so what the converted Phoenix dictionaries
(``actors/data/phoenix.tsv``) add must stay small. In one process, alternating, best of
``--repeat`` runs:

  (a) the project's own tables only: read the tables, build the index;
  (b) the shipped registry: the same plus the Phoenix names and agent words, as
      ``ActorRegistry.default()`` builds it (Phoenix names grouped by first word and indexed
      when a text first holds that word);
  (c) the same with every Phoenix name indexed up front (the most a registry can come to hold).

Printed: build seconds, memory the built registry holds (tracemalloc, after a garbage
collection), distinct phrases, and scan speed (``find_mentions`` words/s over the example
corpus, ``examples/``), with the ratios b/a. Timings on a shared machine are noisy: compare
the ratios, and run it twice.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from realpolitik.actors import (  # noqa: E402
    ActorRegistry,  # noqa: E402
    _phoenix,
    _tables,
)


def build_project() -> ActorRegistry:
    entries = _tables.project_entries.__wrapped__()
    return ActorRegistry(entries, sector_words=_tables.project_sectors.__wrapped__())


def build_full() -> ActorRegistry:
    """As ``ActorRegistry.default()`` builds it: Phoenix names pending, indexed on demand."""
    words = _tables.project_sectors.__wrapped__() + _phoenix.phoenix_sectors.__wrapped__()
    pending = _phoenix.phoenix_pending.__wrapped__()
    return ActorRegistry(_tables.project_entries.__wrapped__(), sector_words=words, pending=pending)


def build_all() -> ActorRegistry:
    """Every Phoenix name indexed up front (what a registry holds once texts named them all)."""
    reg = build_full()
    reg.index_all()
    return reg


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def held_memory(fn: Callable[[], Any]) -> float:
    """Bytes a built object keeps alive (tracemalloc, after a collection), in MiB."""
    gc.collect()
    tracemalloc.start()
    obj = fn()
    gc.collect()
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del obj
    return size / 2**20


def corpus(folder: Path) -> list[str]:
    texts = []
    for p in sorted(folder.rglob("*")):
        if p.suffix in (".txt", ".md", ".html") and p.is_file():
            texts.append(p.read_text("utf-8", errors="replace"))
    return texts


def scan_speed(reg: ActorRegistry, texts: list[str], repeat: int) -> float:
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for text in texts:
            reg.find_mentions(text, "2015-06-01")
        best = min(best, time.perf_counter() - t)
    return words / best


def phrases(reg: ActorRegistry) -> int:
    return sum(len(d) for d in reg._index.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--examples", type=Path, default=ROOT / "examples")
    args = ap.parse_args()
    runs = {"a": build_project, "b": build_full, "c": build_all}
    times = {k: float("inf") for k in runs}
    regs: dict[str, ActorRegistry] = {}
    for _ in range(args.repeat):
        for name, fn in runs.items():
            dt, reg = timed(fn)
            times[name] = min(times[name], dt)
            regs[name] = reg
    texts = corpus(args.examples)
    speed = {k: scan_speed(regs[k], texts, args.repeat) for k in runs}

    def scanned(fn: Callable[[], ActorRegistry]) -> Callable[[], ActorRegistry]:
        def run() -> ActorRegistry:
            reg = fn()
            for text in texts:
                reg.find_mentions(text, "2015-06-01")
            return reg

        return run

    mem = {k: held_memory(scanned(fn)) for k, fn in runs.items()}
    words = sum(len(t.split()) for t in texts)
    print(f"scan corpus: {len(texts)} files, {words} words ({args.examples})")
    print(f"{'run':34} {'build s':>8} {'held MiB':>9} {'phrases':>8} {'scan words/s':>13}")
    labels = {
        "a": "(a) project tables",
        "b": "(b) + Phoenix on demand (shipped)",
        "c": "(c) + Phoenix all indexed",
    }
    for k in runs:
        print(
            f"{labels[k]:34} {times[k]:8.3f} {mem[k]:9.1f} {phrases(regs[k]):8d} {speed[k]:13,.0f}"
        )
    print("held MiB: after building and scanning the corpus once (what a worker keeps)")
    for k in ("b", "c"):
        print(
            f"ratios {k}/a: build {times[k] / times['a']:.2f}x, memory {mem[k] / mem['a']:.2f}x,"
            f" scan speed {speed[k] / speed['a']:.2f}"
        )
    print("(the extraction target is bench/throughput.py >= 0.8 of bare spaCy)")


if __name__ == "__main__":
    main()
