"""The claims corpus: each sentence parses into the expected claim and gets its verdict.

The corpus (``claims_corpus.jsonl``, written by the project) crosses every claim kind with
near misses, reversed pairs, wrong years, missing layers, a product subset, an unresolved actor
and ambiguous rankings, against the fixture datasets of ``check_fixtures``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from realpolitik.claimcheck import check_document
from realpolitik.models import Document
from realpolitik.store import Store

CORPUS = [
    json.loads(line)
    for line in (Path(__file__).parent / "claims_corpus.jsonl").read_text().splitlines()
    if line.strip()
]


def test_corpus_is_large_and_covers_every_outcome() -> None:
    assert len(CORPUS) >= 40
    verdicts = {r["expect"]["verdict"].split(":")[0] for r in CORPUS}
    assert verdicts == {"supported", "contradicted", "unverifiable"}
    reasons = {
        r["expect"]["verdict"].split(":")[1] for r in CORPUS if ":" in r["expect"]["verdict"]
    }
    assert reasons == {
        "no_dataset", "not_loaded", "out_of_coverage", "actor_unresolved", "partial_coverage",
        "ambiguous",
    }  # fmt: skip


@pytest.mark.parametrize("record", CORPUS, ids=[r["id"] for r in CORPUS])
def test_claim(record: dict[str, Any], stores: dict[str, Store], nlp: Any) -> None:
    exp = record["expect"]
    doc = Document(record["id"], record["text"], record["id"], date=record["date"])
    checks = check_document(doc, stores[record["store"]], nlp=nlp)
    match = [c for c in checks if c.claim.measure == exp["measure"]]
    assert len(match) == 1, [c.claim.measure for c in checks]
    check = match[0]
    claim = check.claim
    assert (claim.subject.code if claim.subject else None) == exp["subject"]
    assert (claim.object.code if claim.object else None) == exp["object"]
    assert (list(claim.period) if claim.period else None) == exp["period"]
    verdict = check.verdict + (f":{check.reason_code}" if check.verdict == "unverifiable" else "")
    assert verdict == exp["verdict"], check.finding
    if check.verdict != "unverifiable":
        assert check.finding.computed is not None and check.finding.query
        assert check.finding.source and check.finding.dataset
