"""Reading and writing for news_gold.py: `realpolitik extract` output in, the corpus out."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from gold_corpus import GoldFormatError, Record

P = TypeVar("P")


def read_predictions(path: Path, pred_of: Callable[[dict[str, Any]], P]) -> dict[str, list[P]]:
    """Events of a `realpolitik extract` JSON Lines file, by doc_id, as ``pred_of`` reads them."""
    out: dict[str, list[P]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(f"{path}:{n}: not JSON ({exc.msg})") from None
        if rec.get("kind", "event") == "event":
            try:
                out.setdefault(str(rec["doc_id"]), []).append(pred_of(rec))
            except (KeyError, TypeError) as exc:
                raise GoldFormatError(f"{path}:{n}: event record lacks field {exc}") from None
    return out


def export(records: list[Record], out_dir: Path, corpus_of: Callable[[Record], str]) -> list[Path]:
    """Write the corpus as JSON Lines: texts for `realpolitik extract`, gold for `evaluate`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for corpus in sorted({corpus_of(r) for r in records}):
        path = out_dir / f"{corpus}.jsonl"
        rows = []
        for r in records:
            if corpus_of(r) != corpus:
                continue
            tuples = [[g.source, g.target, g.code] for g in r.relations if g.required]
            rows.append(json.dumps({"id": r.id, "date": r.date, "text": r.text, "tuples": tuples}))
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
