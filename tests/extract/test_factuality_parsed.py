"""More of the factuality stage on hand-written parses (no model): modifiers of a noun trigger,
a governing noun, a conditional clause, "according to", ruling out and not ruling out, and acts
that were called off."""

from __future__ import annotations

import pytest
from hand_parse import parse, token

from realpolitik.extract.factuality import called_off, factuality_of


@pytest.mark.parametrize(
    ("modifier", "level"),
    [("planned", "possible"), ("possible", "possible"), ("alleged", "reported"),
     ("reported", "reported"), ("official", "asserted")],
)  # fmt: skip
def test_a_modifier_of_a_noun_trigger(modifier: str, level: str) -> None:
    # "They discussed the <modifier> visit."
    doc = parse([
        ("They", 1, "nsubj", "PRON", "they"), ("discussed", 1, "ROOT", "VERB", "discuss"),
        ("the", 4, "det", "DET", "the"), (modifier, 4, "amod", "ADJ", modifier),
        ("visit_", 1, "dobj", "NOUN", "visit"), (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert factuality_of(token(doc, "visit")) == level


def test_a_governing_noun() -> None:
    # "Prospects of an attack grew."
    doc = parse([
        ("Prospects", 4, "nsubj", "NOUN", "prospect"), ("of", 0, "prep", "ADP", "of"),
        ("an", 3, "det", "DET", "an"), ("attack", 1, "pobj", "NOUN", "attack"),
        ("grew_", 4, "ROOT", "VERB", "grow"), (".", 4, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert factuality_of(token(doc, "attack")) == "possible"
    assert factuality_of(token(doc, "grew")) == "asserted"


def test_a_conditional_clause_and_its_main_clause() -> None:
    # "If Russia attacks Ukraine, NATO will respond."
    doc = parse([
        ("If", 2, "mark", "SCONJ", "if"), ("Russia", 2, "nsubj", "PROPN", "Russia"),
        ("attacks", 7, "advcl", "VERB", "attack"), ("Ukraine_", 2, "dobj", "PROPN", "Ukraine"),
        (",", 7, "punct", "PUNCT", ","), ("NATO", 7, "nsubj", "PROPN", "NATO"),
        ("will", 7, "aux", "AUX", "will"), ("respond_", 7, "ROOT", "VERB", "respond"),
        (".", 7, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert factuality_of(token(doc, "attacks")) == "possible"
    assert factuality_of(token(doc, "respond")) == "possible"


def test_according_to_makes_it_reported() -> None:
    # "According to officials, Russia attacked Ukraine."
    doc = parse([
        ("According", 5, "prep", "VERB", "accord"), ("to", 0, "prep", "ADP", "to"),
        ("officials_", 1, "pobj", "NOUN", "official"), (",", 5, "punct", "PUNCT", ","),
        ("Russia", 5, "nsubj", "PROPN", "Russia"), ("attacked", 5, "ROOT", "VERB", "attack"),
        ("Ukraine_", 5, "dobj", "PROPN", "Ukraine"), (".", 5, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert factuality_of(token(doc, "attacked")) == "reported"


def test_ruling_out_denies_and_not_ruling_out_leaves_open() -> None:
    # "Russia ruled out an attack." / "Russia did not rule out an attack."
    ruled = parse([
        ("Russia", 1, "nsubj", "PROPN", "Russia"), ("ruled", 1, "ROOT", "VERB", "rule"),
        ("out", 1, "prt", "ADP", "out"), ("an", 4, "det", "DET", "an"),
        ("attack_", 1, "dobj", "NOUN", "attack"), (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert factuality_of(token(ruled, "attack")) == "negated"
    not_ruled = parse([
        ("Russia", 3, "nsubj", "PROPN", "Russia"), ("did", 3, "aux", "AUX", "do"),
        ("not", 3, "neg", "PART", "not"), ("rule", 3, "ROOT", "VERB", "rule"),
        ("out", 3, "prt", "ADP", "out"), ("an", 6, "det", "DET", "an"),
        ("attack_", 3, "dobj", "NOUN", "attack"), (".", 3, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert factuality_of(token(not_ruled, "attack")) == "possible"


def test_an_act_called_off() -> None:
    # "The talks were called off."
    doc = parse([
        ("The", 1, "det", "DET", "the"), ("talks", 3, "nsubjpass", "NOUN", "talk"),
        ("were", 3, "auxpass", "AUX", "be"), ("called", 3, "ROOT", "VERB", "call"),
        ("off_", 3, "prt", "ADP", "off"), (".", 3, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert called_off(token(doc, "talks"))
    assert not called_off(token(doc, "called"))
