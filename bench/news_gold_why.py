"""Why each missed gold key was lost: the pipeline step where it stopped (news_gold --why-missed).

Each record is extracted once more with the fates of its triggers recorded
(``realpolitik.extract._fates``): kept as an event, or dropped by a named gate. A required key
that was not predicted gets one step, looked up in the sentences of its gold relations, from
the earliest loss to the latest:

- ``no trigger``: the sentence has no trigger at all;
- ``no trigger for the act``: triggers, but none of the key's CAMEO root, none at the anchor
  and no event between the two states (a lexicon gap, or an act named only by its object);
- ``other root at anchor``: the anchor word is a trigger, read as another root, with other
  parties;
- a gate, for a trigger of the key's root (or at the anchor) that stopped there: ``folded``,
  ``object of another act``, ``non-event:RULE``, ``no parties``, ``old-act reference``,
  ``background`` (an event with the key itself, dropped, counts first);
- ``negated``: the event with the key was extracted as negated (the scorer skips those);
- ``wrong root``: an event between the two states with another root;
- ``missing target`` / ``wrong target`` / ``wrong source`` / ``reversed`` / ``wrong parties``:
  an event of the key's root whose parties differ.

Counts are printed per corpus and half (the check half too: counts only, never a record); the
held-out corpus is not broken down. ``--show tune`` lists the tune records' steps.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gold_corpus import Record, Relation
from split import HALVES, half_of

if TYPE_CHECKING:
    from realpolitik.extract._fates import Fate

Key = tuple[str, str, str]

NO_TRIGGER = "no trigger"
NO_ACT = "no trigger for the act"
OTHER_ROOT = "other root at anchor"
NEGATED = "negated"
WRONG_ROOT = "wrong root"
PARTY_STEPS = ("missing target", "wrong target", "wrong source", "reversed", "wrong parties")
# gates by how far the trigger got (the latest first): the step named when several stopped
GATE_ORDER = (
    "background",
    "old-act reference",
    "no parties",
    "non-event",
    "object of another act",
    "folded",
)
STEPS = (
    NO_TRIGGER,
    NO_ACT,
    OTHER_ROOT,
    *reversed(GATE_ORDER),
    NEGATED,
    WRONG_ROOT,
    *PARTY_STEPS,
)


@dataclass(frozen=True)
class Loss:
    """One missed required key and the step where it was lost (``detail``: the trigger)."""

    key: Key
    step: str
    relation: Relation
    detail: str = ""


def short(key: tuple[str, str, str]) -> Key:
    """A fate's (source, target, code) as the scorer compares it."""
    return (key[0][:3], key[1][:3], key[2][:2])


def _gate_rank(gate: str) -> int:
    base = gate.split(":", 1)[0]
    return GATE_ORDER.index(base) if base in GATE_ORDER else len(GATE_ORDER)


def _party_step(want: Key, got: Key) -> str:
    if got[0] == want[0]:
        return "missing target" if got[1] == "" else "wrong target"
    if got[1] == want[1]:
        return "wrong source"
    if (got[0], got[1]) == (want[1], want[0]):
        return "reversed"
    return "wrong parties"


def step_of(key: Key, rels: list[Relation], fates: list[Fate]) -> tuple[str, str]:
    """The step at which ``key`` was lost, and the trigger it concerns ("" for none)."""
    here = [f for f in fates if any(f.start <= r.offset < f.end for r in rels)]
    if not here:
        return NO_TRIGGER, ""
    root = key[2]
    gated = [f for f in here if f.gate != "kept"]
    with_key = [f for f in gated if any(short(k) == key for k in f.keys)]
    if with_key:
        f = min(with_key, key=lambda f: _gate_rank(f.gate))
        return f.gate, f.trigger
    kept = [(short(k), f) for f in here if f.gate == "kept" for k in f.keys]
    for got, f in kept:
        if got == key:
            return NEGATED, f.trigger
    same_root = [(PARTY_STEPS.index(_party_step(key, g)), g, f) for g, f in kept if g[2] == root]
    if same_root:
        rank, _, f = min(same_root, key=lambda x: (x[0], x[2].char))
        return PARTY_STEPS[rank], f.trigger
    anchors = [(r.offset, r.offset + len(r.anchor)) for r in rels]

    def at_anchor(f: Fate) -> bool:
        return any(a <= f.char < b for a, b in anchors)

    stopped = [f for f in gated if f.code[:2] == root or at_anchor(f)]
    if stopped:
        f = min(stopped, key=lambda f: (_gate_rank(f.gate), not at_anchor(f)))
        return f.gate, f.trigger
    dyad = [f for f in here for k in f.keys if short(k)[:2] == key[:2]]
    if dyad:
        return WRONG_ROOT, f"{dyad[0].trigger}:{dyad[0].code[:2]}"
    other = [f for f in here if at_anchor(f)]
    if other:
        return OTHER_ROOT, f"{other[0].trigger}:{other[0].code[:2]}"
    return NO_ACT, ""


