"""Score extraction against gold sentences: precision, recall and F1 per level, and confusions.

Gold is JSON Lines, one record per sentence (or short text): ``{"id", "text", "date"?,
"tuples": [[source, target, code], ...]}``. Codes are CAMEO strings ("057"), PLOVER type names
("AGREE") or five-class integers (0-4); a file's scheme is the kind most of its codes have.

Matching (micro-averaged over all records):

- each record is extracted as one document (its date as the document date); the prediction is
  the set of its events that are not negated (a negated event says the act did not happen);
- gold and predicted tuples are projected to the level and compared as SETS per record:
  ``tp`` = size of the intersection, ``fp`` = predicted only, ``fn`` = gold only; precision,
  recall and F1 are computed from the totals over all records;
- levels: ``full`` (source code, target code, code as the gold gives it: CAMEO code or PLOVER
  type), ``country_root`` (first three characters of each actor code — the country, ``IGO`` or
  ``---`` — and the two-digit CAMEO root), ``country_plover`` (same actors, PLOVER type; CAMEO
  gold is mapped through the ontology), ``root_only`` / ``plover_only`` (the set of roots /
  types per record, no actors), ``penta`` (five-class sentence accuracy);
- a missing target is ``""`` on both sides; gold tuples with no source (code-only gold) count
  only for the ``*_only`` levels; gold CAMEO codes that are not in the ontology (the PETRARCH2
  validation set's test codes such as ``901``) are left out and counted as ``skipped``;
- penta: the predicted label of a record is the five-class label of its most salient trigger,
  with or without actors: the one nearest the sentence root, then one with actors, then the
  more conflictual class; a negated cooperative trigger ("refused to sign") counts as verbal
  conflict (3), a negated conflictual one as a statement (0); a record with no trigger is
  labelled 0 (statement). Gold with several labels takes its first.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.extract._extract import TriggerHit, default_registry, run_document
from realpolitik.extract._lexicon import Lexicon
from realpolitik.extract._nlp import load_nlp
from realpolitik.models import Document, Event
from realpolitik.ontology import cameo, is_cameo, penta_of

if TYPE_CHECKING:
    from realpolitik.actors import ActorRegistry
    from realpolitik.extract.seams import Pipeline

LEVELS = ("full", "country_root", "country_plover", "root_only", "plover_only", "penta")
_BY_SCHEME = {
    "CAMEO": ("full", "country_root", "country_plover", "root_only", "plover_only"),
    "PLOVER": ("full", "country_plover", "plover_only"),
    "PENTA": ("penta",),
}
Tuple3 = tuple[str, str, str]


@dataclass
class LevelScore:
    """Tuple matching totals of one level, with per-class counts and confusions."""

    level: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    records: int = 0
    skipped: int = 0
    per_class: dict[str, list[int]] = field(default_factory=dict)  # label -> [tp, fp, fn]
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, gold: set[Tuple3], pred: set[Tuple3]) -> None:
        self.records += 1
        hit = gold & pred
        self.tp += len(hit)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)
        for t in hit:
            self._cls(t[2])[0] += 1
        for t in pred - gold:
            self._cls(t[2])[1] += 1
        for t in gold - pred:
            self._cls(t[2])[2] += 1
        missed = sorted(gold - pred)
        extra = sorted(pred - gold)
        for g in missed:
            same = [p for p in extra if p[:2] == g[:2]]
            if same:
                extra.remove(same[0])
                self.confusions[(g[2], same[0][2])] += 1
            else:
                self.confusions[(g[2], "(none)")] += 1
        for p in extra:
            self.confusions[("(none)", p[2])] += 1

    def _cls(self, label: str) -> list[int]:
        return self.per_class.setdefault(label, [0, 0, 0])


@dataclass
class PentaScore:
    correct: int = 0
    total: int = 0
    matrix: Counter[tuple[int, int]] = field(default_factory=Counter)  # (gold, predicted)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0


@dataclass
class EvalReport:
    path: str
    scheme: str
    records: int
    levels: dict[str, LevelScore]
    penta: PentaScore | None
    skipped_codes: int = 0


@dataclass(frozen=True)
class GoldRecord:
    line: int
    id: str
    text: str
    date: str | None
    tuples: list[tuple[str | None, str, Any]]


def _norm_date(value: Any) -> str | None:
    if not value:
        return None
    s = str(value).strip()
    if len(s) == 8 and s.isdigit():
        return f"{s[:4]}-{s[4:6]}-{s[6:]}"
    return s[:10] if len(s) >= 10 else None


def _actor(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return str(value[0]) if value else ""
    return str(value)


def read_gold(path: str | Path) -> Iterator[GoldRecord]:
    """Records of a gold file in the normalized format."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RealpolitikError(Errors.E240, path=path, reason=exc) from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise RealpolitikError(Errors.E241, path=path, line=n, reason=exc.msg) from None
        if not isinstance(rec, dict):
            raise RealpolitikError(Errors.E241, path=path, line=n, reason="not an object")
        text = rec.get("text")
        if not isinstance(text, str):
            raise RealpolitikError(Errors.E205, path=path, line=n)
        tuples = []
        for t in rec.get("tuples") or []:
            if isinstance(t, list) and len(t) >= 3:
                tuples.append((_actor(t[0]), _actor(t[1]) or "", t[2]))
        yield GoldRecord(n, str(rec.get("id", n)), text, _norm_date(rec.get("date")), tuples)


