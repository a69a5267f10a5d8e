"""Speed work of the fifth round that must not change behaviour: the word columns lowercased
once per parse answer what a walk over the tokens answers, for every token of real parses."""

from __future__ import annotations

from typing import Any

from realpolitik.actors import ActorRegistry
from realpolitik.extract._lexicon import lexicon
from realpolitik.extract._mentions import DocActors, registry_mentions
from realpolitik.extract._tree import (
    any_form,
    doc_forms,
    sentence_forms,
    sentence_lemmas,
    sentence_lowers,
    sentence_words,
    token_starts,
    tokens_with_form,
    tokens_with_lemma,
)

_TEXT = (
    "Russia attacked Ukraine on Monday, Ukrainian officials said. "
    "France and Germany imposed sanctions on Iran after talks with Poland in Warsaw. "
    "The two countries condemned the attack, and it said its troops would respond. "
    "President Macron met visiting Japanese Prime Minister Kishida in Paris; they signed a deal."
)
_WORDS = frozenset({"attack", "say", "the", "sanction", "its", "they", "in", "meet", "visiting"})


def _walked_words(sent: Any) -> set[str]:
    return {t.lower_ for t in sent} | {t.lemma_.lower() for t in sent}


def test_word_columns_answer_what_a_token_walk_answers(nlp: Any) -> None:
    doc = nlp(_TEXT)
    sents = list(doc.sents)
    assert len(sents) == 4
    assert doc_forms(doc) == {t.lower_ for t in doc}
    for sent in sents:
        assert sentence_lowers(sent) == [t.lower_ for t in sent]
        assert sentence_lemmas(sent) == [t.lemma_.lower() for t in sent]
        assert sentence_forms(sent) == {t.lower_ for t in sent}
        assert sentence_words(sent) == _walked_words(sent)
        assert tokens_with_lemma(sent, _WORDS) == [t for t in sent if t.lemma_.lower() in _WORDS]
        assert tokens_with_form(sent, _WORDS) == [t for t in sent if t.lower_ in _WORDS]
    hits = 0
    for lo in range(len(doc)):
        for hi in (lo + 1, lo + 4):
            walked = any(t.lower_ in _WORDS for t in doc[lo:hi])
            assert any_form(doc, lo, hi, _WORDS) == walked
            hits += walked
    assert hits > 10  # the words are there: the answers are not all False


def test_token_starts_are_the_offsets_mentions_are_bound_by(
    nlp: Any, registry: ActorRegistry
) -> None:
    doc = nlp(_TEXT)
    assert token_starts(doc) == [t.idx for t in doc]
    mentions = registry_mentions(registry, _TEXT, "2024-06-20")
    actors = DocActors(mentions, lexicon().sectors)
    actors.bind(doc, 0)
    named = {t.text for t in doc if actors.mention_of(t) is not None}
    assert {"Russia", "Ukraine", "France", "Germany", "Iran", "Poland", "Macron"} <= named
    for t in doc:  # each bound token lies inside its mention's characters
        m = actors.mention_of(t)
        assert m is None or m.start <= t.idx < m.end


def test_a_new_list_each_time(nlp: Any) -> None:
    sent = next(iter(nlp(_TEXT).sents))
    lowers = sentence_lowers(sent)
    lowers.append("changed")
    assert sentence_lowers(sent) == [t.lower_ for t in sent]


_CONDITIONS = (
    "Should Mexico fire rockets into China, oil prices would rise.",
    "Should the Chinese navy blockade Taiwan, markets would fall.",
    "Were North Korea to invade the South, Japan would respond.",
)


def test_reordered_clauses_parse_alike_one_at_a_time_and_in_one_call(nlp: Any) -> None:
    """An inverted condition's declarative orders are parsed in one call (``_nlp``): each parse
    is the parse of its text alone."""
    from realpolitik.extract.factuality import inverted_clause

    texts = []
    for text in _CONDITIONS:
        sent = next(iter(nlp(text).sents))
        span = inverted_clause(sent)
        assert span is not None
        aux, comma = span
        words = list(sent.doc[aux + 1 : comma])
        for k in range(1, min(6, len(words) - 1) + 1):
            order = [*words[:k], sent.doc[aux], *words[k:]]
            texts.append(" ".join(t.lower_ if t.i == aux else t.text for t in order))
    assert len(texts) >= 8

    def read(doc: Any) -> list[tuple[str, int, str, str, str]]:
        return [(t.dep_, t.head.i, t.tag_, t.pos_, t.lemma_) for t in doc]

    batched = [read(doc) for doc in nlp.pipe(texts, batch_size=len(texts))]
    assert batched == [read(nlp(text)) for text in texts]
