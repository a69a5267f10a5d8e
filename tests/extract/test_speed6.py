"""Speed work of the sixth round that must not change behaviour: the per-parse caches of the
rule stages are dropped when a parse repair changes what they read, the quick scans find what
the slow ones found, and a sentence's text cut from the parse's is its Span.text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from realpolitik.extract import _claim_numbers, dates
from realpolitik.extract._contrast import contrast_phrases
from realpolitik.extract._nlp import repair_parse
from realpolitik.extract._tree import forget, sentence_facts, sentence_lemmas, sentence_text


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        ("Unlike Qatar, South Africa imposed sanctions on Israel.", ["Unlike", "Qatar"]),
        ("Like Japan, Canada sent aid to Haiti.", ["Like", "Japan"]),
        ("Brazil, unlike Chile and Peru, recalled its envoy.", ["unlike", "Chile", "and", "Peru"]),
    ],
)
def test_contrast_phrases_are_read_once_and_again_after_a_repair_changes_tags(
    nlp: Any, text: str, compared: list[str]
) -> None:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    got = contrast_phrases(sent)
    assert [doc[i].text for i in sorted(got)] == compared
    assert contrast_phrases(sent) is got  # kept: the second stage to ask reads no token
    marker = doc[min(got)]
    marker.tag_, marker.pos_ = "VB", "VERB"  # what a repair's new reading could say ("would like")
    assert contrast_phrases(sent) is got  # (no repair has said so yet)
    forget(doc)  # the repair that changes tags drops what was read of the parse
    assert contrast_phrases(sent) == frozenset()


def test_the_inverted_condition_repair_drops_the_kept_sentence_facts(nlp: Any) -> None:
    doc = nlp("Should Mexico fire rockets into China, prices would rise.")
    sent = next(iter(doc.sents))
    sentence_facts(doc, "probe")[sent.start, sent.end] = frozenset({1})
    repair_parse(sent)
    assert doc[2].pos_ == "VERB" and doc[2].dep_ == "advcl"  # the clause read again
    assert sentence_facts(doc, "probe") == {}
    assert sentence_lemmas(sent) == [t.lemma_.lower() for t in sent]


_EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
_READINGS = [
    "Germany sent $1.2 billion (US$1.2bn, €1 bn, £900m, USD 3 million) in aid; RMB 4bn to Laos.",
    "Exports rose 12 percent, 3.5% and 40 per cent; imports fell by a third of the total.",
    "Half of Chad's debt, two-thirds of Iran's oil exports and one quarter, in 2020, were sold.",
    "Dozens of drones, hundreds of thousands of troops and tens of millions of dollars in loans.",
    "Russia sent 11,000 North Korean troops, Three Hundred tanks and FIFTY jets to the front.",
    "Trade between 2015 and 2019, from 2010-14, over the past five years, since 2016, in the "
    "last ten years up to 2020, during the three years to 2021, last year and this year.",
    "The previous year, the current year, The Past Year; Since 2001 and BETWEEN 1999 and 2003.",
    "No numbers here: Kenya urged Chad to talk, said officials in Nairobi on Monday.",
    "Unicode: \u0663\u0660 percent, \u017fince 2016 (a long s), \u212aenya's 5 \u212ailometres, "
    "\u0130n the past two years, x2016-2019, abc1999 and Ünited 12 tanks.",
    "Mid-word: US$5, X$7, ABCUSD 9 million, re-export 20 percent, pre2010 to 2012, fro 2001.",
]


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str | None, tuple]]:
    return [(m.start(), m.end(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("scan", "readings"),
    [
        (_claim_numbers.QUANTITY, _claim_numbers._QUANTITY_READINGS),
        (dates._PERIODS, dates._PERIOD_READINGS),
    ],
)
def test_a_first_character_look_finds_what_the_readings_alone_find(
    scan: re.Pattern[str], readings: str
) -> None:
    plain = re.compile(readings)
    texts = [*_READINGS, *(p.read_text(encoding="utf-8") for p in sorted(_EXAMPLES.rglob("*.txt")))]
    found = 0
    for text in texts:
        got = _matches(scan, text)
        assert got == _matches(plain, text), text[:80]
        found += len(got)
    assert found >= 20  # (the texts hold readings of every kind, not only misses)


def test_sentence_text_is_the_span_text_of_every_sentence(nlp: Any) -> None:
    doc = nlp(
        "Iran  fired missiles at Israel on Monday.\nThe U.S. said it would respond , "
        "officials said.   Japan sent $2 billion in aid to Ukraine in 2023 .  "
    )
    sents = list(doc.sents)
    assert len(sents) >= 3
    assert [sentence_text(s) for s in sents] == [s.text for s in sents]
    assert sentence_text(doc[4:7]) == doc[4:7].text == "at Israel on"  # (a span inside one)
