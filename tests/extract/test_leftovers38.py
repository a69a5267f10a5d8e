"""leftovers38: the parse repair of ``_object_subjects`` (a second clause of an office answering an
act on its state's people, read by the parser as the first verb's clause, adverbial clause or
as holding the people as its subject, becomes the first verb's conjunct with the office as its
subject; a verb of saying keeps its two-subject clause) and ``_judged_threats`` (a threat
judged as real or idle is no new threat)."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import extract_document
from realpolitik.extract._nlp import repair_parse
from realpolitik.models import Document


@pytest.mark.parametrize(
    ("text", "first_word", "people", "office"),
    [
        ("Buenos Aires detained two Italian sailors and Italy's ambassador protested.",
         "detained", "sailors", "ambassador"),
        ("Nairobi expelled two Ugandan journalists and Uganda's high commission protested.",
         "expelled", "journalists", "commission"),
        ("Kenya detained Ugandan citizens and Uganda's high commission protested.",
         "detained", "citizens", "commission"),
        ("Argentina detained Italian citizens, and Italy's embassy protested.",
         "detained", "citizens", "embassy"),
    ],
)  # fmt: skip
def test_the_office_answers_in_its_own_clause(
    nlp: Any, text: str, first_word: str, people: str, office: str
) -> None:
    doc = nlp(text)
    for sent in doc.sents:
        repair_parse(sent)
    first = next(t for t in doc if t.lower_ == first_word)
    protest = next(t for t in doc if t.lower_ == "protested")
    assert protest.head.i == first.i and protest.dep_ == "conj"
    assert [c.lower_ for c in protest.children if c.dep_ == "nsubj"] == [office]
    assert next(t for t in doc if t.lower_ == people).dep_ == "dobj"


def test_a_said_clause_keeps_its_subjects(nlp: Any) -> None:
    doc = nlp("Kenya said Ugandan citizens and Uganda's high commission protested.")
    for sent in doc.sents:
        repair_parse(sent)
    said = next(t for t in doc if t.lower_ == "said")
    assert not any(c.dep_ == "dobj" for c in said.children)


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Iran's threat is not idle, the minister said.", 0),
        ("The threat was real, Israel said.", 0),
        ("Russia's threats are not empty, Poland's president said.", 0),
        ("Russia issued a threat to Poland.", 1),  # a threat made here stays one
    ],
)
def test_a_judged_threat_is_no_new_threat(nlp: Any, text: str, events: int) -> None:
    got = extract_document(Document("t", text, "test", date="2024-05-01"), nlp=nlp)
    assert len([e for e in got.events if e.cameo.startswith("13")]) == events
