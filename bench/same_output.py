"""Write extraction's output on a fixed corpus, or check that it has not changed.

A speed change to the extractor must not change what it extracts. This script runs
`extract_many(workers=1)` over the example corpus (`examples/`, read as `bench/throughput.py`
reads it) and the dev sentences (`--dev-dir`, one document per sentence with its date, at most
`--max-words` words from each file), and writes one JSON line per document: its id with its
events, claims and mentions (`Extraction.records(mentions=True)`).

    .venv/bin/python bench/same_output.py write /tmp/before.jsonl --dev-dir ../shared/eval/dev
    ... change the code ...
    .venv/bin/python bench/same_output.py check /tmp/before.jsonl --dev-dir ../shared/eval/dev

`check` extracts again, prints every document whose records differ (the first differing record
of each, up to `--show`), and exits 1 when any does; 0 when all are the same.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import read_examples  # noqa: E402

from realpolitik._compiled import build as rules_build  # noqa: E402
from realpolitik.extract.parallel import extract_many  # noqa: E402
from realpolitik.models import Document  # noqa: E402


def dev_documents(folder: Path, max_words: int) -> list[Document]:
    """One document per dev sentence (as `evaluate` reads them), up to `max_words` per file."""
    docs: list[Document] = []
    for path in sorted(folder.glob("*.jsonl")):
        words = 0
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            rec = json.loads(line)
            text = str(rec.get("text", ""))
            if not text.strip():
                continue
            doc_id = f"{path.stem}:{rec.get('id', i)}"
            docs.append(Document(doc_id, text, f"{path}#{i}", None, rec.get("date")))
            words += len(text.split())
            if words >= max_words:
                break
    return docs


def lines(docs: list[Document]) -> list[str]:
    out = []
    for ex in extract_many(docs, workers=1):
        rec: dict[str, Any] = {"doc": ex.document.doc_id, "records": ex.records(mentions=True)}
        out.append(json.dumps(rec, sort_keys=True, ensure_ascii=False, default=str))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("mode", choices=["write", "check"])
    ap.add_argument("file", type=Path)
    ap.add_argument("--examples", type=Path, default=ROOT / "examples")
    ap.add_argument("--dev-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--max-words", type=int, default=40_000, help="words per dev file (at most)")
    ap.add_argument("--show", type=int, default=10, help="differing documents to print")
    args = ap.parse_args()

    docs = read_examples(args.examples)
    if args.dev_dir.is_dir():
        docs += dev_documents(args.dev_dir, args.max_words)
    start = time.perf_counter()
    got = lines(docs)
    seconds = time.perf_counter() - start
    counts = [len(json.loads(g)["records"]) for g in got]
    print(
        f"{len(got)} documents, {sum(counts)} records, extracted in {seconds:.1f} s "
        f"(rules: {rules_build()})"
    )
    if args.mode == "write":
        args.file.write_text("\n".join(got) + "\n", encoding="utf-8")
        print(f"written to {args.file}")
        return
    want = args.file.read_text(encoding="utf-8").splitlines()
    if len(want) != len(got):
        print(f"DIFFERENT: {len(want)} documents before, {len(got)} now")
        sys.exit(1)
    changed = [(w, g) for w, g in zip(want, got, strict=True) if w != g]
    for w, g in changed[: args.show]:
        before, now = json.loads(w), json.loads(g)
        print(f"DIFFERENT: {before['doc']}")
        pairs = zip(before["records"], now["records"], strict=False)
        first = next(((b, n) for b, n in pairs if b != n), None)
        if first is None:
            print(f"  {len(before['records'])} records before, {len(now['records'])} now")
        else:
            print(f"  before: {json.dumps(first[0], sort_keys=True)}")
            print(f"  now:    {json.dumps(first[1], sort_keys=True)}")
    if changed:
        print(f"{len(changed)} of {len(got)} documents differ")
        sys.exit(1)
    print(f"same output: all {len(got)} documents")


if __name__ == "__main__":
    main()
