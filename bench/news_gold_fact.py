"""Factuality confusions for news_gold.py, per half, and the tune half's factuality errors listed.

A confusion summed over every corpus mixes what may be debugged (tune) with what may not (check,
held-out files): a fix is judged on the check half, so the counts are printed per half. The
listing (``--show tune``) names, for each tune relation whose key was extracted with another
factuality, the gold line and the prediction, as the scorer pairs them.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from gold_corpus import Record, Relation

# The rows of the per-half print: tuned corpora by half, held-out files as one row.
TUNED = ("news", "op-ed", "wire")


class _Pred(Protocol):
    key: tuple[str, str, str]
    factuality: str
    sentence: str

    def holds(self, rel: Relation) -> bool: ...


class _Tally(Protocol):
    fact_confusion: Counter[tuple[str, str]]


def confusion_lines(
    tallies: Mapping[tuple[str, str], _Tally], held_out: Iterable[str]
) -> list[str]:
    """One line per half (tune, check) and one for the held-out files together."""
    rows: dict[str, Counter[tuple[str, str]]] = {"tune": Counter(), "check": Counter()}
    rows["held-out"] = Counter()
    for (corpus, half), t in tallies.items():
        if corpus in TUNED and half in ("tune", "check"):
            rows[half].update(t.fact_confusion)
        elif corpus in held_out and half == "all":
            rows["held-out"].update(t.fact_confusion)
    out = []
    for name, conf in rows.items():
        shown = ", ".join(f"{g}->{p} {n}" for (g, p), n in conf.most_common()) or "none"
        out.append(f"  {name:<9} ({sum(conf.values())}): {shown}")
    return out


def show(
    records: Iterable[Record],
    preds: Mapping[str, list[_Pred]],
    *,
    listed: Callable[[Record], bool],
) -> None:
    """Print the factuality errors of the records ``listed`` says may be read (tune only)."""
    for rec in records:
        if not listed(rec):
            continue
        lines = []
        for rel in rec.relations:
            if rel.status != "gold":
                continue
            same = [p for p in preds.get(rec.id, []) if p.key == rel.key]
            here = [p for p in same if p.holds(rel)] or same
            got = sorted({p.factuality for p in here})
            if here and rel.factuality not in got:
                lines.append(
                    f"  {rel.factuality}->{got[0]}: {rel.source}->{rel.target} {rel.code} "
                    f'"{rel.anchor}" (line {rel.line})\n    in: {here[0].sentence.strip()}'
                )
        if lines:
            print(f"\n== factuality {rec.id}")
            print("\n".join(lines))
