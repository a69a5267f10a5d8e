"""The event classifier on its own: sentence-level type accuracy and macro F1 against the rules.

Usage: .venv/bin/python bench/classifier.py [EVAL_DIR] [--check]   (default ../shared/eval/dev)
The weights are read from build/event_classifier.tsv: run scripts/train_event_classifier.py first
(about 1.5 min; the weights are not shipped).
Without ``--check`` only the tune half of plover_gsr_dev is scored (for development); ``--check``
adds its check half and the penta check half (report those once, never tune on them).

For each record of plover_gsr_dev (tune and check halves; the classifier never saw either) and of
the check half of conflibert_penta (its tune half is the penta head's training data), three
labels are compared with the gold label of the record (its first tuple's code):

- ``model``: the classifier's class (``plover`` head for PLOVER gold, ``penta`` head for penta);
- ``majority``: the most common class of the head's training labels;
- ``rules``: the extractor's own label for the same sentence: the PLOVER type of its most salient
  trigger (nearest the root, then one with parties; negated triggers left out), or the five-class
  label ``evaluate`` scores penta with; ``-`` when the rules found no trigger.

Also printed: the model on the records where the rules found no trigger (the "no trigger" tail)
and where the rules' label is wrong, and ``rules+model``: the rules' label, the model's where the
rules have none and the model's probability is at least ``FALLBACK_MIN``; and, for arbitration
(use b), where the model disagrees with the rules at a probability of at least each of
``DISAGREE_MIN``, how often the model and how often the rules are right.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from split import shared_folder, split_file

from realpolitik.extract._extract import TriggerHit, default_registry, run_document
from realpolitik.extract._nlp import load_nlp
from realpolitik.extract.evaluate import _penta_label
from realpolitik.extract.event_classifier import Head, classifier, sentence_features
from realpolitik.models import Document
from realpolitik.ontology import cameo

NONE = "-"
FALLBACK_MIN = 0.5  # the model's probability at which it stands in for a missing rule label
MAJORITY = {"plover": "CONCEDE", "penta": "3"}  # the commonest training label of each head
DISAGREE_MIN = (0.2, 0.3, 0.4, 0.5)  # model probabilities at which arbitration is tallied
UNLABELLED = {"plover": NONE, "penta": "0"}  # a record with no trigger: no type; a statement


def _rule_plover(hits: list[TriggerHit]) -> str:
    live = [h for h in hits if h.factuality != "negated"]
    if not live:
        return NONE
    best = min(live, key=lambda h: (h.depth, not h.has_event))
    return cameo(best.code).plover or NONE


def _macro_f1(pairs: list[tuple[str, str]]) -> float:
    classes = {g for g, _ in pairs}
    f1s = []
    for c in classes:
        tp = sum(1 for g, p in pairs if g == c and p == c)
        fp = sum(1 for g, p in pairs if g != c and p == c)
        fn = sum(1 for g, p in pairs if g == c and p != c)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


def _acc(pairs: list[tuple[str, str]]) -> str:
    if not pairs:
        return "     -       -    (0)"
    a = sum(1 for g, p in pairs if g == p) / len(pairs)
    return f"{a:6.3f} {_macro_f1(pairs):7.3f} ({len(pairs)})"


WEIGHTS = Path(__file__).resolve().parents[1] / "build" / "event_classifier.tsv"


def score(path: Path, head_name: str) -> list[tuple[str, str, str, float]]:
    """(gold, rules, model, model probability) per record of ``path``."""
    nlp = load_nlp()
    reg = default_registry()
    head: Head = classifier(WEIGHTS)[head_name]
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line) if line.strip() else None
        if not rec or not rec.get("tuples"):
            continue
        gold = str(rec["tuples"][0][2])
        doc = Document(str(rec["id"]), rec["text"], str(path), date=rec.get("date"))
        _, hits = run_document(doc, reg, None, nlp)
        if head_name == "penta":
            rules = str(_penta_label(hits)) if hits else NONE
        else:
            rules = _rule_plover(hits)
        feats = [f for s in nlp(rec["text"]).sents for f in sentence_features(s)]
        model, prob = head.predict(feats)
        rows.append((gold, rules, model, prob))
    return rows


def report(name: str, rows: list[tuple[str, str, str, float]], head: str) -> None:
    print(f"## {name}  ({len(rows)} records)        accuracy macroF1 (n)")
    major = [(g, MAJORITY[head]) for g, *_ in rows]
    print(f"  majority ({MAJORITY[head]:<8})          {_acc(major)}")
    unlabelled = UNLABELLED[head]  # what ``evaluate`` scores a record without a trigger as
    ruled = [(g, unlabelled if r == NONE else r) for g, r, _, _ in rows]
    print(f"  rules                        {_acc(ruled)}")
    print(f"  model                        {_acc([(g, m) for g, _, m, _ in rows])}")
    joined = [(g, m if r == NONE and p >= FALLBACK_MIN else r) for g, r, m, p in rows]
    joined = [(g, unlabelled if r == NONE else r) for g, r in joined]
    print(f"  rules+model (p >= {FALLBACK_MIN})     {_acc(joined)}")
    tail = [(g, m) for g, r, m, _ in rows if r == NONE]
    print(f"  model where rules had none   {_acc(tail)}")
    wrong = [(g, m) for g, r, m, _ in rows if r not in (NONE, g)]
    print(f"  model where rules were wrong {_acc(wrong)}")
    right = [(g, m) for g, r, m, _ in rows if r == g]
    print(f"  model where rules were right {_acc(right)}")
    confident = [(g, m) for g, _, m, p in rows if p >= FALLBACK_MIN]
    print(f"  model with p >= {FALLBACK_MIN}          {_acc(confident)}")
    for t in DISAGREE_MIN:  # use (b): would the model's type beat the rules' where they differ?
        d = [(g, r, m) for g, r, m, p in rows if p >= t and r != NONE and m != r]
        won = sum(1 for g, _, m in d if g == m)
        held = sum(1 for g, r, _ in d if g == r)
        print(
            f"  model != rules, p >= {t}: {len(d):3d} records; model right {won}, rules right {held}"
        )
    confusions = Counter((g, m) for g, _, m, _ in rows if g != m).most_common(5)
    print("  most common (gold, model) confusions:", confusions)
    print()


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--check"]
    check = "--check" in sys.argv[1:]
    root = Path(__file__).resolve().parents[1]
    dev = Path(args[0]) if args else shared_folder(root) / "eval" / "dev"
    if not WEIGHTS.exists():
        sys.exit(f"{WEIGHTS} not found: run scripts/train_event_classifier.py first")
    with tempfile.TemporaryDirectory() as tmp:
        gsr = split_file(dev / "plover_gsr_dev.jsonl", Path(tmp))
        penta = split_file(dev / "conflibert_penta.jsonl", Path(tmp))
        for half in ("tune", "check") if check else ("tune",):
            title = f"plover_gsr_dev [{half}] (plover head; type)"
            report(title, score(gsr[half], "plover"), "plover")
        if check:
            report("conflibert_penta [check] (penta head)", score(penta["check"], "penta"), "penta")
    print(
        "Data: PLOVER gold standard (openeventdata/PLOVER, CC BY-SA 4.0); ConfliBERT (Hu et al. 2022,"
    )
    print(
        "GPL-3.0). Model trained on NGEC synthetic stories (ahalterman/NGEC) and the penta tune half."
    )


if __name__ == "__main__":
    main()
