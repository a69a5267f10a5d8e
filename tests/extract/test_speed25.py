"""The words and tags read once per parse (``_tree``) stay true through the parse repairs: a
repair that changes a tag, part of speech or lemma drops them (``forget``), so a later stage's
word gate or tag look sees the repaired reading, not the parser's."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import _tree
from realpolitik.extract._nlp import repair_parse
from realpolitik.extract._role_repairs import crowd_participle
from realpolitik.extract._tree import sentence_words, tag_hashes, tagged, token_lowers


def _stale(doc: Any) -> list[str]:
    """What of the kept words of ``doc`` differs from a fresh read of the parse."""
    kept = doc.user_data.get(_tree._KEY)
    if kept is None:
        return []
    fresh = _tree._DocWords(doc)
    out = [name for name in ("lemmas", "tags") if getattr(kept, name) != getattr(fresh, name)]
    out += [f"sets {k}" for k, got in kept.sets.items() if got != fresh.read(*k)]
    out += [f"by_tag {k}" for k, got in kept.by_tag.items() if got != fresh.tag_index(*k)]
    return out


def test_a_crowd_verb_made_finite_is_read_as_past_tense(nlp: Any) -> None:
    doc = nlp("Thousands of Greek students protested outside the Nigerian embassy over visas.")
    sent = next(iter(doc.sents))
    assert "protested" not in [doc[i].text for i in tagged(sent, tag_hashes("VBD"))]
    crowd_participle(sent)
    assert doc[4].tag_ == "VBD" and doc[4].dep_ == "ROOT"
    assert [doc[i].text for i in tagged(sent, tag_hashes("VBD"))] == ["protested"]
    assert not _stale(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Greek students protested outside the Nigerian embassy over visas.",
        "Ethiopia has still yet to condemn Brazil.",
        "Athens has still yet to voice anger at Ankara over the drills.",
        "Kenya is set to expel Uganda's envoy, officials said.",
        "Chile insisted that Peru pay compensation for the seized boats.",
    ],
)
def test_the_words_read_before_the_repairs_are_true_after_them(nlp: Any, text: str) -> None:
    doc = nlp(text)
    for sent in doc.sents:
        sentence_words(sent)  # read before the repairs, as the repairs' own gates do
        tagged(sent, tag_hashes("VBD", "VB", "NN"))
        repair_parse(sent)
        assert not _stale(doc), text


def test_token_lowers_is_each_tokens_lowercased_form(nlp: Any) -> None:
    doc = nlp("Ethiopia Has Still YET to condemn Brazil's move.")
    assert token_lowers(doc) == [t.lower_ for t in doc]