def code_scheme(code: object) -> str:
    if isinstance(code, int) or (isinstance(code, str) and code.isdigit() and len(code) == 1):
        return "PENTA"
    if isinstance(code, str) and code[:1].isdigit():
        return "CAMEO"
    return "PLOVER"


def country(code: str | None) -> str:
    """Country part of a CAMEO actor code: ISO3, ``IGO``, ``---`` (first three characters)."""
    return (code or "")[:3].upper()


def _project(level: str, src: str, tgt: str, label: str) -> Tuple3:
    if level == "full":
        return (src, tgt, label)
    if level in ("country_root", "country_plover"):
        return (country(src), country(tgt), label)
    return ("", "", label)


def _gold_label(level: str, scheme: str, code: Any) -> str | None:
    if scheme == "PLOVER":
        name = str(code).upper()
        return name if level in ("full", "country_plover", "plover_only") else None
    code = str(code)
    if not is_cameo(code):
        return None
    c = cameo(code)
    if level == "full":
        return c.code
    if level in ("country_root", "root_only"):
        return c.root
    return c.plover


def _pred_label(level: str, scheme: str, e: Event) -> str | None:
    if level == "full" and scheme == "CAMEO":
        return e.cameo
    if level in ("country_root", "root_only"):
        return cameo(e.cameo).root
    return e.plover


def _hit_class(h: TriggerHit) -> int:
    """Five-class label of one trigger; a negated cooperative act reads as a refusal (3)."""
    p = penta_of(h.code)
    if h.factuality == "negated":
        return 3 if p in (1, 2) else 0
    return p


def _penta_label(hits: list[TriggerHit]) -> int:
    if not hits:
        return 0
    best = min(hits, key=lambda h: (h.depth, not h.has_event, -_hit_class(h)))
    return _hit_class(best)


def _scheme_of(records: list[GoldRecord]) -> str:
    kinds = Counter(code_scheme(t[2]) for r in records for t in r.tuples)
    return kinds.most_common(1)[0][0] if kinds else "CAMEO"


