"""The scorer behind `realpolitik evaluate`, without extraction: tuple counts and the scores
they give, per-class counts, confusions between a missed and an extra tuple of one dyad, gold
files read with their line numbers, and the code schemes a gold file may use."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.extract.evaluate import LevelScore, PentaScore, code_scheme, country, read_gold


def test_counts_scores_and_confusions() -> None:
    score = LevelScore("country_root")
    score.add(
        {("RUS", "UKR", "19"), ("CHN", "USA", "04")}, {("RUS", "UKR", "19"), ("CHN", "USA", "05")}
    )
    score.add({("PRK", "KOR", "13")}, set())
    score.add(set(), {("IRN", "ISR", "17")})
    assert (score.tp, score.fp, score.fn, score.records) == (1, 2, 2, 3)
    assert score.precision == pytest.approx(1 / 3) and score.recall == pytest.approx(1 / 3)
    assert score.f1 == pytest.approx(1 / 3)
    assert score.per_class == {"19": [1, 0, 0], "05": [0, 1, 0], "04": [0, 0, 1],
                               "13": [0, 0, 1], "17": [0, 1, 0]}  # fmt: skip
    assert score.confusions == {("04", "05"): 1, ("13", "(none)"): 1, ("(none)", "17"): 1}


def test_nothing_scored_is_zero_not_an_error() -> None:
    empty = LevelScore("full")
    assert (empty.precision, empty.recall, empty.f1) == (0.0, 0.0, 0.0)
    assert PentaScore().accuracy == 0.0
    assert PentaScore(correct=3, total=4).accuracy == 0.75


@pytest.mark.parametrize(
    ("code", "scheme"),
    [("190", "CAMEO"), ("0874", "CAMEO"), ("ASSAULT", "PLOVER"), ("consult", "PLOVER"),
     (3, "PENTA"), ("4", "PENTA"), ("", "PLOVER")],
)  # fmt: skip
def test_code_schemes(code: object, scheme: str) -> None:
    assert code_scheme(code) == scheme


def test_the_country_of_an_actor_code() -> None:
    assert [country(c) for c in ("RUSGOV", "prk", "IGOUNO", "---REB", None, "")] == [
        "RUS", "PRK", "IGO", "---", "", "",
    ]  # fmt: skip


def test_gold_records_with_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [
        {"id": "a", "text": "Russia shelled Ukraine.", "date": "20240105",
         "tuples": [["RUS", "UKR", "190"], [["CHN", "USA"], "USA", "042"], ["X"]]},
        {"text": "No id here.", "date": "2024-01-05T10:00:00"},
        {"id": 7, "text": "Short date.", "date": "2024"},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in rows[:1]) + "\n\n"
                    + "\n".join(json.dumps(r) for r in rows[1:]) + "\n", encoding="utf-8")  # fmt: skip
    gold = list(read_gold(path))
    assert [(g.line, g.id, g.date) for g in gold] == [
        (1, "a", "2024-01-05"), (3, "3", "2024-01-05"), (4, "7", None),
    ]  # fmt: skip
    assert gold[0].tuples == [("RUS", "UKR", "190"), ("CHN", "USA", "042")]  # short ones dropped
    assert gold[1].tuples == []


@pytest.mark.parametrize(
    ("content", "code", "where"),
    [
        ('{"id": 1, "text": "ok"}\n{not json\n', "E241", ":2"),
        ('["a list"]\n', "E241", ":1"),
        ('{"id": 1, "text": 5}\n', "E205", ":1"),
    ],
)
def test_bad_gold_lines_name_the_line(tmp_path: Path, content: str, code: str, where: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RealpolitikError) as err:
        list(read_gold(path))
    assert err.value.code == code and f"bad.jsonl{where}" in str(err.value)


def test_an_unreadable_gold_file_is_e240(tmp_path: Path) -> None:
    with pytest.raises(RealpolitikError) as err:
        list(read_gold(tmp_path / "missing.jsonl"))
    assert err.value.code == "E240"
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes('{"text": "Côte"}\n'.encode("latin-1"))
    with pytest.raises(RealpolitikError) as bad:
        list(read_gold(latin))
    assert bad.value.code == "E240"
