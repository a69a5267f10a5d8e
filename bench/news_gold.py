"""Score extraction on the project's own news gold (bench/gold/): relations, false assertions, errors.

Usage:
  .venv/bin/python bench/news_gold.py [GOLD.txt ...] [--show tune] [--predictions FILE.jsonl]
                                      [--triggers FILE] [--background] [--json] [--export DIR]
                                      [--why-missed]

Defaults to bench/gold/news.txt, wire.txt, fresh.txt ... fresh31.txt (bench/gold/GUIDE.md). Each
record is extracted as one document with its date (``realpolitik.extract``'s own pipeline), or
the events are read from ``--predictions`` (the JSON Lines of ``realpolitik extract``, doc_id =
record id). Scores are printed per corpus (news excerpts, op-eds, wire sentences) and per frozen
half (bench/split.py's hash of the record id: tune / check). Debug only on tune records;
``--show tune`` lists their errors, the check half is never listed.

HELD OUT: the records of bench/gold/fresh.txt (ids ``f-``) were written and coded blind, before any
extraction ran on them. They are scored as their own corpus ``fresh`` (all records, with its news
and wire parts; no tune/check halves), printed so that every change can be measured on text
nobody tuned on, and never listed: ``--show`` skips them and nobody debugs on them. Once a change
has been measured on them they are no longer blind for that change; say so where numbers are
reported. bench/gold/fresh2.txt (ids ``f2-``) is a second such file, written and coded blind
the same way and scored as its own corpus ``fresh2``; bench/gold/fresh3.txt (ids ``f3-``) a third,
corpus ``fresh3``; bench/gold/fresh4.txt (ids ``f4-``) a fourth, corpus ``fresh4``;
bench/gold/fresh5.txt (ids ``f5-``) a fifth, corpus ``fresh5``; bench/gold/fresh6.txt (ids ``f6-``) a
sixth, corpus ``fresh6``; bench/gold/fresh7.txt (ids ``f7-``) a seventh, corpus ``fresh7``;
bench/gold/fresh8.txt (ids ``f8-``) an eighth, corpus ``fresh8``;
bench/gold/fresh9.txt (ids ``f9-``) a ninth, corpus ``fresh9``;
bench/gold/fresh10.txt (ids ``f10-``) a tenth, corpus ``fresh10``;
bench/gold/fresh11.txt (ids ``f11-``) an eleventh, corpus ``fresh11``;
bench/gold/fresh12.txt (ids ``f12-``) a twelfth, corpus ``fresh12``;
bench/gold/fresh13.txt (ids ``f13-``) a thirteenth, corpus ``fresh13``;
bench/gold/fresh14.txt (ids ``f14-``) a fourteenth, corpus ``fresh14``;
bench/gold/fresh15.txt (ids ``f15-``) a fifteenth, corpus ``fresh15``;
bench/gold/fresh16.txt (ids ``f16-``) a sixteenth, corpus ``fresh16``;
bench/gold/fresh17.txt (ids ``f17-``) a seventeenth, corpus ``fresh17``;
bench/gold/fresh18.txt (ids ``f18-``) an eighteenth, corpus ``fresh18``;
bench/gold/fresh19.txt (ids ``f19-``) a nineteenth, corpus ``fresh19``;
bench/gold/fresh20.txt (ids ``f20-``) a twentieth, corpus ``fresh20``;
bench/gold/fresh21.txt (ids ``f21-``) a twenty-first, corpus ``fresh21``;
bench/gold/fresh22.txt (ids ``f22-``) a twenty-second, corpus ``fresh22``;
bench/gold/fresh23.txt (ids ``f23-``) a twenty-third, corpus ``fresh23``;
bench/gold/fresh24.txt (ids ``f24-``) a twenty-fourth, corpus ``fresh24``;
bench/gold/fresh25.txt (ids ``f25-``) a twenty-fifth, corpus ``fresh25``;
bench/gold/fresh26.txt (ids ``f26-``) a twenty-sixth, corpus ``fresh26``;
bench/gold/fresh27.txt (ids ``f27-``) a twenty-seventh, corpus ``fresh27``;
bench/gold/fresh28.txt (ids ``f28-``) a twenty-eighth, corpus ``fresh28``;
bench/gold/fresh29.txt (ids ``f29-``) a twenty-ninth, corpus ``fresh29``;
bench/gold/fresh30.txt (ids ``f30-``) a thirtieth, corpus ``fresh30``;
bench/gold/fresh31.txt (ids ``f31-``) a thirty-first, corpus ``fresh31``. ``--why-missed`` counts their
lost keys too (one column per file, counts only).

What is compared, per record, is the set of (source country, target country, CAMEO root) keys:
- required: the record's plain relations stated as having happened (asserted or reported);
- predicted: extracted events that are not negated;
- recall = required keys predicted / required keys; precision = predicted keys that are
  required / predicted keys, where keys of ``bg``, ``opt`` and hedged or negated relations are
  neutral (neither right nor wrong) and a trap's key is wrong; F1 from the two (for the wire
  sentences this is the country + root F1 of `realpolitik evaluate`);
- false assertions: an event extracted as ``asserted`` in the sentence of a relation the gold
  marks possible, negated or as a trap (``!``), with that relation's key, where that sentence
  holds no required relation with the same key;
- factuality accuracy: over gold relations (plain lines) whose key was extracted, the share
  whose extracted factuality (in the relation's sentence where possible) equals the gold's;
- error classes: each missed required key is paired with a wrong key predicted in the sentence
  of one of its relations: same source and root but no target (missing target) or another target
  (wrong target), same target and root (wrong source), source and target swapped (reversed),
  same parties (wrong root); unpaired misses are ``missed`` (``negated`` when the act was
  extracted as negated), unpaired wrong predictions ``spurious`` (``trap`` when the gold
  lists the key as a trap).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import news_gold_fact
import news_gold_why as why
from gold_corpus import GoldFormatError, Record, Relation, read_corpus
from news_gold_io import export, read_predictions
from news_gold_score import CLASSES, Finding, Pred, Tally, pred_of, score_record
from split import HALVES, half_of

if TYPE_CHECKING:
    from realpolitik.extract._fates import Fate

HERE = Path(__file__).resolve().parent
DEFAULT_GOLD = [
    HERE / "gold" / name
    for name in (
        "news.txt",
        "wire.txt",
        "fresh.txt",
        "fresh2.txt",
        "fresh3.txt",
        "fresh4.txt",
        "fresh5.txt",
        "fresh6.txt",
        "fresh7.txt",
        "fresh8.txt",
        "fresh9.txt",
        "fresh10.txt",
        "fresh11.txt",
        "fresh12.txt",
        "fresh13.txt",
        "fresh14.txt",
        "fresh15.txt",
        "fresh16.txt",
        "fresh17.txt",
        "fresh18.txt",
        "fresh19.txt",
        "fresh20.txt",
        "fresh21.txt",
        "fresh22.txt",
        "fresh23.txt",
        "fresh24.txt",
        "fresh25.txt",
        "fresh26.txt",
        "fresh27.txt",
        "fresh28.txt",
        "fresh29.txt",
        "fresh30.txt",
        "fresh31.txt",
    )
]
# gold files (by stem), each held out
HELD_OUT_FILES = (
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "fresh9",
    "fresh10",
    "fresh11",
    "fresh12",
    "fresh13",
    "fresh14",
    "fresh15",
    "fresh16",
    "fresh17",
    "fresh18",
    "fresh19",
    "fresh20",
    "fresh21",
    "fresh22",
    "fresh23",
    "fresh24",
    "fresh25",
    "fresh26",
    "fresh27",
    "fresh28",
    "fresh29",
    "fresh30",
    "fresh31",
)
HELD_OUT_CORPUS = "fresh"  # the first held-out corpus (each file in HELD_OUT_FILES is one)
CORPUS_CHARS = why.CORPUS_CHARS  # a column head keeps this much of a corpus name ("fresh10")
CLASS_COLUMN = 12  # the class table's column width, widened when a head needs it
HELD_OUT_PARTS = ("news", "wire")  # the rows printed under the held-out corpus besides "all"


def held_out(rec: Record) -> bool:
    """A record of a held-out gold file: scored, never split into halves, never listed."""
    return Path(rec.path).stem in HELD_OUT_FILES


def corpus_of(rec: Record) -> str:
    if held_out(rec):
        return Path(rec.path).stem  # fresh, fresh2: each held-out file its own corpus
    return {"news": "news", "oped": "op-ed", "wire": "wire"}[rec.kind]


def parts_of(rec: Record) -> tuple[str, ...]:
    """The rows a record counts in: "all" and its half, or for held-out records its kind."""
    if held_out(rec):
        return ("all", "wire" if rec.kind == "wire" else "news")
    return ("all", half_of(rec.id))


def score(
    records: list[Record], preds: dict[str, list[Pred]]
) -> tuple[dict[tuple[str, str], Tally], dict[str, list[Finding]]]:
    """Tallies by (corpus, half) with half "all" too, and findings by record id."""
    tallies: dict[tuple[str, str], Tally] = {}
    findings: dict[str, list[Finding]] = {}
    for rec in records:
        t, f = score_record(rec, preds.get(rec.id, []))
        findings[rec.id] = f
        corpus = corpus_of(rec)
        for half in parts_of(rec):
            tallies.setdefault((corpus, half), Tally()).add(t)
        if corpus in ("news", "op-ed"):
            for half in parts_of(rec):
                tallies.setdefault(("news+op-ed", half), Tally()).add(t)
    return tallies, findings


def extract(
    records: list[Record], *, triggers: list[str], background: bool
) -> dict[str, list[Pred]]:
    """Run the project's extraction on every record (its text, its date)."""
    from realpolitik.extract import load_lexicon
    from realpolitik.extract.parallel import extract_many
    from realpolitik.models import Document

    lexicon = load_lexicon(triggers) if triggers else None
    docs = [
        Document(doc_id=r.id, text=r.text, source=f"{r.path}#{r.id}", date=r.date) for r in records
    ]
    out: dict[str, list[Pred]] = {}
    for ex in extract_many(docs, lexicon=lexicon, background=background):
        out[ex.document.doc_id] = [pred_of(e.to_dict()) for e in ex.events]
    return out


