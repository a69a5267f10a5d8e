"""Speed work of the eighth round that must not change behaviour: the clause repairs look for
their lemma or fine tag in the columns read once per parse (``_tree``) instead of walking every
token, and still repair the sentences they were written for."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import _claim_numbers, _noun_clause_repairs
from realpolitik.extract import _clause_repairs as repairs
from realpolitik.extract._tree import forget, tag_hashes, tagged

_SENTENCES = [
    "Seoul released detained Argentine sailors on Friday, officials said.",
    "The Afghan prime minister pressed lawmakers to approve aid.",
    "Abdelaziz Bouteflika was brokering talks between Russia and the rebels.",
    "Italy rejected a ceasefire deal with Brazil. Warplanes struck Tajik targets.",
]


@pytest.mark.parametrize("text", _SENTENCES)
@pytest.mark.parametrize("tags", [("VBD",), ("NN", "NNS"), ("VBN", "VBD", "VBG"), ("XX",)])
@pytest.mark.parametrize("stop", [0, 2])
def test_tagged_finds_what_a_walk_over_the_tokens_finds(
    nlp: Any, text: str, tags: tuple[str, ...], stop: int
) -> None:
    doc = nlp(text)
    for sent in doc.sents:
        walk = [t.i for t in sent[: len(sent) - stop] if t.tag_ in tags]
        assert tagged(sent, tag_hashes(*tags), stop) == walk


def test_tagged_reads_a_changed_tag_after_the_repair_forgets_the_parse(nlp: Any) -> None:
    doc = nlp("The Afghan prime minister pressed lawmakers to approve aid.")
    sent = next(iter(doc.sents))
    past = tagged(sent, tag_hashes("VBD"))
    assert [doc[i].text for i in past] == ["pressed"]
    doc[1].tag_ = "VBD"  # what a repair's new reading could say
    assert tagged(sent, tag_hashes("VBD")) == past  # (read once: no repair has said so yet)
    forget(doc)  # the repair that changes a tag drops what was read of the parse
    assert [doc[i].text for i in tagged(sent, tag_hashes("VBD"))] == ["Afghan", "pressed"]


def _tree(doc: Any) -> list[tuple[int, str]]:
    return [(t.head.i, t.dep_) for t in doc]


@pytest.mark.parametrize(
    ("repair", "text", "word", "reading"),
    [
        (repairs.trailing_relative, "Moscow went ahead with the pipeline, a plan Caracas has "
         "repeatedly rejected.", "went", (1, "ROOT")),
        (repairs.progressive_copula, "Abdelaziz Bouteflika was brokering talks between Russia "
         "and the rebels.", "brokering", (3, "ROOT")),
        (repairs.finite_modifier, "The Afghan prime minister pressed lawmakers to approve aid.",
         "pressed", (4, "ROOT")),
        (repairs.finite_modifier, "The Ethiopian foreign ministry extradited suspects to Israel.",
         "suspects", (4, "dobj")),
        (repairs.participle_adjective, "Morocco released detained Kenyan sailors on Friday.",
         "detained", (4, "amod")),
    ],
)  # fmt: skip
def test_the_gated_repairs_still_repair_their_sentences(
    nlp: Any, repair: Any, text: str, word: str, reading: tuple[int, str]
) -> None:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    tok = next(t for t in doc if t.text == word)
    assert (tok.head.i, tok.dep_) != reading  # the parser's misreading
    repair(sent)
    assert (tok.head.i, tok.dep_) == reading


@pytest.mark.parametrize(
    "repair",
    [
        repairs.progressive_copula,
        repairs.trailing_reporter,
        repairs.finite_modifier,
        repairs.participle_adjective,
        _noun_clause_repairs.noun_clause,
    ],
)
def test_a_sentence_without_the_repairs_word_or_tag_is_left_as_parsed(
    nlp: Any, repair: Any
) -> None:
    doc = nlp("Tokyo and Seoul will hold talks on trade next month.")  # no "be", saying, VBD
    sent = next(iter(doc.sents))
    before = _tree(doc)
    repair(sent)
    assert _tree(doc) == before


def _scanned(text: str) -> list[_claim_numbers.Quantity]:
    """What :func:`find_quantities` finds without its look for the words a quantity needs."""
    found = (_claim_numbers._parse(m, text) for m in _claim_numbers.QUANTITY.finditer(text))
    return [q for q in found if q is not None]


_QUANTITY_TEXTS = [
    "Germany sent $1.2 billion (US$1.2bn, €1 bn, £900m, USD 3 million) in aid; RMB 4bn to Laos.",
    "Exports rose 12 percent, 3.5% and 40 per cent; imports fell by a third of the total.",
    "Dozens of drones, hundreds of thousands of troops and tens of millions of dollars in loans.",
    "Russia sent 11,000 North Korean troops, Three Hundred tanks and FIFTY jets to the front.",
    "Chad holds 40 percent of Niger's debt.",
    "Peru sent 300 soldiers and 12 armoured vehicles to Bolivia in 2021.",
    "Kenya bought 4 artillery pieces, $3 billion in weapons and 2 UAVs.",
    "Japan's TIV 450 in 2020; a third of Laos's imports; 70 percent of its exports.",
    "IRAN SENT 20 DRONES; Brazil Aid Of $5 Million; FDI of 12% of the total.",
    "In 2019 and on 4 May 2023, 12 officials met in Geneva, said 3 ministers.",
    "Unicode: 40 soldiers, 5 \u212aRW, 30 percent of the trade \u0130n 2021.",
]


@pytest.mark.parametrize("text", _QUANTITY_TEXTS)
def test_find_quantities_finds_what_the_scan_alone_finds(text: str) -> None:
    assert _claim_numbers.find_quantities(text) == _scanned(text)


def test_a_text_without_a_measure_word_or_count_noun_is_not_scanned() -> None:
    assert not _claim_numbers._may_hold_quantity("In 2019 and on 4 May 2023, 12 officials met.")
    assert _claim_numbers._may_hold_quantity("Chad holds 40 percent of Niger's debt.")
    assert _claim_numbers._may_hold_quantity("In 2019, 12 \u017fhips met.")  # (outside ASCII)
    for noun in _claim_numbers.COUNT_NOUNS:  # every count noun opens the scan
        assert _claim_numbers.find_quantities(f"Chad sent 12 {noun} to Mali.")
