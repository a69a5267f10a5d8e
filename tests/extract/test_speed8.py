"""Speed work of the eighth round that must not change behaviour: the clause repairs look for
their lemma or fine tag in the columns read once per parse (``_tree``) instead of walking every
token, and still repair the sentences they were written for."""

from __future__ import annotations

from typing import Any

import pytest

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
        repairs.noun_clause,
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