def losses(rec: Record, predicted: set[Key], fates: list[Fate]) -> list[Loss]:
    """One :class:`Loss` per required key of ``rec`` not in ``predicted`` (non-negated keys)."""
    out = []
    required = sorted({r.key for r in rec.relations if r.required} - predicted)
    for key in required:
        rels = [r for r in rec.relations if r.required and r.key == key]
        step, trigger = step_of(key, rels, fates)
        out.append(Loss(key, step, rels[0], trigger))
    return out


def tally(
    records: list[Record],
    predicted: dict[str, set[Key]],
    fates: dict[str, list[Fate]],
    *,
    corpus_of: dict[str, str],
    whole: tuple[str, ...] = (),
) -> tuple[dict[tuple[str, str], Counter[str]], dict[str, list[Loss]]]:
    """Step counts by (corpus, half) with half "all", and the losses by record id. Records
    whose corpus is not in ``corpus_of`` are skipped; corpora in ``whole`` (the held-out
    files) are counted in "all" only, never split into halves."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    by_record: dict[str, list[Loss]] = {}
    for rec in records:
        corpus = corpus_of.get(rec.id)
        if corpus is None:
            continue
        lost = losses(rec, predicted.get(rec.id, set()), fates.get(rec.id, []))
        by_record[rec.id] = lost
        for half in ("all",) if corpus in whole else ("all", half_of(rec.id)):
            counts.setdefault((corpus, half), Counter()).update(loss.step for loss in lost)
    return counts, by_record


CORPUS_CHARS = 7  # a column head keeps this much of the corpus name ("fresh10", 11 with "/all")


def table(counts: dict[tuple[str, str], Counter[str]]) -> str:
    """The count table: a row per step (gates with their rule), a column per corpus and half."""
    order = ("news", "op-ed", "wire")  # then the held-out files, by name
    corpora = sorted(
        {c for c, _ in counts},
        key=lambda c: (c not in order, order.index(c) if c in order else 0, c),
    )
    cols = [(c, h) for c in corpora for h in ("all", *HALVES) if (c, h) in counts]
    seen = {s for cnt in counts.values() for s in cnt}
    rows = [s for s in STEPS if s in seen]
    rows += sorted(s for s in seen if s not in STEPS)  # "non-event:RULE"
    rows.sort(key=lambda s: STEPS.index(s.split(":", 1)[0]))
    lines = ["why the missed required keys were lost (step: count)"]
    heads = [f"{c[:CORPUS_CHARS]}/{h[:5]}" for c, h in cols]
    lines.append(f"{'step':<24}" + "".join(f"{head:>12}" for head in heads))
    for s in rows:
        lines.append(f"{s:<24}" + "".join(f"{counts[k].get(s, 0):>12}" for k in cols))
    lines.append(f"{'(missed keys)':<24}" + "".join(f"{sum(counts[k].values()):>12}" for k in cols))
    return "\n".join(lines)


def root_table(records: list[Record], by_record: dict[str, list[Loss]]) -> str:
    """Per step and half, the CAMEO roots of the lost keys (``gold>got`` where another root was
    read): counts only, as the scores are, so the check half may be printed."""
    roots: dict[tuple[str, str], Counter[str]] = {}
    for rec in records:
        for loss in by_record.get(rec.id, []):
            got = loss.detail.rsplit(":", 1)[1] if ":" in loss.detail else ""
            root = f"{loss.key[2]}>{got}" if got else loss.key[2]
            roots.setdefault((loss.step, half_of(rec.id)), Counter())[root] += 1
    lines = ["CAMEO roots of the lost keys by step (gold>read where another root was read)"]
    for (step, half), cnt in sorted(
        roots.items(), key=lambda x: (STEPS.index(x[0][0].split(":")[0]), x[0][1])
    ):
        shown = ", ".join(f"{r}:{n}" for r, n in sorted(cnt.items(), key=lambda x: (-x[1], x[0])))
        lines.append(f"  {step:<24} {half:<5} {shown}")
    return "\n".join(lines)


def show(records: list[Record], by_record: dict[str, list[Loss]], half: str) -> None:
    """The steps of one half's records (only ever the tune half), with the gold relation."""
    for rec in records:
        lost = by_record.get(rec.id)
        if not lost or half_of(rec.id) != half:
            continue
        print(f"\n== {rec.id} ({rec.kind}) why missed")
        for loss in lost:
            r = loss.relation
            trig = f" [{loss.detail}]" if loss.detail else ""
            print(f'  [{loss.step}]{trig} {r.source}->{r.target} {r.code} "{r.anchor}"')


def extract_traced(
    records: list[Record], *, triggers: list[str]
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, list[Fate]]]:
    """Each record's events (as `realpolitik extract` writes them) and its triggers' fates,
    from one traced run per record (the same stages as the batched run)."""
    from realpolitik.extract import load_lexicon, load_nlp
    from realpolitik.extract._fates import trace_fates
    from realpolitik.models import Document

    lexicon = load_lexicon(triggers) if triggers else None
    nlp = load_nlp()
    events: dict[str, list[dict[str, Any]]] = {}
    fates: dict[str, list[Fate]] = {}
    for r in records:
        doc = Document(doc_id=r.id, text=r.text, source=f"{r.path}#{r.id}", date=r.date)
        ex, fates[r.id] = trace_fates(doc, nlp=nlp, lexicon=lexicon)
        events[r.id] = [e.to_dict() for e in ex.events]
    return events, fates
