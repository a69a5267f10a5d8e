"""The scoring rules of news_gold.py: one record's gold against its predictions, and the error
classes of what was missed or wrong (news_gold.py's docstring states the rules)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from gold_corpus import Record, Relation

CLASSES = (
    "missing target",
    "wrong target",
    "wrong source",
    "reversed",
    "wrong root",
    "negated",
    "missed",
    "spurious",
    "trap",
)
Key = tuple[str, str, str]


@dataclass(frozen=True)
class Pred:
    """One extracted event as the scorer sees it."""

    key: Key
    factuality: str
    start: int  # the evidence sentence's character span in the record's text
    end: int
    sentence: str
    cameo: str
    source: str
    target: str
    trigger: str

    def holds(self, rel: Relation) -> bool:
        return self.start <= rel.offset < self.end


def pred_of(rec: dict[str, Any]) -> Pred:
    """A scorer prediction from one `realpolitik extract` event record."""
    src = rec["source"]["code"] or ""
    tgt = (rec.get("target") or {}).get("code") or ""
    ev = rec.get("evidence") or {}
    return Pred(
        key=(src[:3], tgt[:3], str(rec["cameo"])[:2]),
        factuality=str(rec["factuality"]),
        start=int(ev.get("start", 0)),
        end=int(ev.get("end", 0)),
        sentence=str(ev.get("sentence", "")),
        cameo=str(rec["cameo"]),
        source=src,
        target=tgt,
        trigger=str(ev.get("trigger") or ""),
    )


@dataclass
class Finding:
    """One error, kept for ``--show``: its class, the gold relation and the prediction involved."""

    cls: str
    gold: Relation | None
    pred: Pred | None


@dataclass
class Tally:
    records: int = 0
    required: int = 0
    predicted: int = 0
    tp: int = 0
    fp: int = 0
    neutral: int = 0
    false_assertions: int = 0
    fact_total: int = 0
    fact_right: int = 0
    classes: Counter[str] = field(default_factory=Counter)
    fact_confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    class_roots: Counter[tuple[str, str]] = field(default_factory=Counter)  # (class, CAMEO root)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.required if self.required else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fact_accuracy(self) -> float:
        return self.fact_right / self.fact_total if self.fact_total else 0.0

    def add(self, other: Tally) -> None:
        for name in ("records", "required", "predicted", "tp", "fp", "neutral"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.false_assertions += other.false_assertions
        self.fact_total += other.fact_total
        self.fact_right += other.fact_right
        self.classes.update(other.classes)
        self.fact_confusion.update(other.fact_confusion)
        self.class_roots.update(other.class_roots)

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "required": self.required,
            "predicted": self.predicted,
            "tp": self.tp,
            "fp": self.fp,
            "neutral": self.neutral,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "false_assertions": self.false_assertions,
            "factuality_accuracy": round(self.fact_accuracy, 4),
            "factuality_n": self.fact_total,
            "classes": {c: self.classes.get(c, 0) for c in CLASSES},
            "class_roots": {f"{c}/{r}": n for (c, r), n in sorted(self.class_roots.items())},
        }


def score_record(rec: Record, preds: list[Pred]) -> tuple[Tally, list[Finding]]:
    """Tally and findings of one record against its predicted events."""
    t = Tally(records=1)
    findings: list[Finding] = []
    gold = [r for r in rec.relations if r.status == "gold"]
    required = {r.key for r in gold if r.required}
    neutral = {r.key for r in rec.relations if r.status in ("bg", "opt")}
    neutral |= {r.key for r in gold if not r.required}
    traps = {r.key for r in rec.relations if r.status == "trap"}
    active = [p for p in preds if p.factuality != "negated"]
    keys = {p.key for p in active}
    t.required = len(required)
    t.predicted = len(keys)
    t.tp = len(required & keys)
    wrong = keys - required - neutral
    t.fp = len(wrong)
    t.neutral = len(keys & neutral - required)
    _false_assertions(rec, preds, t, findings)
    _factuality(gold, preds, t)
    _classes(rec, required - keys, wrong, traps, preds, t, findings)
    return t, findings


def _false_assertions(rec: Record, preds: list[Pred], t: Tally, out: list[Finding]) -> None:
    for rel in rec.relations:
        if rel.required or rel.factuality in ("asserted", "reported"):
            continue
        for p in preds:
            if p.factuality != "asserted" or p.key != rel.key or not p.holds(rel):
                continue
            fine = any(
                g.key == rel.key
                and g.status != "trap"
                and g.factuality in ("asserted", "reported")
                and p.holds(g)
                for g in rec.relations
            )
            if not fine:
                t.false_assertions += 1
                out.append(Finding("false assertion", rel, p))
                break


def _factuality(gold: list[Relation], preds: list[Pred], t: Tally) -> None:
    for rel in gold:
        same = [p for p in preds if p.key == rel.key]
        if not same:
            continue
        here = [p for p in same if p.holds(rel)] or same
        got = {p.factuality for p in here}
        t.fact_total += 1
        if rel.factuality in got:
            t.fact_right += 1
        else:
            t.fact_confusion[(str(rel.factuality), sorted(got)[0])] += 1


def _pair_class(g: Key, p: Key) -> str | None:
    if p[0] == g[0] and p[2] == g[2]:
        return "missing target" if p[1] == "" else "wrong target"
    if p[1] == g[1] and p[2] == g[2]:
        return "wrong source"
    if (p[0], p[1]) == (g[1], g[0]) and p[2] == g[2]:
        return "reversed"
    if p[:2] == g[:2]:
        return "wrong root"
    return None


def _classes(
    rec: Record,
    missed: set[Key],
    wrong: set[Key],
    traps: set[Key],
    preds: list[Pred],
    t: Tally,
    out: list[Finding],
) -> None:
    wrong_preds = {k: [p for p in preds if p.key == k and p.factuality != "negated"] for k in wrong}
    left = set(wrong)
    for key in sorted(missed):
        rels = [r for r in rec.relations if r.key == key and r.required]
        rel = rels[0]
        options = []
        for k in sorted(left):
            cls = _pair_class(key, k)
            here = [p for p in wrong_preds[k] if any(p.holds(r) for r in rels)]
            if cls and here:
                options.append((CLASSES.index(cls), k, cls, here[0]))
        if options:
            _, k, cls, pred = min(options)
            left.discard(k)
            t.classes[cls] += 1
            t.class_roots[(cls, key[2])] += 1
            out.append(Finding(cls, rel, pred))
            continue
        negs = [p for p in preds if p.key == key and p.factuality == "negated"]
        cls = "negated" if negs else "missed"
        t.classes[cls] += 1
        t.class_roots[(cls, key[2])] += 1
        out.append(Finding(cls, rel, negs[0] if negs else None))
    for k in sorted(left):
        cls = "trap" if k in traps else "spurious"
        t.classes[cls] += 1
        t.class_roots[(cls, k[2])] += 1
        out.append(Finding(cls, None, wrong_preds[k][0]))
