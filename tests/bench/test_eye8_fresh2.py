"""The second held-out gold file (bench/gold/fresh2.txt): its own corpus, never halved or listed.

No extraction runs here: the scorer reads a hand-written prediction file, so the numbers follow
from bench/news_gold.py's rules alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from gold_helpers import BENCH, ROOT, one_record_gold, span  # first: puts bench/ on the import path

# isort: split
from gold_corpus import read_corpus  # noqa: E402
from split import half_of  # noqa: E402

TEXT = "Chile recalled its ambassador from Peru. Uruguay and Paraguay signed a water pact."
GOLD = one_record_gold("t-b", "2025-02-03", TEXT, [
    'CHLGOV PER 161 asserted "recalled its ambassador"',
    'URYGOV PRY 057 asserted "Uruguay and Paraguay signed"',
    'PRYGOV URY 057 asserted "signed a water pact"',
])  # fmt: skip


def _pred(src: str, tgt: str, code: str, sentence: str) -> str:
    start, end = span(TEXT, sentence)
    return json.dumps(
        {
            "kind": "event",
            "doc_id": "t-b",
            "sentence_index": 0,
            "source": {"text": src, "code": src},
            "target": {"text": tgt, "code": tgt},
            "cameo": code,
            "factuality": "asserted",
            "evidence": {"sentence": sentence, "start": start, "end": end},
        }
    )


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH / "news_gold.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_fresh2_is_scored_as_its_own_held_out_corpus(tmp_path: Path) -> None:
    assert (
        half_of("t-b") == "tune"
    )  # a tune-hash record, which --show would list were it not held out
    gold = tmp_path / "fresh2.txt"
    gold.write_text(GOLD, encoding="utf-8")
    preds = tmp_path / "p.jsonl"
    first, second = TEXT.split(". ")
    preds.write_text(
        _pred("CHLGOV", "PER", "161", first + ".") + "\n" + _pred("URYGOV", "PRY", "057", second),
        encoding="utf-8",
    )
    out = _run(gold, "--predictions", preds, "--json")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert set(got) == {"fresh2/all", "fresh2/news"}
    assert (got["fresh2/all"]["required"], got["fresh2/all"]["tp"]) == (3, 2)
    shown = _run(gold, "--predictions", preds, "--show", "tune")
    assert shown.returncode == 0 and "t-b" not in shown.stdout
    assert "fresh2: held out" in shown.stdout


def test_eye_sample_reads_fresh2_whole(tmp_path: Path) -> None:
    from eye_sample import read_documents

    gold = tmp_path / "fresh2.txt"
    gold.write_text(GOLD.replace("=== t-b", "=== t-a"), encoding="utf-8")
    assert half_of("t-a") == "check"
    assert [d.doc_id for d in read_documents([], [str(gold)], "tune")] == ["t-a"]


def test_committed_fresh2_reads() -> None:
    recs = read_corpus(BENCH / "gold" / "fresh2.txt")
    assert len(recs) >= 16 and all(r.id.startswith("f2-") for r in recs)
    assert [r.kind for r in recs].count("oped") >= 2
    assert sum(1 for r in recs for g in r.relations if g.required) >= 60
