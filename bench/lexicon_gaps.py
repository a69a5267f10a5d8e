"""A census of lexicon gaps: which predicates the extractor misses across many labelled texts.

A rule fitted to one sentence rarely carries to the next blind set; a predicate missed in many
independent sentences is a lexicon gap worth a row (or a class). This script runs the extractor
over the TUNE halves (bench/split.py) of the two large labelled dev sets and counts, by the head
lemma of the labelled event's predicate, the sentences where the gold has an event but the
extractor emits none or one of another class:

- conflibert_penta.jsonl (five CAMEO classes, one sentence a record): a miss is a record whose
  predicted five-class label (evaluate's rule) differs from the gold's. The head is the lowest
  common head of the gold source and target spans where both are found, else the sentence's
  main predicate (through a saying verb to what was said).
- silver_ngec_synthetic_plover.jsonl (machine-labelled stories, one PLOVER type a story): a miss
  is a story with no asserted event of its type. Every main predicate of the story's sentences
  is a candidate (the label names no sentence); ``spec`` is the share of the lemma's predicate
  uses (in all stories read) that fall in stories of that type, so saying verbs and other
  words common to every type fall to the bottom.

Each head is keyed by lemma and part of speech (V verb, N noun), with its particle
(``carry+out/V``) and, for verbs, its direct object's head noun (``hold>talk/V``, the light-verb
constructions) as separate keys. ``gap`` says what the extractor had on the head token:
``none`` (no trigger: a lexicon gap), ``other`` (a trigger of another class), ``lost`` (a
trigger of the gold class that later gates dropped). Silver labels are machine-made: the counts
point at candidates; the CAMEO codebook decides the code.

Usage: .venv/bin/python bench/lexicon_gaps.py [EVAL_DIR] [--limit N] [--top N] [--min N]
       [--sets penta,silver]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from split import shared_folder, split_file

from realpolitik.extract._extract import _Run, default_registry
from realpolitik.extract._nlp import load_nlp, paragraphs, prepare_text
from realpolitik.extract._words import LIGHT_VERBS
from realpolitik.extract.evaluate import _penta_label
from realpolitik.models import Document
from realpolitik.ontology import cameo_to_plover, penta_of

PENTA = "conflibert_penta.jsonl"
SILVER = "silver_ngec_synthetic_plover.jsonl"
SAYING = frozenset(
    {
        "say", "tell", "add", "state", "note", "announce", "claim", "report", "stress",
        "explain", "argue", "believe", "think", "write", "quote", "confirm",
    }
)  # fmt: skip  # a main predicate that only reports: the act is in what was said
MIN_SPEC = 0.3  # silver: a lemma whose uses spread evenly over the types names no type


class Recording:
    """A pipeline that keeps every parse it hands out (the repaired parse after the run)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.docs: list[Any] = []

    def pipe(self, texts: Iterable[str], **kw: Any) -> Iterator[Any]:
        for doc in self.nlp.pipe(texts, **kw):
            self.docs.append(doc)
            yield doc


@dataclass
class Tally:
    """Distinct missed sentences and stories per key, and the gap kinds seen on the head."""

    sentences: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    stories: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    gaps: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    golds: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    examples: dict[str, str] = field(default_factory=dict)

    def add(self, key: str, sent_id: str, story: str, gap: str, gold: str, text: str) -> None:
        self.sentences[key].add(sent_id)
        self.stories[key].add(story)
        self.gaps[key][gap] += 1
        self.golds[key][gold] += 1
        self.examples.setdefault(key, text)


def keys_of(tok: Any) -> list[str]:
    """The keys of one head token: lemma/POS, lemma+particle, verb>object noun."""
    pos = "V" if tok.pos_ in ("VERB", "AUX") else "N"
    lemma = tok.lemma_.lower()
    keys = [f"{lemma}/{pos}"]
    for child in tok.children:
        if child.dep_ == "prt":
            keys.append(f"{lemma}+{child.lower_}/{pos}")
        elif pos == "V" and child.dep_ in ("dobj", "obj") and child.pos_ in ("NOUN", "PROPN"):
            keys.append(f"{lemma}>{child.lemma_.lower()}/V")
    return keys


