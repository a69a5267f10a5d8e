"""Draw random extracted events for a by-eye review, and score the reviewer's judgements.

Usage:
  .venv/bin/python bench/eye_sample.py examples/ [-n 60] [--seed 9] [--tsv review.tsv]
  .venv/bin/python bench/eye_sample.py --gold bench/gold/news.txt [-n 60] [--tsv review.tsv]
  .venv/bin/python bench/eye_sample.py texts.jsonl --review review.tsv      # asks y/n per field
  .venv/bin/python bench/eye_sample.py --score review.tsv                    # summarise a review

The held-out gold (``--gold bench/gold/fresh.txt``, ``fresh2.txt`` ... ``fresh31.txt``: the files
news_gold.HELD_OUT_FILES names) is read whole; its review records error classes, never rules for
its sentences (bench/gold/GUIDE.md).

Inputs are anything `realpolitik extract` reads (folders, .txt/.md/.html, feeds, JSON Lines of
{"id", "text", "date"}) and gold files in the bench/gold format (``--gold``). Every document is
extracted with the project's pipeline (background events left out, as `extract` does); N events
are drawn from all of them (``--half tune`` keeps the tune half of gold records, the one to
debug on) with a fixed seed, so the same inputs, seed and code give the same
sample, and printed as sentence + coded event.

``--tsv`` writes the sample with five empty judgement columns to fill with y or n: ``event`` (the
sentence reports such an act at all), ``source``, ``target``, ``root`` (CAMEO root) and
``factuality``. ``--review`` asks for them one event at a time (Enter = y) and writes the same
file. ``--score`` prints the share of events with all five right (the issue 9 by-eye measure) and
the count of each error class; an event judged ``event=n`` counts as ``no such act`` only.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

FIELDS = ("event", "source", "target", "root", "factuality")
COLUMNS = (
    "n",
    "doc_id",
    "sentence_index",
    "date",
    "sentence",
    "source",
    "target",
    "cameo",
    "name",
    "factuality",
    "trigger",
    *(f"ok_{f}" for f in FIELDS),
    "note",
)


def read_documents(paths: list[str], gold: list[str], half: str = "all") -> list[Any]:
    """Documents of the inputs, in the order given (read errors go to stderr).

    ``half`` (tune or check) keeps only that frozen half (bench/split.py) of the gold records;
    a held-out gold file (bench/gold/fresh.txt) has no halves and is always read whole.
    """
    from realpolitik.ingest import read_paths
    from realpolitik.models import Document

    docs: list[Any] = []
    if paths:
        for item in read_paths(paths):
            if isinstance(item, Document):
                docs.append(item)
            else:
                print(f"eye_sample: skipped: {item}", file=sys.stderr)
    if gold:
        from gold_corpus import read_corpus
        from news_gold import HELD_OUT_FILES
        from split import half_of

        for path in gold:
            whole = Path(path).stem in HELD_OUT_FILES
            for r in read_corpus(path):
                if half != "all" and not whole and half_of(r.id) != half:
                    continue
                docs.append(
                    Document(doc_id=r.id, text=r.text, source=f"{path}#{r.id}", date=r.date)
                )
    return docs


def extracted_events(docs: list[Any]) -> list[dict[str, Any]]:
    """Every event of every document, as `realpolitik extract` records, with the document date."""
    from realpolitik.extract.parallel import extract_many

    out = []
    for ex in extract_many(docs):
        for ev in ex.events:
            rec = ev.to_dict()
            rec["doc_date"] = ex.document.date or ""
            out.append(rec)
    return out


def draw(events: list[dict[str, Any]], n: int, seed: int) -> list[dict[str, Any]]:
    """N events drawn without replacement with a fixed seed, kept in document order."""
    picks = sorted(random.Random(seed).sample(range(len(events)), min(n, len(events))))
    return [events[i] for i in picks]


def row_of(k: int, ev: dict[str, Any]) -> dict[str, str]:
    from realpolitik.ontology import cameo, is_cameo

    code = str(ev["cameo"])
    tgt = ev.get("target") or {}
    return {
        "n": str(k),
        "doc_id": str(ev["doc_id"]),
        "sentence_index": str(ev["sentence_index"]),
        "date": str(ev.get("doc_date") or ""),
        "sentence": " ".join(str(ev["evidence"]["sentence"]).split()),
        "source": f"{ev['source']['code']} ({ev['source']['text']})",
        "target": f"{tgt['code']} ({tgt['text']})" if tgt else "(none)",
        "cameo": code,
        "name": cameo(code).name if is_cameo(code) else "",
        "factuality": str(ev["factuality"]),
        "trigger": str(ev["evidence"].get("trigger") or ""),
        **{f"ok_{f}": "" for f in FIELDS},
        "note": "",
    }


def print_rows(rows: list[dict[str, str]]) -> None:
    for r in rows:
        print(f"[{r['n']}] {r['doc_id']} s{r['sentence_index']} ({r['date']})")
        print(f"    {r['sentence']}")
        print(
            f"    {r['source']} -> {r['target']} | {r['cameo']} {r['name']} | {r['factuality']}"
            f" | trigger: {r['trigger']}"
        )


def write_tsv(rows: list[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def review(rows: list[dict[str, str]], path: Path) -> None:
    """Ask y/n for each field of each event (Enter = y), writing the file after every event."""
    for r in rows:
        print_rows([r])
        for f in FIELDS:
            if f != "event" and r["ok_event"] == "n":
                r[f"ok_{f}"] = "-"
                continue
            answer = input(f"    {f} right? [Y/n] ").strip().lower()
            r[f"ok_{f}"] = "n" if answer.startswith("n") else "y"
        r["note"] = input("    note: ").strip()
        write_tsv(rows, path)


def score_tsv(path: Path) -> dict[str, Any]:
    """Share fully right and error-class counts of a filled review file."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    missing = [c for c in (f"ok_{f}" for f in FIELDS) if rows and c not in rows[0]]
    if missing:
        raise ValueError(f"{path}: review file lacks column(s) {', '.join(missing)}")
    reviewed = right = 0
    classes: Counter[str] = Counter()
    for r in rows:
        marks = {f: (r.get(f"ok_{f}") or "").strip().lower() for f in FIELDS}
        if marks["event"] not in ("y", "n"):
            continue
        if marks["event"] == "n":
            reviewed += 1
            classes["no such act"] += 1
            continue
        if any(marks[f] not in ("y", "n") for f in FIELDS[1:]):
            continue
        reviewed += 1
        wrong = [f for f in FIELDS[1:] if marks[f] == "n"]
        if not wrong:
            right += 1
        for f in wrong:
            classes[f"wrong {f}"] += 1
    return {
        "rows": len(rows),
        "reviewed": reviewed,
        "fully_right": right,
        "share": right / reviewed if reviewed else 0.0,
        "classes": dict(classes.most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="files or folders that `realpolitik extract` reads")
    ap.add_argument(
        "--gold", action="append", default=[], help="a gold file in the bench/gold format"
    )
    ap.add_argument(
        "--half", choices=("all", "tune", "check"), default="all", help="gold records of one half"
    )
    ap.add_argument("-n", type=int, default=60, help="events to draw (default 60)")
    ap.add_argument("--seed", type=int, default=9, help="random seed (default 9)")
    ap.add_argument("--tsv", type=Path, help="write the sample as a review file to fill in")
    ap.add_argument("--review", type=Path, help="review interactively, writing this file")
    ap.add_argument("--score", type=Path, help="summarise a filled review file and stop")
    args = ap.parse_args(argv)
    if args.score:
        try:
            s = score_tsv(args.score)
        except (OSError, ValueError) as exc:
            print(f"eye_sample: {exc}", file=sys.stderr)
            return 1
        print(
            f"reviewed {s['reviewed']} of {s['rows']} events; fully right {s['fully_right']} ({s['share']:.1%})"
        )
        for cls, n in s["classes"].items():
            print(f"  {cls}: {n}")
        return 0
    if not args.paths and not args.gold:
        ap.error("give files or folders to read, or --gold FILE, or --score FILE")
    docs = read_documents(args.paths, args.gold, args.half)
    events = extracted_events(docs)
    rows = [row_of(k, ev) for k, ev in enumerate(draw(events, args.n, args.seed), 1)]
    print(f"{len(rows)} of {len(events)} events from {len(docs)} documents (seed {args.seed})\n")
    if args.review:
        review(rows, args.review)
        return 0
    print_rows(rows)
    if args.tsv:
        write_tsv(rows, args.tsv)
        print(f"\nreview file: {args.tsv} (fill ok_* with y or n, then --score it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
