"""clauses40's scene tests (fresh28's class B), each helper called alone: a dated agentless
participle on a noun and a quoted present-tense maxim are scene (``_dated_participles``,
``_quoted_maxims``)."""

from __future__ import annotations

from typing import Any

from realpolitik.extract import load_nlp
from realpolitik.extract._dated_participles import dated_participle
from realpolitik.extract._quoted_maxims import quoted_maxim


def _token(doc: Any, text: str) -> Any:
    return next(t for t in doc if t.text == text)


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
