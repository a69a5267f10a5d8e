"""A condition opened by an inverted auxiliary after its main clause ("oil prices would have
soared had Iran attacked Israel") is hypothetical, as one that opens the sentence is; an
ordinary "had" (a subordinator's, a relative's, or the subject's own) is not (parties39)."""

from __future__ import annotations

import pytest

from realpolitik.extract import factuality_of, load_nlp


@pytest.mark.parametrize(
    ("text", "verb", "level"),
    [("Oil prices would have soared had Iran attacked Israel.", "attacked", "possible"),
     ("Markets would fall were China to blockade Taiwan.", "blockade", "possible"),
     ("The region would be thrown into turmoil should Russia invade Poland.", "invade",
      "possible"),
     ("Had Modi ordered strikes on Pakistan, markets would have fallen.", "ordered",
      "possible"),
     ("Kyiv would need more air defences because Russia had attacked its cities.", "attacked",
      "asserted"),
     ("Iran had attacked Israel, and oil prices would soar.", "attacked", "asserted")],
)  # fmt: skip
def test_trailing_inverted_condition(text: str, verb: str, level: str) -> None:
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == verb)
    assert factuality_of(tok) == level
