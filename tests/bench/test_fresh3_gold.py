"""The third held-out gold file (bench/gold/fresh3.txt): it reads, it is its own corpus, and its
records are counted (scores, --why-missed steps) but never listed.

No extraction runs here: predictions and fates are written by hand, in-process.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_helpers import BENCH, one_record_gold, span  # first: puts bench/ on the import path

# isort: split
import news_gold  # noqa: E402
from gold_corpus import read_corpus  # noqa: E402
from split import half_of  # noqa: E402

from realpolitik.extract._fates import Fate  # noqa: E402

TEXT = "Ghana recalled its envoy from Togo. Benin and Niger signed a border pact."
GOLD = one_record_gold("t-b", "2025-03-04", TEXT, [
    'GHAGOV TGO 161 asserted "recalled its envoy"',
    'BENGOV NER 057 asserted "Benin and Niger signed"',
    'NERGOV BEN 057 asserted "signed a border pact"',
])  # fmt: skip


def _pred(src: str, tgt: str, code: str, sentence: str) -> news_gold.Pred:
    start, end = span(TEXT, sentence)
    return news_gold.Pred(
        key=(src[:3], tgt[:3], code[:2]),
        factuality="asserted",
        start=start,
        end=end,
        sentence=sentence,
        cameo=code,
        source=src,
        target=tgt,
        trigger="",
    )


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    assert half_of("t-b") == "tune"  # a tune-hash id: --show would list it were it not held out
    path = tmp_path / "fresh3.txt"
    path.write_text(GOLD, encoding="utf-8")
    return path


def test_committed_fresh3_reads_with_unique_anchors() -> None:
    recs = read_corpus(BENCH / "gold" / "fresh3.txt")
    assert len(recs) >= 18 and all(r.id.startswith("f3-") for r in recs)
    assert [r.kind for r in recs].count("oped") >= 2
    assert sum(1 for r in recs for g in r.relations if g.required) >= 50
    assert [
        (r.id, g.anchor) for r in recs for g in r.relations if r.text.count(g.anchor) != 1
    ] == []


def test_fresh3_is_a_default_held_out_corpus(
    gold: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert BENCH / "gold" / "fresh3.txt" in news_gold.DEFAULT_GOLD
    records = read_corpus(gold)
    assert news_gold.held_out(records[0]) and news_gold.corpus_of(records[0]) == "fresh3"
    first, second = TEXT.split(". ")
    preds = {
        "t-b": [_pred("GHAGOV", "TGO", "161", first + "."), _pred("BENGOV", "NER", "057", second)]
    }
    tallies, findings = news_gold.score(records, preds)
    assert set(tallies) == {("fresh3", "all"), ("fresh3", "news")}
    assert (tallies[("fresh3", "all")].required, tallies[("fresh3", "all")].tp) == (3, 2)
    assert [f.cls for f in findings["t-b"]] == ["missed"]
    news_gold.print_report(tallies)
    news_gold.show(records, findings, "tune")
    out = capsys.readouterr().out
    assert "fresh3: held out" in out and "t-b" not in out


def test_why_missed_counts_fresh3_whole_and_never_lists_it(
    gold: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    records = read_corpus(gold)
    start = TEXT.index("Benin")
    fates = {
        "t-b": [Fate(start, len(TEXT), TEXT.index("signed"), "signed", "057", "no parties", ())]
    }
    first = TEXT.split(". ")[0] + "."
    news_gold._why_missed(records, {"t-b": [_pred("GHAGOV", "TGO", "161", first)]}, fates, "tune")
    out = capsys.readouterr().out
    header = next(line for line in out.splitlines() if line.startswith("step"))
    assert header.split() == ["step", "fresh3/all"]  # no tune/check columns for a held-out file
    assert "no parties                         2" in out  # both directions of the pact, counted
    assert "t-b" not in out and "signed a border pact" not in out
