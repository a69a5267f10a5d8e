"""Speed work of round 23 that must not change behaviour: parse repairs and party stages
gated on what they need (a form of "have", a word in "-ed", a plural title, a run of proper
nouns, a gerund, an unnamed doer of violence or protest) still act where the sentence has it, and leave other sentences alone."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract._shared_objects import conjunct_adjective_verb
from realpolitik.extract._verb_repairs import verbless_root
from realpolitik.extract.parties import pairs
from realpolitik.extract.parties._kinds import marked


def _sent(nlp: Any, text: str) -> Any:
    doc = nlp(text)
    return doc, next(iter(doc.sents))


@pytest.mark.parametrize(
    "text", ["Britain has unfrozen French assets.", "Japan had unfrozen Iranian assets."]
)
def test_a_perfect_read_as_an_adjective_is_still_the_verb(nlp: Any, text: str) -> None:
    doc, sent = _sent(nlp, text)
    verbless_root(sent)
    verb = next(t for t in doc if t.text == "unfrozen")
    assert (verb.dep_, verb.pos_, verb.lemma_) == ("ROOT", "VERB", "unfreeze")


def test_a_sentence_without_have_is_left(nlp: Any) -> None:
    doc, sent = _sent(nlp, "The frozen Afghan assets were released.")
    before = [(t.dep_, t.head.i, t.tag_, t.pos_) for t in doc]
    verbless_root(sent)
    assert [(t.dep_, t.head.i, t.tag_, t.pos_) for t in doc] == before


def test_an_adjective_in_ed_coordinated_with_a_verb_is_still_a_verb(nlp: Any) -> None:
    doc, sent = _sent(nlp, "Tanzania has banned and unbanned maize exports to Kenya.")
    word = next(t for t in doc if t.text == "unbanned")
    if word.pos_ == "ADJ":  # (the repair's case: the tagger's reading)
        word.dep_, word.head = "conj", next(t for t in doc if t.text == "banned")
        if not any(c.dep_ == "dobj" for c in word.children):
            next(t for t in doc if t.text == "exports").head = word
    conjunct_adjective_verb(sent)
    assert word.pos_ == "VERB"


def test_unnamed_home_state_acts_on_violence_and_protest_only() -> None:
    acts = marked(pairs.unnamed_home_state)
    assert acts is not None
    assert all(acts.admits(noun, code) for noun in (True, False) for code in ("145", "190", "200"))
    assert not any(acts.admits(False, code) for code in ("040", "111", "036"))


def test_an_unnamed_doer_still_acts_at_its_targets_home(nlp: Any) -> None:
    from realpolitik.extract import extract_document
    from realpolitik.models import Document

    text = "A minefield explosion killed two Iraqi youths."
    got = extract_document(Document("d", text, "x", None, "2024-03-01"), nlp=nlp)
    assert ("IRQ", "IRQ") in [
        (e.source.code, e.target.code if e.target else "") for e in got.events
    ]


def test_a_split_name_is_still_one_name(nlp: Any) -> None:
    from realpolitik.extract._name_repairs import split_name

    doc, sent = _sent(nlp, "Haider al-Abadi and Mohammed VI held talks in Tokyo on Friday.")
    split_name(sent)
    held = next(t for t in doc if t.text == "held")
    assert [c.text for c in held.children if c.dep_ == "nsubj"] == ["Abadi"]


def test_a_trailing_participle_is_still_the_main_verbs(nlp: Any) -> None:
    from realpolitik.extract._trailing_participles import participle_after_modifier

    text = (
        "Chilean police deported four Argentine men wanted for robbery, handing them to officers."
    )
    doc, sent = _sent(nlp, text)
    participle_after_modifier(sent)
    assert next(t for t in doc if t.text == "handing").head.text == "deported"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Peru expelled Bolivia's envoy. La Paz suspended trade in retaliation.", True),
        ("Peru expelled Bolivia's envoy. La Paz suspended trade in response.", True),
    ],
)
def test_a_response_still_targets_the_answered_side(nlp: Any, text: str, want: bool) -> None:
    from realpolitik.extract import extract_document
    from realpolitik.models import Document

    got = extract_document(Document("d", text, "x", None, "2024-03-01"), nlp=nlp)
    pairs = {(e.source.code[:3], e.target.code[:3] if e.target else "") for e in got.events}
    assert (("BOL", "PER") in pairs) is want