def main_predicates(sent: Any) -> list[Any]:
    """The sentence's main predicate and its conjuncts; through a saying verb to what was said."""
    root = sent.root
    if root.lemma_.lower() in SAYING:
        said = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
        root = said[0] if said else root
    heads = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "NOUN"))]
    return [h for h in heads if h.pos_ in ("VERB", "NOUN", "AUX")]


def _span_root(doc: Any, start: int, phrase: str) -> Any | None:
    at = doc.text.find(phrase, start) if phrase else -1
    span = doc.char_span(at, at + len(phrase), alignment_mode="expand") if at >= 0 else None
    return span.root if span is not None and len(span) else None


def common_head(a: Any, b: Any) -> Any | None:
    """The lowest token that heads both ``a`` and ``b`` (same sentence), or None."""
    up = [a, *a.ancestors]
    for t in [b, *b.ancestors]:
        if t in up:
            return t
    return None


def penta_heads(doc: Any, rec: dict[str, Any]) -> list[Any]:
    """Head predicate of a penta record: the common head of its gold spans, else the root."""
    ev = rec["events"][0] if rec.get("events") else {}
    src = (ev.get("source_text") or [""])[0]
    tgt = (ev.get("target_text") or [""])[0]
    a, b = _span_root(doc, 0, src), _span_root(doc, 0, tgt)
    if a is not None and b is not None and a.sent == b.sent:
        head = common_head(a, b)
        if head is not None and head.pos_ in ("VERB", "NOUN", "AUX") and head not in (a, b):
            return [head]
    sents = list(doc.sents)
    return main_predicates(sents[0]) if sents else []


def run(text: str, rid: str, nlp: Any) -> tuple[Any, list[Any], list[Any], list[Any]]:
    """Extraction, hits and fates of one text, with its paragraph parses and their starts."""
    rec = Recording(nlp)
    r = _Run(Document(rid, text, "lexicon_gaps"), default_registry(), None)
    r.fates = []
    r.run(rec)
    starts = [s for s, _ in paragraphs(prepare_text(text))]
    return r.extraction(), r.hits, r.fates, list(zip(starts, rec.docs, strict=False))


def head_chars(head: Any, pstart: int) -> set[int]:
    """Where the head's trigger may sit: the head, and a light verb's object ("announced a
    suspension of aid": the suspension is the act)."""
    chars = {pstart + head.idx}
    if head.lemma_.lower() in LIGHT_VERBS:
        chars |= {pstart + c.idx for c in head.children if c.dep_ in ("dobj", "obj")}
    return chars


def head_gap(chars: set[int], span: tuple[int, int], fates: list[Any], same: Any) -> str:
    """What the extractor had: ``lost`` where the sentence (``span``) had a trigger of the gold
    class that later gates dropped (no lexicon gap), ``kept`` where one was kept, else
    ``other`` where the head had a trigger of another class, else ``none``."""
    inside = [f for f in fates if span[0] <= f.char < span[1]]
    if any(f.gate == "kept" and same(f.code) for f in inside):
        return "kept"
    if any(same(f.code) for f in inside):
        return "lost"
    return "other" if any(f.char in chars for f in inside) else "none"


def census_penta(path: Path, nlp: Any, limit: int | None, tally: Tally) -> tuple[int, int]:
    total = missed = 0
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        if not rec.get("tuples") or (limit and total >= limit):
            continue
        total += 1
        gold = int(rec["tuples"][0][2])
        _, hits, fates, docs = run(rec["text"], rec["id"], nlp)
        if _penta_label(hits) == gold or not docs:
            continue
        missed += 1
        pstart, doc = docs[0]
        for head in penta_heads(doc, rec):
            span = (pstart + head.sent.start_char, pstart + head.sent.end_char)
            gap = head_gap(
                head_chars(head, pstart), span, fates, lambda c, g=gold: penta_of(c) == g
            )
            for key in keys_of(head):
                tally.add(key, rec["id"], rec["id"], gap, str(gold), rec["text"])
    return total, missed


