"""The fate of each trigger (``_fates``): kept, or dropped by a named gate, on real parses.

``bench/news_gold.py --why-missed`` counts missed gold keys by these gates; the recording must
name the gate that really dropped a trigger and must not change what is extracted.
"""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.extract import extract_document
from realpolitik.extract._fates import Fate, trace_fates
from realpolitik.models import Document

STATES = [
    ("Lithuania", "Belarus", "LTU", "BLR", "Russian", "Ukraine", "RUS", "UKR"),
    ("Chile", "Peru", "CHL", "PER", "Turkish", "Syria", "TUR", "SYR"),
    ("Japan", "China", "JPN", "CHN", "Israeli", "Lebanon", "ISR", "LBN"),
]


def _fates(text: str, nlp: Any, registry: ActorRegistry) -> tuple[list[Fate], list[Any]]:
    doc = Document("t", text, "test", date="2024-06-20")
    ex, fates = trace_fates(doc, registry=registry, nlp=nlp)
    plain = extract_document(doc, registry, None, nlp)
    assert [e.to_dict() for e in ex.events] == [e.to_dict() for e in plain.events]
    return fates, ex.events


def _short(f: Fate) -> set[tuple[str, str, str]]:
    return {(s[:3], t[:3], c[:2]) for s, t, c in f.keys}


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b", "ca", "cb", "dem", "c", "cd", "cc"), STATES)
def test_background_act_is_recorded_with_its_parties(
    a: str, b: str, ca: str, cb: str, dem: str, c: str, cd: str, cc: str, nlp: Any, registry: Any
) -> None:
    text = f"{a} condemned {b} on Monday after {dem} troops attacked {c}."
    fates, events = _fates(text, nlp, registry)
    by_word = {f.trigger: f for f in fates}
    assert by_word["condemned"].gate == "kept"
    assert (ca, cb, "11") in _short(by_word["condemned"])
    assert by_word["attacked"].gate == "background"
    assert (cd, cc, "19") in _short(by_word["attacked"])
    assert all(e.cameo[:2] != "19" for e in events)  # dropped, as the gate says
    assert text[by_word["attacked"].char :].startswith("attacked")


@pytest.mark.slow
@pytest.mark.parametrize(("a", "b", "ca", "cb"), [s[:4] for s in STATES])
def test_object_and_no_party_gates(
    a: str, b: str, ca: str, cb: str, nlp: Any, registry: Any
) -> None:
    fates, _ = _fates(
        f"{a} signed a treaty with {b}. Analysts said the talks were useful.", nlp, registry
    )
    by_word = {f.trigger: f for f in fates}
    assert by_word["treaty"].gate == "object of another act"
    assert by_word["signed"].gate == "kept" and (ca, cb, "05") in _short(by_word["signed"])
    assert by_word["talks"].gate == "no parties" and by_word["talks"].keys == ()
    first, second = by_word["signed"], by_word["talks"]
    assert first.end <= second.start  # each fate carries its own sentence's span


def test_an_ordinary_run_records_nothing(nlp: Any, registry: Any) -> None:
    from realpolitik.extract._extract import _Run

    run = _Run(Document("t", "Chile condemned Peru.", "test", date="2024-06-20"), registry, None)
    run.run(nlp)
    assert run.fates is None and len(run.events) == 1
