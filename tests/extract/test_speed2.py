"""Speed work on the rule stages that must not change behaviour: the heap settled once per
process (``batched.settle_heap``), each sentence's words read once (``_tree``)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any

import pytest

from realpolitik.extract._tree import has_any, sentence_forms, sentence_words
from realpolitik.extract.claims import _numbers_in

pytestmark = pytest.mark.slow

_SCRIPT = textwrap.dedent(
    """
    import gc
    from realpolitik.extract.parallel import extract_many
    from realpolitik.models import Document

    docs = [Document("a", "Russia attacked Ukraine on Monday.", "t", date="2024-06-20")]
    before = gc.get_freeze_count()
    first = list(extract_many(docs, workers=1))
    frozen = gc.get_freeze_count()
    garbage = [[i] for i in range(50_000)]  # new objects after the first extraction
    second = list(extract_many(docs, workers=1))
    print(before, frozen, gc.get_freeze_count(), len(first[0].events), len(second[0].events))
    """
)


def test_the_first_extraction_freezes_the_loaded_heap_once() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True
    ).stdout.split()
    before, frozen, after, first, second = map(int, out)
    assert before == 0
    assert frozen > 100_000  # the pipeline, registry and lexicon: long-lived objects
    assert after <= frozen  # nothing new is frozen (the 50,000 lists stay collectable)
    assert first == second == 1


def test_sentence_words_are_the_forms_and_lemmas_of_each_sentence(nlp: Any) -> None:
    doc = nlp(
        "Officials said Russia's forces were attacking Kharkiv. According to Kyiv, the Ukrainian"
        " Army had repelled them! The U.S.-made HIMARS systems, Britain said, must be sent."
    )
    sents = list(doc.sents)
    assert len(sents) == 3
    for sent in sents:
        walked = {w for t in sent for w in (t.lower_, t.lemma_.lower())}
        assert sentence_words(sent) == walked
        assert sentence_words(sent) is sentence_words(sent)  # read once
        assert sentence_forms(sent) == {t.lower_ for t in sent}
    assert "attack" in sentence_words(sents[0]) and "attacking" in sentence_words(sents[0])
    assert "russia" in sentence_words(sents[0]) and "Russia" not in sentence_words(sents[0])
    assert has_any(sents[1], frozenset({"according", "per"}))
    assert not has_any(sents[0], frozenset({"according", "per"}))
    assert has_any(sents[2], frozenset({"must"})) and not has_any(sents[1], frozenset({"must"}))


def test_numbers_in_a_sentence_are_the_tokens_like_numbers(nlp: Any) -> None:
    doc = nlp(
        "Three million barrels went to Japan. Talks went on. Half of it came from Oman."
        " The first ship left at dawn."
    )
    sents = list(doc.sents)
    assert len(sents) == 4
    for sent in sents:
        assert _numbers_in(sent) == any(t.like_num for t in sent)
    assert _numbers_in(sents[0]) and not _numbers_in(sents[1])
