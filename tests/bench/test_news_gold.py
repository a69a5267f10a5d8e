"""The news-gold scorer and the by-eye sampler on tiny hand-built inputs with known numbers.

The predictions are written by hand (no extraction runs), so the numbers below follow from the
scoring rules alone: bench/news_gold.py's docstring states them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"
sys.path.insert(0, str(BENCH))

from gold_corpus import GoldFormatError, read_corpus  # noqa: E402
from split import half_of  # noqa: E402

TEXT_A = (
    "Lithuania condemned Belarus on Monday. Latvia may send troops to Estonia. "
    "Poland and Germany signed a pact."
)
TEXT_B = "Japan hosted Vietnam's president in Tokyo on Tuesday."
GOLD = f"""# tiny fixture
=== t-c
date: 2024-05-01
kind: news

{TEXT_A}
---
LTUGOV BLR 111 asserted "condemned Belarus"
LVA EST 154 possible "may send troops"
POLGOV DEU 057 asserted "Poland and Germany signed"
DEUGOV POL 057 asserted "signed a pact"
! LTU LVA 111 "Lithuania condemned"

=== t-d 2024-05-02
kind: wire
{TEXT_B}
---
JPNGOV VNMGOV 043 asserted "hosted"
opt VNMGOV JPN 042 asserted "Vietnam's president"
"""


def _event(
    doc: str, text: str, sentence: str, src: str, tgt: str | None, code: str, fact: str
) -> str:
    start = text.index(sentence)
    return json.dumps(
        {
            "kind": "event",
            "doc_id": doc,
            "sentence_index": 0,
            "source": {"text": src, "code": src, "country": src[:3]},
            "target": {"text": tgt, "code": tgt, "country": tgt[:3]} if tgt else None,
            "cameo": code,
            "factuality": fact,
            "evidence": {"sentence": sentence, "start": start, "end": start + len(sentence)},
        }
    )


S1, S2, S3 = (
    "Lithuania condemned Belarus on Monday.",
    "Latvia may send troops to Estonia.",
    "Poland and Germany signed a pact.",
)
PREDICTIONS = [
    _event("t-c", TEXT_A, S1, "LTUGOV", "BLR", "111", "asserted"),  # right
    _event("t-c", TEXT_A, S2, "LVA", "EST", "154", "asserted"),  # hedged act asserted
    _event("t-c", TEXT_A, S3, "POLGOV", None, "057", "asserted"),  # target missing
    _event("t-c", TEXT_A, S3, "DEUGOV", "POL", "057", "negated"),  # wrongly negated
    _event("t-c", TEXT_A, S1, "LTU", "LVA", "111", "asserted"),  # the trap
    _event("t-d", TEXT_B, TEXT_B, "VNMGOV", "JPN", "042", "asserted"),  # opt: neutral
    _event("t-d", TEXT_B, TEXT_B, "JPNGOV", "VNMGOV", "043", "asserted"),  # right
    _event("t-d", TEXT_B, TEXT_B, "JPNGOV", "CHN", "111", "asserted"),  # spurious
]


@pytest.fixture
def fixture_files(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "tiny.txt"
    gold.write_text(GOLD, encoding="utf-8")
    preds = tmp_path / "preds.jsonl"
    preds.write_text("\n".join(PREDICTIONS) + "\n", encoding="utf-8")
    return gold, preds


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(BENCH / "news_gold.py"), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def _counts(tally: dict[str, Any]) -> tuple[int, ...]:
    """Required keys, predicted keys, right, wrong and neutral predicted keys."""
    return tuple(tally[k] for k in ("required", "predicted", "tp", "fp", "neutral"))


def test_fixture_halves_are_the_ones_the_numbers_assume() -> None:
    assert (half_of("t-c"), half_of("t-d")) == ("tune", "check")


def test_scorer_computes_known_numbers(fixture_files: tuple[Path, Path]) -> None:
    gold, preds = fixture_files
    out = _run(gold, "--predictions", preds, "--json")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    news = got["news/all"]
    assert _counts(news) == (3, 4, 1, 2, 1)
    assert news["precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert news["recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert news["false_assertions"] == 2  # the hedged troop move and the trap, both asserted
    assert (news["factuality_n"], news["factuality_accuracy"]) == (
        3,
        pytest.approx(1 / 3, abs=1e-4),
    )
    classes = {k: v for k, v in news["classes"].items() if v}
    assert classes == {"missing target": 1, "negated": 1, "trap": 1}
    assert news["class_roots"] == {"missing target/05": 1, "negated/05": 1, "trap/11": 1}
    assert got["news/tune"] == news and "news/check" not in got
    wire = got["wire/check"]
    assert _counts(wire) == (1, 3, 1, 1, 1)
    assert (wire["precision"], wire["recall"], wire["f1"]) == (
        0.5,
        1.0,
        pytest.approx(2 / 3, abs=1e-4),
    )
    assert {k: v for k, v in wire["classes"].items() if v} == {"spurious": 1}
    assert got["news+op-ed/all"]["tp"] == 1 and "op-ed/all" not in got


def test_show_lists_tune_errors_and_refuses_check(fixture_files: tuple[Path, Path]) -> None:
    gold, preds = fixture_files
    out = _run(gold, "--predictions", preds, "--show", "tune")
    assert out.returncode == 0, out.stderr
    assert "== t-c" in out.stdout and "[missing target]" in out.stdout
    assert "== t-d" not in out.stdout  # a check record is never listed
    refused = _run(gold, "--predictions", preds, "--show", "check")
    assert refused.returncode == 2 and "never listed" in refused.stderr


def test_a_bad_anchor_stops_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(GOLD.replace('"signed a pact"', '"signed a treaty"'), encoding="utf-8")
    out = _run(bad, "--predictions", bad)
    assert out.returncode == 1
    assert f"{bad}:11: field 'anchor' 'signed a treaty' does not occur" in out.stderr


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("BLR 111 asserted", "BLR 999 asserted", "'code'"),
        ("BLR 111 asserted", "BLR 111 certain", "'factuality'"),
        ("LTUGOV BLR", "Lithuania BLR", "'source'"),
        ("date: 2024-05-01", "date: 2024-13-01", "'date'"),
    ],
)
def test_bad_fields_are_named(tmp_path: Path, old: str, new: str, field: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(GOLD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(GoldFormatError, match=field):
        read_corpus(bad)


def test_export_writes_extract_and_evaluate_input(
    fixture_files: tuple[Path, Path], tmp_path: Path
) -> None:
    gold, _ = fixture_files
    out = _run(gold, "--export", tmp_path / "out")
    assert out.returncode == 0, out.stderr
    news = [json.loads(x) for x in (tmp_path / "out" / "news.jsonl").read_text().splitlines()]
    assert news[0]["id"] == "t-c" and news[0]["text"] == TEXT_A and news[0]["date"] == "2024-05-01"
    assert news[0]["tuples"] == [
        ["LTUGOV", "BLR", "111"],
        ["POLGOV", "DEU", "057"],
        ["DEUGOV", "POL", "057"],
    ]


def test_committed_corpus_reads_and_has_the_planned_size() -> None:
    news = read_corpus(BENCH / "gold" / "news.txt")
    wire = read_corpus(BENCH / "gold" / "wire.txt")
    kinds = [r.kind for r in news]
    assert kinds.count("news") >= 40 and kinds.count("oped") == 3
    assert len(wire) == 150 and {r.kind for r in wire} == {"wire"}
    assert sum(1 for r in news for g in r.relations if g.required) >= 150
    assert sum(1 for r in wire for g in r.relations if g.required) >= 200
    halves = {half_of(r.id) for r in news + wire}
    assert halves == {"tune", "check"}


def test_eye_sample_scores_a_filled_review(tmp_path: Path) -> None:
    header = "n\tdoc_id\tok_event\tok_source\tok_target\tok_root\tok_factuality\tnote\n"
    rows = [
        "1\ta\ty\ty\ty\ty\ty\t",
        "2\ta\ty\ty\tn\ty\ty\twrong target",
        "3\tb\tn\t-\t-\t-\t-\tno such act",
        "4\tb\ty\ty\ty\tn\tn\t",
        "5\tc\t\t\t\t\t\tnot reviewed",
    ]
    tsv = tmp_path / "review.tsv"
    tsv.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(BENCH / "eye_sample.py"), "--score", str(tsv)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "reviewed 4 of 5 events; fully right 1 (25.0%)" in out.stdout
    for line in ("no such act: 1", "wrong target: 1", "wrong root: 1", "wrong factuality: 1"):
        assert line in out.stdout


def test_eye_sample_draw_is_fixed_by_the_seed() -> None:
    from eye_sample import draw

    events = [{"i": i} for i in range(100)]
    first = draw(events, 10, seed=9)
    assert first == draw(events, 10, seed=9)
    assert first != draw(events, 10, seed=10)
    assert [e["i"] for e in first] == sorted(e["i"] for e in first)
    assert len(draw(events[:4], 10, seed=9)) == 4


def test_eye_sample_reads_one_half_of_a_gold_file(fixture_files: tuple[Path, Path]) -> None:
    from eye_sample import read_documents

    gold, _ = fixture_files
    assert [d.doc_id for d in read_documents([], [str(gold)])] == ["t-c", "t-d"]
    tune = read_documents([], [str(gold)], "tune")
    assert [(d.doc_id, d.date, d.text) for d in tune] == [("t-c", "2024-05-01", TEXT_A)]
    assert [d.doc_id for d in read_documents([], [str(gold)], "check")] == ["t-d"]


def test_a_held_out_file_is_its_own_corpus_never_halved_or_listed(
    fixture_files: tuple[Path, Path], tmp_path: Path
) -> None:
    _, preds = fixture_files
    fresh = tmp_path / "fresh.txt"  # the held-out file's name, whatever its records' halves
    fresh.write_text(GOLD, encoding="utf-8")
    out = _run(fresh, "--predictions", preds, "--json")
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert set(got) == {"fresh/all", "fresh/news", "fresh/wire"}
    assert got["fresh/all"]["tp"] == 2 and got["fresh/news"]["tp"] == 1
    assert got["fresh/wire"]["tp"] == 1
    shown = _run(fresh, "--predictions", preds, "--show", "tune")
    assert shown.returncode == 0 and "== t-c" not in shown.stdout  # its tune-hash record too
    assert "fresh: held out" in _run(fresh, "--predictions", preds).stdout


def test_eye_sample_reads_a_held_out_file_whole(tmp_path: Path) -> None:
    from eye_sample import read_documents

    fresh = tmp_path / "fresh.txt"
    fresh.write_text(GOLD, encoding="utf-8")
    assert [d.doc_id for d in read_documents([], [str(fresh)], "tune")] == ["t-c", "t-d"]


def test_committed_held_out_corpus_reads() -> None:
    fresh = read_corpus(BENCH / "gold" / "fresh.txt")
    kinds = [r.kind for r in fresh]
    assert kinds.count("news") >= 25 and kinds.count("wire") >= 80
    assert all(r.id.startswith("f-") for r in fresh)
    assert sum(1 for r in fresh for g in r.relations if g.required) >= 200
