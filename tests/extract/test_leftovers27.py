"""Parse repairs of leftovers27 (issue 9): a trigger verb the tagger read as an adjective or a
noun ("The United States unfroze Afghan assets", "Britain has unfrozen French assets"), a
particle read as a preposition with the verb's object ("The special envoy handed over
Ethiopia's message"), and the irregular lemma of a past form tagged as a present one."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, country_triples

from realpolitik.extract._aid_intents import threat_subcode
from realpolitik.extract._nlp import repair_parse
from realpolitik.extract._verb_lemmas import irregular_lemmas
from realpolitik.extract._verb_repairs import verb_of_root_noun, verbless_root


def _sent(nlp: Any, text: str) -> Any:
    doc = nlp(text)
    return doc, next(iter(doc.sents))


def _verb(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(
    "text",
    [
        "The United States unfroze Afghan assets.",
        "Britain has unfrozen French assets.",
        "Saudi Arabia has unfrozen Armenian assets on Monday.",
        "China has unfrozen Iranian assets after talks.",
    ],
)
def test_a_misread_trigger_verb_becomes_the_root(nlp: Any, text: str) -> None:
    doc, sent = _sent(nlp, text)
    verbless_root(sent)
    verb = _verb(doc, "unfrozen" if "unfrozen" in text else "unfroze")
    assert (verb.dep_, verb.pos_, verb.lemma_) == ("ROOT", "VERB", "unfreeze")
    assert {k.dep_ for k in verb.children} >= {"nsubj", "dobj"}


def test_a_noun_phrase_with_no_verb_form_is_left(nlp: Any) -> None:
    doc, sent = _sent(nlp, "The frozen Afghan assets.")
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    verbless_root(sent)
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == before


def test_a_particle_object_is_the_verbs(nlp: Any) -> None:
    doc, sent = _sent(nlp, "The special envoy handed over Ethiopia's message to Cuba on Friday.")
    verb_of_root_noun(sent)
    verb = _verb(doc, "handed")
    assert verb.dep_ == "ROOT"
    assert (_verb(doc, "message").dep_, _verb(doc, "message").head.i) == ("dobj", verb.i)
    assert (_verb(doc, "envoy").dep_, _verb(doc, "over").dep_) == ("nsubj", "prt")


def test_a_passive_modifier_with_a_bare_particle_stays(nlp: Any) -> None:
    doc, sent = _sent(nlp, "The documents handed over to Cuba were forged.")
    repair_parse(sent)
    assert _verb(doc, "handed").dep_ != "ROOT"


def test_irregular_lemmas() -> None:
    assert "unfreeze" in irregular_lemmas("unfroze")
    assert irregular_lemmas("hoped") == ()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia threatened to occupy Georgia.", "1382"),
        ("Russia threatened to seize Georgian territory.", "1382"),
        ("Russia threatened to blockade Georgian ports.", "1381"),
        ("Israel threatened to attack Iran.", "138"),
        ("Israel threatened to shell Iranian towns.", "1384"),
        ("Russia threatened to bomb Georgia.", "1384"),
        ("Ghana threatened to cut diplomatic ties with Togo.", "1313"),
        ("Ghana threatened to break off relations with Togo.", "1313"),
        ("Ghana threatened to impose sanctions on Togo.", "1312"),
    ],
)
def test_threat_subcodes_follow_the_threatened_act(extract: Extract, text: str, code: str) -> None:
    """CAMEO 2.0 codebook: 1381 blockade, 1382 occupation, 1384 conventional attack, 1312
    sanctions, 1313 reducing or breaking relations (leftovers27)."""
    codes = {t[2] for t in country_triples(extract(text))}
    assert codes == {code}


def test_threat_subcode_keeps_other_acts_general() -> None:
    assert threat_subcode("138", "154") == "138"
    assert threat_subcode("131", "164") == "131"
    assert threat_subcode("138", "1951") in ("1384", "138")