def print_report(tallies: dict[tuple[str, str], Tally]) -> None:
    names = ("news", "op-ed", "news+op-ed", "wire", *HELD_OUT_FILES)
    corpora = [c for c in names if (c, "all") in tallies]
    print("corpus      half   recs  req  pred    P      R      F1   false-ass  fact-acc (n)")
    for c in corpora:
        if c in HELD_OUT_FILES:
            print(f"-- {c}: held out, written blind; scored here, never listed or debugged on")
        for half in _rows(c):
            t = tallies.get((c, half))
            if t is None:
                continue
            print(
                f"{c:<11} {half:<5} {t.records:>5} {t.required:>4} {t.predicted:>5}  "
                f"{t.precision:.3f}  {t.recall:.3f}  {t.f1:.3f}  {t.false_assertions:>6}"
                f"     {t.fact_accuracy:.3f} ({t.fact_total})"
            )
    print("\nerror classes (required keys missed, wrong keys predicted)")
    cols = [(c, h) for c in corpora if c != "news+op-ed" for h in _rows(c) if (c, h) in tallies]
    heads = [f"{c[:CORPUS_CHARS]}/{h[:5]}" for c, h in cols]
    width = max([CLASS_COLUMN, *(len(head) + 1 for head in heads)])
    print(f"{'class':<15}" + "".join(f"{head:>{width}}" for head in heads))
    for cls in CLASSES:
        row = "".join(
            f"{tallies[k].classes.get(cls, 0) if k in tallies else 0:>{width}}" for k in cols
        )
        print(f"{cls:<15}{row}")
    print("\nCAMEO roots of the missed required keys and of the spurious keys (all records)")
    for c in corpora:
        if c == "news+op-ed":
            continue
        roots = tallies[(c, "all")].class_roots
        for cls in ("missed", "spurious"):
            top = sorted(((n, r) for (k, r), n in roots.items() if k == cls), reverse=True)
            shown = ", ".join(f"{r}:{n}" for n, r in top[:10])
            print(f"  {c:<6} {cls:<9} {shown}")
    conf: Counter[tuple[str, str]] = Counter()
    for c in corpora:
        if c != "news+op-ed" and (c, "all") in tallies:
            conf.update(tallies[(c, "all")].fact_confusion)
    if conf:
        print("\nfactuality confusions (gold -> extracted), all corpora: ", end="")
        print(", ".join(f"{g}->{p} {n}" for (g, p), n in conf.most_common()))
        print("\n".join(news_gold_fact.confusion_lines(tallies, HELD_OUT_FILES)))


