"""lexicon62's rows and scene helper, each on a minimal sentence: consumer boycotts and terrorist
designations (163), halted trade talks (164), remittances (no aid), "no plans to follow suit" (no
intent), a works plan toward a state (no intent), and a dated participle misparsed as a finite verb
(``_dated_participles``)."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik import extract_text
from realpolitik.extract import load_nlp
from realpolitik.extract._dated_participles import dated_participle


def _events(text: str) -> set[tuple[str, str, str, str]]:
    out = set()
    for e in extract_text(text, date="2025-05-01").events:
        d = e.to_dict()
        src = d["source"]["country"] if d["source"] else ""
        tgt = d["target"]["country"] if d["target"] else ""
        out.add((src or "", tgt or "", e.cameo, e.factuality))
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia pulled Georgian wine from its shelves.", ("RUS", "GEO", "163", "asserted")),
        (
            "Chilean retailers took Peruvian goods off the shelves.",
            ("CHL", "PER", "163", "asserted"),
        ),
        (
            "Canada designated Iran's Revolutionary Guard a terrorist organisation.",
            ("CAN", "IRN", "163", "asserted"),
        ),
        ("India broke off trade talks with Britain.", ("IND", "GBR", "164", "asserted")),
        ("Brazil suspended trade negotiations with Mexico.", ("BRA", "MEX", "164", "asserted")),
        ("Britain ended trade negotiations with Canada.", ("GBR", "CAN", "164", "asserted")),
        ("Russia annexed four Ukrainian regions.", ("RUS", "UKR", "192", "asserted")),
    ],
)
def test_lexicon62_rows(text: str, want: tuple[str, str, str, str]) -> None:
    assert want in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Guatemalan migrants in Mexico sent home record remittances to Guatemala.",
        "Nepali workers in Qatar sent 2 billion dollars in remittances to Nepal.",
        "Kenya announced a plan to build a railway to Uganda.",
        "An aid worker shot in Kabul in 2017 died.",
        "China and Laos ended two days of talks in Vientiane.",
    ],
)
def test_lexicon62_no_event(text: str) -> None:
    assert not {
        e
        for e in _events(text)
        if e[3] == "asserted" and e[2][:2] in ("07", "17", "03", "19", "16")
    }


def test_no_plans_to_follow_suit() -> None:
    evs = _events(
        "Britain expelled two Russian diplomats. France said it had no plans to follow suit."
    )
    assert not any(e[0] == "FRA" and e[2].startswith("03") for e in evs)


def _token(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


def test_misread_dated_participle() -> None:
    nlp = load_nlp()
    doc = nlp("A French aid worker shot in Bamako in 2019 was buried on Monday.")
    assert dated_participle(_token(doc, "shot"))
    doc = nlp("Russia annexed Crimea in 2014, officials said.")
    assert not dated_participle(_token(doc, "annexed"))  # (a clause with its object)