def census_silver(
    path: Path, nlp: Any, limit: int | None, tally: Tally, uses: dict[str, Counter[str]]
) -> tuple[int, int]:
    total = missed = 0
    for line in path.open(encoding="utf-8"):
        rec = json.loads(line)
        if not rec.get("events") or (limit and total >= limit):
            continue
        total += 1
        gold = str(rec["events"][0]["code"])
        extraction, _, fates, docs = run(rec["text"], rec["id"], nlp)
        hit = any(e.plover == gold and e.factuality != "negated" for e in extraction.events)
        missed += not hit
        for pstart, doc in docs:
            for si, sent in enumerate(doc.sents):
                for head in main_predicates(sent):
                    for key in keys_of(head):
                        uses[key][gold] += 1
                    if hit:
                        continue
                    gap = head_gap(
                        head_chars(head, pstart),
                        (pstart + sent.start_char, pstart + sent.end_char),
                        fates,
                        lambda c, g=gold: cameo_to_plover(c)[0] == g,
                    )
                    sid = f"{rec['id']}:{pstart}:{si}"
                    for key in keys_of(head):
                        tally.add(key, sid, rec["title"], gap, gold, sent.text)
    return total, missed


def report(name: str, tally: Tally, top: int, least: int, uses: dict[str, Counter[str]]) -> int:
    """Print the ranked gap keys; return how many keys have ``least`` or more sentences."""
    rows = []
    for key, sents in tally.sentences.items():
        if tally.gaps[key]["none"] + tally.gaps[key]["other"] == 0:
            continue  # the class was found every time, then lost or kept: no lexicon gap
        gold, n = tally.golds[key].most_common(1)[0]
        spec = uses[key][gold] / max(1, sum(uses[key].values())) if uses else 1.0
        if uses and spec < MIN_SPEC:
            continue
        rows.append((len(sents), len(tally.stories[key]), key, gold, spec))
    rows.sort(key=lambda r: (-r[0], -r[1], r[2]))
    recurring = sum(1 for r in rows if r[0] >= least)
    print(f"\n## {name}: {recurring} keys missed in >= {least} distinct sentences")
    print(f"{'key':<28}{'sents':>6}{'stories':>8}  {'gold':<10}{'spec':>5}  gaps  example")
    for n, stories, key, gold, spec in rows[:top]:
        gaps = " ".join(f"{k}={v}" for k, v in tally.gaps[key].most_common())
        ex = " ".join(tally.examples[key].split())[:90]
        print(f"{key:<28}{n:>6}{stories:>8}  {gold:<10}{spec:5.2f}  {gaps}  {ex}")
    return recurring


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("eval_dir", nargs="?", type=Path)
    ap.add_argument("--limit", type=int, default=None, help="records per set (default all)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--min", type=int, default=3, help="distinct sentences that make a gap")
    ap.add_argument("--sets", default="penta,silver")
    ap.add_argument("--no-examples", action="store_true", help="counts only, no sentences")
    args = ap.parse_args()
    dev = args.eval_dir or shared_folder(Path(__file__).resolve().parents[1]) / "eval" / "dev"
    nlp = load_nlp()
    wanted = set(args.sets.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        if "penta" in wanted:
            tune = split_file(dev / PENTA, Path(tmp))["tune"]  # the check half is never read
            tally = Tally()
            total, missed = census_penta(tune, nlp, args.limit, tally)
            print(f"penta tune: {missed}/{total} records missed")
            if args.no_examples:
                tally.examples = defaultdict(str)
            report("penta tune", tally, args.top, args.min, {})
        if "silver" in wanted:
            tune = split_file(dev / SILVER, Path(tmp))["tune"]
            tally, uses = Tally(), defaultdict(Counter)
            total, missed = census_silver(tune, nlp, args.limit, tally, uses)
            print(f"silver tune: {missed}/{total} stories missed (no event of the story's type)")
            if args.no_examples:
                tally.examples = defaultdict(str)
            report("silver tune", tally, args.top, args.min, uses)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