def _rows(corpus: str) -> tuple[str, ...]:
    return ("all", *(HELD_OUT_PARTS if corpus in HELD_OUT_FILES else HALVES))


def _rel_text(r: Relation) -> str:
    fact = f" {r.factuality}" if r.factuality else ""
    return f'{r.source}->{r.target} {r.code}{fact} "{r.anchor}" (line {r.line})'


def _pred_text(p: Pred) -> str:
    return f"{p.source or '?'}->{p.target or '(none)'} {p.cameo} {p.factuality} [{p.trigger}]"


def show(records: list[Record], findings: dict[str, list[Finding]], half: str) -> None:
    """Print the errors of one half's records with their sentences (only ever the tune half)."""
    for rec in records:
        if held_out(rec) or half_of(rec.id) != half or not findings.get(rec.id):
            continue
        print(f"\n== {rec.id} ({rec.kind}, {rec.date})")
        for f in findings[rec.id]:
            print(f"  [{f.cls}]")
            if f.gold is not None:
                print(f"    gold: {_rel_text(f.gold)}")
            if f.pred is not None:
                print(f"    got:  {_pred_text(f.pred)}")
                print(f"    in:   {f.pred.sentence.strip()}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "gold",
        nargs="*",
        type=Path,
        help="gold files (default: bench/gold/news.txt, wire.txt, fresh*.txt)",
    )
    ap.add_argument(
        "--predictions", type=Path, help="score these extracted events instead of extracting"
    )
    ap.add_argument(
        "--triggers", action="append", default=[], help="extra trigger file(s), as for extract"
    )
    ap.add_argument(
        "--background", action="store_true", help="keep background events (extract --background)"
    )
    ap.add_argument("--show", choices=HALVES, help="list the errors of this half (tune only)")
    ap.add_argument("--why-missed", action="store_true", help="count where missed keys were lost")
    ap.add_argument("--json", action="store_true", help="print the tallies as JSON")
    ap.add_argument(
        "--export", type=Path, metavar="DIR", help="write the corpus as JSON Lines and stop"
    )
    args = ap.parse_args(argv)
    if args.show == "check":
        print("news_gold: the check half is never listed; debug on --show tune", file=sys.stderr)
        return 2
    fates: dict[str, list[Fate]] = {}
    try:
        records = [r for path in (args.gold or DEFAULT_GOLD) for r in read_corpus(path)]
        if args.export:
            for path in export(records, args.export, corpus_of):
                print(path)
            return 0
        if args.predictions:
            preds = read_predictions(args.predictions, pred_of)
        elif args.why_missed:
            events, fates = why.extract_traced(records, triggers=args.triggers)
            preds = {k: [pred_of(e) for e in evs] for k, evs in events.items()}
        else:
            preds = extract(records, triggers=args.triggers, background=args.background)
    except (GoldFormatError, OSError) as exc:
        print(f"news_gold: {exc}", file=sys.stderr)
        return 1
    tallies, findings = score(records, preds)
    if args.json:
        print(
            json.dumps({f"{c}/{h}": t.as_dict() for (c, h), t in sorted(tallies.items())}, indent=1)
        )
    else:
        print_report(tallies)
    if args.show:
        show(records, findings, args.show)
        listed = lambda r: not held_out(r) and half_of(r.id) == args.show  # noqa: E731
        news_gold_fact.show(records, preds, listed=listed)
    if args.why_missed:
        _why_missed(records, preds, fates, args.show)
    return 0


def _why_missed(
    records: list[Record], preds: dict[str, list[Pred]], fates: dict[str, list[Fate]], half: str
) -> None:
    """``--why-missed``: the step each missed required key stopped at (``news_gold_why``)."""
    corpora = {r.id: corpus_of(r) for r in records}  # held-out files: counts only, no halves
    keys = {i: {p.key for p in ps if p.factuality != "negated"} for i, ps in preds.items()}
    counts, lost = why.tally(records, keys, fates, corpus_of=corpora, whole=HELD_OUT_FILES)
    tuned = [r for r in records if not held_out(r)]  # held-out records: never broken down
    print("\n" + why.table(counts) + "\n\n" + why.root_table(tuned, lost))
    if half:
        why.show(tuned, lost, half)


if __name__ == "__main__":
    sys.exit(main())
