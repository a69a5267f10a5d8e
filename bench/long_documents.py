"""Extraction time and memory of one long document: linear in its length?

Builds single documents of 1, 2, 4 and 8 MB from the paragraphs of the example corpus (one
paragraph a line, cycled) and extracts each in a fresh process (pipeline loaded first, not
timed), printing seconds and CPU seconds per MB, the ratio of each size's CPU time per MB to
the smallest size's (target: within 1.5x, i.e. time linear in length) and the process's peak
RSS (target < 1 GiB). CPU time is the fairer measure on a shared machine; wall time is shown.

    .venv/bin/python bench/long_documents.py                 # 1 2 4 8 MB
    .venv/bin/python bench/long_documents.py --sizes 0.5 1   # quicker
    nice .venv/bin/python bench/long_documents.py --sizes 20 --via many   # issue 9: < 1 GiB

--via document extracts with `extract_document`; --via many with `extract_many` (the path of
`ingest` and `extract`, paragraphs parsed in bounded batches across documents). Both parse a
long document in pieces (`extract.batched`), so peak RSS stays bounded by one batch plus the
document's own records.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def build(size: int, examples: Path) -> str:
    """One text of ``size`` characters: the example corpus's paragraphs, cycled."""
    from realpolitik.ingest import read_paths
    from realpolitik.models import Document

    paras = [
        line.strip()
        for doc in read_paths([examples])
        if isinstance(doc, Document)
        for line in doc.text.split("\n")
        if line.strip()
    ]
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        p = paras[i % len(paras)]
        out.append(p)
        total += len(p) + 1
        i += 1
    return "\n".join(out)


def one(mb: float, examples: Path, via: str = "document") -> dict[str, float]:
    """Extract one document of ``mb`` MB in this process; what it cost."""
    from realpolitik.extract import extract_document
    from realpolitik.extract.parallel import shared_nlp
    from realpolitik.models import Document

    text = build(int(mb * 1_000_000), examples)
    nlp = shared_nlp()
    extract_document(Document("warm", text[:2000], "warm", date="2024-06-01"), None, None, nlp)
    doc = Document("long", text, "long.txt", date="2024-06-01")
    wall = time.perf_counter()
    cpu = time.process_time()
    if via == "many":
        from realpolitik.extract.parallel import extract_many

        [ex] = list(extract_many([doc], workers=1))
    else:
        ex = extract_document(doc, None, None, nlp)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    with open("/proc/self/status") as f:
        peak = next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024
    return {
        "mb": mb,
        "chars": len(text),
        "words": len(text.split()),
        "seconds": wall,
        "cpu": cpu,
        "peak_mib": peak,
        "events": len(ex.events),
        "sentences": len(ex.sentences),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8], help="MB")
    ap.add_argument("--examples", type=Path, default=ROOT / "examples")
    ap.add_argument("--via", choices=["document", "many"], default="document")
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one is not None:
        print(json.dumps(one(args.one, args.examples, args.via)))
        return
    rows = []
    for mb in args.sizes:
        cmd = [sys.executable, __file__, "--one", str(mb), "--examples", str(args.examples)]
        cmd += ["--via", args.via]
        got = subprocess.run(cmd, capture_output=True, text=True, check=True)
        rows.append(json.loads(got.stdout.strip().splitlines()[-1]))
        r = rows[-1]
        print(
            f"{r['mb']:>5} MB: {r['seconds']:7.1f} s, {r['cpu']:7.1f} CPU-s, {r['events']:,} events,"
            f" peak {r['peak_mib']:,.0f} MiB",
            flush=True,
        )
    base = rows[0]["cpu"] / rows[0]["mb"]
    print()
    print(f"{'MB':>5}{'words':>11}{'s/MB':>8}{'CPU-s/MB':>10}{'ratio':>7}{'peak RSS':>12}")
    for r in rows:
        per = r["cpu"] / r["mb"]
        print(
            f"{r['mb']:>5}{r['words']:>11,}{r['seconds'] / r['mb']:>8.1f}{per:>10.1f}"
            f"{per / base:>7.2f}{r['peak_mib']:>8,.0f} MiB"
        )
    worst = max(r["cpu"] / r["mb"] for r in rows) / base
    peak = max(r["peak_mib"] for r in rows)
    print()
    print(
        f"CPU time per MB, largest/smallest ratio {worst:.2f} (target <= 1.5);"
        f" peak RSS {peak:,.0f} MiB (target < 1024)"
    )


if __name__ == "__main__":
    main()
