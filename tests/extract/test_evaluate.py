"""evaluate(): tuple matching per level, penta accuracy, the CLI and bad gold files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_inprocess import run_cli

from realpolitik.actors import ActorRegistry
from realpolitik.errors import RealpolitikError
from realpolitik.extract.evaluate import evaluate, format_report


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


CAMEO_GOLD = [
    {"id": "a", "text": "Russia attacked Ukraine.", "date": "20240101",
     "tuples": [["RUSMIL", "UKR", "190"]]},
    {"id": "b", "text": "Japan praised Vietnam.", "date": "2024-01-01",
     "tuples": [["JPN", "VNM", "051"]]},
    {"id": "c", "text": "The weather in Oslo was fine.", "tuples": []},
    {"id": "d", "text": "Peru criticized Chile.", "tuples": [["PER", "CHL", "901"]]},
]  # fmt: skip


def test_country_root_counts(tmp_path: Path, registry: ActorRegistry, nlp: Any) -> None:
    gold = _write(tmp_path / "g.jsonl", CAMEO_GOLD)
    rep = evaluate(gold, level="all", registry=registry, nlp=nlp)
    assert rep.scheme == "CAMEO" and rep.records == 4
    cr = rep.levels["country_root"]
    assert (cr.tp, cr.fn) == (2, 0)
    assert cr.fp == 1  # Peru->Chile is predicted; the gold code 901 is not CAMEO and skipped
    assert rep.skipped_codes == 1
    full = rep.levels["full"]
    assert full.tp == 1  # RUSMIL is not RUS at the full level; JPN VNM 051 matches exactly
    assert rep.levels["root_only"].per_class["19"][0] == 1
    assert cr.f1 == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    text = format_report(rep)
    assert "country_root" in text and "by CAMEO root" in text


def test_plover_gold_levels(tmp_path: Path, registry: ActorRegistry, nlp: Any) -> None:
    gold = _write(
        tmp_path / "p.jsonl",
        [
            {"id": "1", "text": "Egypt and Jordan signed a treaty.",
             "tuples": [["EGY", "JOR", "SUPPORT"], ["JOR", "EGY", "SUPPORT"]]},
            {"id": "2", "text": "Iran threatened to attack Israel.",
             "tuples": [["IRN", "ISR", "ACCUSE"]]},
        ],
    )  # fmt: skip
    rep = evaluate(gold, level="all", registry=registry, nlp=nlp)
    assert rep.scheme == "PLOVER"
    assert set(rep.levels) == {"full", "country_plover", "plover_only"}
    cp = rep.levels["country_plover"]
    assert (cp.tp, cp.fp, cp.fn) == (2, 1, 1)
    assert cp.confusions[("ACCUSE", "THREATEN")] == 1


def test_penta_accuracy(tmp_path: Path, registry: ActorRegistry, nlp: Any) -> None:
    gold = _write(
        tmp_path / "five.jsonl",
        [
            {"id": "1", "text": "Troops shelled the town.", "tuples": [["", "", 4]]},
            {"id": "2", "text": "The minister spoke about the weather.", "tuples": [["", "", 0]]},
            {"id": "3", "text": "Chile praised Peru.", "tuples": [["", "", 3]]},
        ],
    )
    rep = evaluate(gold, level="penta", registry=registry, nlp=nlp)
    assert rep.penta is not None
    assert (rep.penta.correct, rep.penta.total) == (2, 3)
    assert rep.penta.matrix[(3, 1)] == 1
    assert "penta accuracy: 0.667" in format_report(rep)


def test_bad_gold_files(tmp_path: Path, registry: ActorRegistry) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "x", "tuples": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(RealpolitikError, match=r"bad.jsonl:2: gold line is not a JSON object"):
        evaluate(bad, level="all", registry=registry)
    notext = _write(tmp_path / "nt.jsonl", [{"id": "1", "tuples": []}])
    with pytest.raises(RealpolitikError, match=r"nt.jsonl:1: gold record has no 'text'"):
        evaluate(notext, level="all", registry=registry)
    with pytest.raises(RealpolitikError, match="Unknown evaluation level 'nope'"):
        evaluate(notext, level="nope", registry=registry)


def test_cli_evaluate_with_actors_file(tmp_path: Path) -> None:
    gold = _write(
        tmp_path / "g.jsonl",
        [{"id": "1", "text": "Arnor accused Gondor of spying.", "tuples": [["ARN", "GON", "112"]]}],
    )
    actors = tmp_path / "actors.tsv"
    actors.write_text("Arnor\tARN\nGondor\tGON\n", encoding="utf-8")
    cmd = ["evaluate", str(gold), "--level", "country_root", "--actors", str(actors)]
    out = run_cli(*cmd)  # in this process (cli_inprocess): the command, not its start
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stdout.splitlines() if x.startswith("country_root"))
    assert line.split()[1:4] == ["1.000", "1.000", "1.000"]
    without = run_cli(*cmd[:-2])
    line = next(x for x in without.stdout.splitlines() if x.startswith("country_root"))
    assert line.split()[3] == "0.000"
