"""The event classifier's runtime half: features of a parsed clause, the weights reader, scoring."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from realpolitik.extract.event_classifier import (
    Head,
    anchor_features,
    classifier,
    parse_weights,
    sentence_features,
)

TOY = [
    "# a comment",
    "toy\t@classes\tA\tB",
    "toy\t@bias\t0\t0.5",
    "toy\th=attack\t3\t-1",
    "toy\tw=talk\t-2\t2",
]


def test_reader_reads_classes_bias_and_weights() -> None:
    head = parse_weights(TOY)["toy"]
    assert head.classes == ("A", "B")
    assert head.bias == (0.0, 0.5)
    assert head.weights["h=attack"] == (3.0, -1.0)


def test_reader_names_the_line_of_a_short_row() -> None:
    with pytest.raises(ValueError, match="line 3"):
        parse_weights(["toy\t@classes\tA\tB", "toy\t@bias\t0\t0", "toy\th=x\t1"])


def test_scores_sum_the_weights_of_each_feature_once() -> None:
    head = parse_weights(TOY)["toy"]
    assert head.predict(["h=attack"])[0] == "A"
    assert head.predict(["w=talk"])[0] == "B"
    assert head.predict([])[0] == "B"  # the bias alone
    once = head.probabilities(["h=attack"])
    assert head.probabilities(["h=attack", "h=attack"]) == once
    assert sum(once.values()) == pytest.approx(1.0)
    assert once["A"] == pytest.approx(1 / (1 + pow(2.718281828459045, -3.5)), rel=1e-6)


def test_a_weights_file_is_read_into_its_heads(tmp_path: Path) -> None:
    path = tmp_path / "weights.tsv"
    path.write_text("\n".join(TOY) + "\n", encoding="utf-8")
    heads = classifier(path)
    assert set(heads) == {"toy"}
    assert heads["toy"].predict(["h=attack"])[0] == "A"


def test_unknown_features_change_nothing() -> None:
    head = Head(("A", "B"), (0.0, 0.0), {})
    assert head.probabilities(["h=anything"]) == {"A": 0.5, "B": 0.5}


def test_features_of_a_clause_head(nlp: Any) -> None:
    sent = next(nlp("Ruritania did not send the aid to Freedonia.").sents)
    verb = sent.root
    feats = anchor_features(verb)
    assert "h=send" in feats
    assert "ho=send_aid" in feats
    assert "hpo=send_to_freedonia" in feats
    assert "neg" in feats


def test_sentence_features_mark_a_reported_clause_and_leave_names_out(nlp: Any) -> None:
    sent = next(nlp("Officials said that Ruritania may expel the diplomats.").sents)
    feats = sentence_features(sent)
    assert "h=say" in feats
    assert "c:h=expel" in feats
    assert "c:md=may" in feats
    assert "w=diplomat" in feats
    assert not any(f.endswith("=ruritania") for f in feats)
