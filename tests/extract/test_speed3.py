"""Speed work of the third round that must not change behaviour: each helper that replaced a
walk over the tokens answers what the walk answered, on real parses."""

from __future__ import annotations

from typing import Any

from realpolitik.extract._contrast import contrast_phrases
from realpolitik.extract._lexicon import lexicon
from realpolitik.extract._readings import _token_repairs
from realpolitik.extract._role_repairs import role_holder, visiting_object, welcomed_to
from realpolitik.extract._syntax import reporters
from realpolitik.extract._tree import (
    any_form,
    forget,
    sentence_lemmas,
    sentence_lowers,
    sentence_words,
    tokens_with_lemma,
)
from realpolitik.extract._triggers import CLAUSE_VERBS, HARM_GOVERNORS, _lemmas
from realpolitik.extract.factuality import factuality_of, inverted_clause

_TEXT = (
    "Unlike Germany and Italy, France imposed sanctions on states like Iran. "
    "The U.S.-made HIMARS systems, Britain said, must be sent to Kyiv — as with Canada."
    " In contrast to Japan, Korea voted no."
)


def test_sentence_lowers_are_each_tokens_lowercased_form(nlp: Any) -> None:
    doc = nlp(_TEXT)
    for sent in doc.sents:
        assert sentence_lowers(sent) == [t.lower_ for t in sent]
    assert sentence_lowers(doc[:3]) == ["unlike", "germany", "and"]


def test_contrast_phrases_are_read_once_per_sentence(nlp: Any) -> None:
    doc = nlp(_TEXT)
    sents = list(doc.sents)
    assert len(sents) == 3
    first = contrast_phrases(sents[0])
    assert {doc[i].text for i in first} >= {"Unlike", "Germany", "Italy"}
    assert contrast_phrases(sents[0]) is first  # kept on the parse
    assert {doc[i].text for i in contrast_phrases(sents[2])} >= {"In", "contrast", "Japan"}


def test_a_sentence_without_a_marker_word_has_no_contrast(nlp: Any) -> None:
    doc = nlp("Russia attacked Ukraine on Monday.")
    assert contrast_phrases(doc[:]) == frozenset()


def test_tokens_with_lemma_are_the_tokens_a_walk_finds(nlp: Any) -> None:
    doc = nlp("Russia attacked Ukraine; officials said the attacks were condemned by Poland.")
    for sent in doc.sents:
        lemmas = frozenset({"attack", "say", "condemn", "poland"})
        walked = [t for t in sent if t.lemma_.lower() in lemmas]
        assert tokens_with_lemma(sent, lemmas) == walked
    assert [t.text for t in tokens_with_lemma(doc[:], frozenset({"attack"}))] == [
        "attacked",
        "attacks",
    ]


def test_forget_makes_the_words_follow_a_repaired_lemma(nlp: Any) -> None:
    doc = nlp("Should Mexico fire rockets into China, prices would rise.")
    sent = doc[:]
    assert "zorgon" not in sentence_words(sent)
    doc[3].lemma_ = "Zorgon"  # as the inverted-condition repair writes the new reading's lemma
    assert "zorgon" not in sentence_words(sent)  # read once: the old lemma
    forget(doc)
    assert "zorgon" in sentence_words(sent)
    assert sentence_lemmas(sent)[3] == "zorgon"
    assert sentence_lemmas(sent) == [t.lemma_.lower() for t in sent]


def test_any_form_looks_at_a_clipped_window(nlp: Any) -> None:
    doc = nlp('Seoul called the launch a "grave provocation" on Monday.')
    quote = next(t.i for t in doc if t.text == '"')
    assert any_form(doc, quote, quote + 1, frozenset({'"'}))
    assert not any_form(doc, 0, quote, frozenset({'"'}))
    assert any_form(doc, -5, 2, frozenset({"seoul"}))  # lowercased forms; clipped at 0
    assert not any_form(doc, len(doc) + 3, len(doc) + 9, frozenset({"."}))


def test_inverted_clause_reads_the_first_word_as_the_walk_did(nlp: Any) -> None:
    doc = nlp("Should Mexico fire rockets into China, prices would rise.")
    assert inverted_clause(doc[:]) is not None
    quoted = nlp('"Had Gondor not intervened, the war would have spread," he said.')
    assert inverted_clause(quoted[:]) is not None  # a leading quote is skipped
    for text in ("Mexico fired rockets into China, and prices would rise.", "Had talks, ok."):
        assert inverted_clause(nlp(text)[:]) is None


def test_factuality_and_reporters_with_the_sentence_given_match_without(nlp: Any) -> None:
    doc = nlp(
        "Officials said Russia may attack Ukraine. According to Kyiv, Poland did not send "
        "tanks, state media reported. Were Iran to close the strait, prices would rise."
    )
    for sent in doc.sents:
        for tok in sent:
            assert factuality_of(tok, sent=sent) == factuality_of(tok)
            assert reporters(tok, None, sent) == reporters(tok)


def test_token_repairs_are_chosen_by_the_sentences_words() -> None:
    assert _token_repairs(frozenset({"russia", "attack", "ukraine"})) == ()
    chosen = _token_repairs(frozenset({"canada", "welcome", "welcomed", "to", "visit"}))
    assert chosen == (visiting_object, welcomed_to)
    assert role_holder in _token_repairs(frozenset({"with", "as", "act"}))
    assert len(_token_repairs(frozenset({"detain", "with"}))) == 1  # the lemma repairs


def test_trigger_lemmas_cover_the_table_and_are_kept_per_table() -> None:
    table = lexicon().triggers
    lemmas = _lemmas(table)
    assert {lemma for lemma, _ in table} | HARM_GOVERNORS | CLAUSE_VERBS == lemmas
    assert _lemmas(table) is lemmas
    other = {("zorgify", "V"): table[next(iter(table))]}
    assert "zorgify" in _lemmas(other) and "zorgify" not in lemmas