def evaluate(
    gold_path: str | Path,
    *,
    level: str = "all",
    registry: ActorRegistry | None = None,
    nlp: Pipeline | None = None,
    lexicon: Lexicon | None = None,
) -> EvalReport:
    """Extract every gold record and score it at ``level`` (or every level that applies).

    ``lexicon`` (``load_lexicon``: built-in plus user trigger files) defaults to the built-in.
    """
    if level != "all" and level not in LEVELS:
        raise RealpolitikError(Errors.E206, level=level, choices=", ".join((*LEVELS, "all")))
    records = list(read_gold(gold_path))
    scheme = _scheme_of(records)
    applicable = _BY_SCHEME[scheme]
    wanted = applicable if level == "all" else tuple(x for x in (level,) if x in applicable)
    reg = registry if registry is not None else default_registry()
    nlp = nlp if nlp is not None else load_nlp()
    scores = {lv: LevelScore(lv) for lv in wanted if lv != "penta"}
    penta = PentaScore() if "penta" in wanted else None
    skipped = 0
    for rec in records:
        doc = Document(rec.id, rec.text, str(gold_path), date=rec.date)
        extraction, hits = run_document(doc, reg, None, nlp, lexicon)
        events = [e for e in extraction.events if e.factuality != "negated"]
        skipped += sum(1 for t in rec.tuples if scheme == "CAMEO" and not is_cameo(str(t[2])))
        for lv, score in scores.items():
            gold = _gold_set(lv, scheme, rec.tuples)
            if gold is None:
                continue
            pred = set(_pred_set(lv, scheme, events))
            score.add(gold, pred)
        if penta is not None and rec.tuples:
            g = int(rec.tuples[0][2])
            p = _penta_label(hits)
            penta.total += 1
            penta.correct += int(g == p)
            penta.matrix[(g, p)] += 1
    for score in scores.values():
        score.skipped = skipped
    return EvalReport(str(gold_path), scheme, len(records), scores, penta, skipped)


def _gold_set(
    level: str, scheme: str, tuples: list[tuple[str | None, str, Any]]
) -> set[Tuple3] | None:
    """Projected gold tuples, or None when the record cannot be scored at this level."""
    out: set[Tuple3] = set()
    for src, tgt, code in tuples:
        if src is None and level not in ("root_only", "plover_only"):
            return None
        label = _gold_label(level, scheme, code)
        if label is None:
            continue
        out.add(_project(level, src or "", tgt, label))
    return out


def _pred_set(level: str, scheme: str, events: Iterable[Event]) -> Iterator[Tuple3]:
    for e in events:
        label = _pred_label(level, scheme, e)
        if label is None:
            continue
        tgt = e.target.code if e.target else ""
        yield _project(level, e.source.code, tgt, label)


def format_report(report: EvalReport, top: int = 12) -> str:
    """The report as plain text: one line per level, per-class table and top confusions."""
    lines = [f"gold: {report.path} ({report.records} records, {report.scheme} codes)"]
    if report.skipped_codes:
        lines.append(f"skipped gold tuples with codes outside CAMEO: {report.skipped_codes}")
    if report.levels:
        lines.append(f"{'level':<16}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
        for s in report.levels.values():
            lines.append(
                f"{s.level:<16}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}"
                f"{s.tp:>6}{s.fp:>6}{s.fn:>6}"
            )
    for name in ("country_root", "country_plover", "plover_only", "root_only"):
        found = report.levels.get(name)
        if found is None:
            continue
        lines.append("")
        kind = "CAMEO root" if "root" in name else "PLOVER type"
        lines.append(f"by {kind} ({name}):")
        lines.append(f"  {'class':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>5}{'fp':>5}{'fn':>5}")
        for label, (tp, fp, fn) in sorted(found.per_class.items()):
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            lines.append(f"  {label:<12}{p:>7.3f}{r:>7.3f}{f:>7.3f}{tp:>5}{fp:>5}{fn:>5}")
        conf = [(k, v) for k, v in found.confusions.most_common() if k[0] != k[1]][:top]
        if conf:
            lines.append("  top confusions (gold -> predicted):")
            lines += [f"    {g} -> {p}: {n}" for (g, p), n in conf]
        break
    if report.penta is not None:
        pen = report.penta
        lines.append(f"penta accuracy: {pen.accuracy:.3f} ({pen.correct}/{pen.total})")
        lines.append("  gold\\pred" + "".join(f"{k:>6}" for k in range(5)))
        for g in range(5):
            row = "".join(f"{pen.matrix.get((g, p), 0):>6}" for p in range(5))
            lines.append(f"  {g:<9}{row}")
    return "\n".join(lines)
