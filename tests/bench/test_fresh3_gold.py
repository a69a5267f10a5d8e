"""The third to thirty-first held-out gold files (bench/gold/fresh3.txt ... fresh31.txt): each reads, each
is its own corpus, and their records are counted (scores, --why-missed steps) but never listed.

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


# (file stem, record id prefix)
HELD_OUT = [
    ("fresh3", "f3-"),
    ("fresh4", "f4-"),
    ("fresh5", "f5-"),
    ("fresh6", "f6-"),
    ("fresh7", "f7-"),
    ("fresh8", "f8-"),
    ("fresh9", "f9-"),
    ("fresh10", "f10-"),
    ("fresh11", "f11-"),
    ("fresh12", "f12-"),
    ("fresh13", "f13-"),
    ("fresh14", "f14-"),
    ("fresh15", "f15-"),
    ("fresh16", "f16-"),
    ("fresh17", "f17-"),
    ("fresh18", "f18-"),
    ("fresh19", "f19-"),
    ("fresh20", "f20-"),
    ("fresh21", "f21-"),
    ("fresh22", "f22-"),
    ("fresh23", "f23-"),
    ("fresh24", "f24-"),
    ("fresh25", "f25-"),
    ("fresh26", "f26-"),
    ("fresh27", "f27-"),
    ("fresh28", "f28-"),
    ("fresh29", "f29-"),
    ("fresh30", "f30-"),
    ("fresh31", "f31-"),
]


@pytest.fixture(params=[stem for stem, _ in HELD_OUT])
def stem(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def gold(tmp_path: Path, stem: str) -> Path:
    assert half_of("t-b") == "tune"  # a tune-hash id: --show would list it were it not held out
    path = tmp_path / f"{stem}.txt"
    path.write_text(GOLD, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "prefix"), HELD_OUT)
def test_committed_held_out_file_reads_with_unique_anchors(name: str, prefix: str) -> None:
    recs = read_corpus(BENCH / "gold" / f"{name}.txt")
    assert len(recs) >= 18 and all(r.id.startswith(prefix) for r in recs)
    assert [r.kind for r in recs].count("oped") >= 2
    assert sum(1 for r in recs for g in r.relations if g.required) >= 50
    assert [
        (r.id, g.anchor) for r in recs for g in r.relations if r.text.count(g.anchor) != 1
    ] == []


def test_held_out_file_is_a_default_held_out_corpus(
    gold: Path, stem: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert BENCH / "gold" / f"{stem}.txt" in news_gold.DEFAULT_GOLD
    records = read_corpus(gold)
    assert news_gold.held_out(records[0]) and news_gold.corpus_of(records[0]) == stem
    first, second = TEXT.split(". ")
    preds = {
        "t-b": [_pred("GHAGOV", "TGO", "161", first + "."), _pred("BENGOV", "NER", "057", second)]
    }
    tallies, findings = news_gold.score(records, preds)
    assert set(tallies) == {(stem, "all"), (stem, "news")}
    assert (tallies[(stem, "all")].required, tallies[(stem, "all")].tp) == (3, 2)
    assert [f.cls for f in findings["t-b"]] == ["missed"]
    news_gold.print_report(tallies)
    news_gold.show(records, findings, "tune")
    out = capsys.readouterr().out
    assert f"{stem}: held out" in out and "t-b" not in out


def test_why_missed_counts_held_out_file_whole_and_never_lists_it(
    gold: Path, stem: str, capsys: pytest.CaptureFixture[str]
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
    assert header.split() == ["step", f"{stem}/all"]  # no tune/check columns for a held-out file
    assert "no parties                         2" in out  # both directions of the pact, counted
    assert "t-b" not in out and "signed a border pact" not in out
