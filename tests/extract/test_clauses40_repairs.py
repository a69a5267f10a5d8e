"""clauses40's parse repair and scene tests (fresh28's class B), each called alone: a participle
the parser made a passive's clausal subject becomes its subject's modifier
(``_subject_participles``); a dated agentless participle on a noun and a quoted present-tense
maxim are scene (``_dated_participles``, ``_quoted_maxims``)."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import load_nlp
from realpolitik.extract._dated_participles import dated_participle
from realpolitik.extract._quoted_maxims import quoted_maxim
from realpolitik.extract._subject_participles import subject_participle


def _token(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "noun", "participle", "verb"),
    [
        (
            "India's envoy declined to say whether the Indian students detained in Warsaw in "
            "March would be freed.",
            "students",
            "detained",
            "freed",
        ),
        (
            "Nepal's minister declined to say whether the Nepali workers detained in Doha last "
            "year would be released.",
            "workers",
            "detained",
            "released",
        ),
    ],
)
def test_participle_hangs_on_the_passive_subject(
    text: str, noun: str, participle: str, verb: str
) -> None:
    doc = load_nlp()(text)
    subject_participle(next(iter(doc.sents)))
    part, subj = _token(doc, participle), _token(doc, noun)
    assert part.dep_ == "acl" and part.head.i == subj.i
    assert subj.dep_ == "nsubjpass" and subj.head.text == verb


def test_dated_participle_and_quoted_maxim_are_scene() -> None:
    nlp = load_nlp()
    doc = nlp(
        "The minister said he wanted better ties, recalling the journalist killed in Kigali in 2019."
    )
    assert dated_participle(_token(doc, "killed"))
    doc = nlp("The fishermen detained by Peru in May were freed.")
    assert not dated_participle(_token(doc, "detained"))  # (its doer named)
    doc = nlp("The foreign minister said Ghana 'does not shelter fugitives'.")
    assert quoted_maxim(_token(doc, "shelter"))
    doc = nlp("The foreign minister said Ghana does not shelter the two fugitives.")
    assert not quoted_maxim(_token(doc, "shelter"))
