"""Speed work of round 15 that must not change behaviour: each gate on a parse's words lets
through every sentence its stage acts on (the passed-over act, the elided clause), and answers
as the walk it skips where it stops one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from extract_helpers import Extract, country_roots

from realpolitik.extract._passed_over import _PASSING_OVER, passed_over

if TYPE_CHECKING:
    from spacy.tokens import Token

_DATE = "2025-03-01"


def _walk(tok: Token) -> bool:
    """``passed_over`` without its look at the parse's words: the walk it skips."""
    doc = tok.doc
    floor = tok.sent.start
    first = tok.left_edge.i
    for start in {tok.i, first}:
        if start - 2 >= floor and (doc[start - 2].lower_, doc[start - 1].lower_) in _PASSING_OVER:
            return True
    if first + 1 >= tok.i or (doc[first].lower_, doc[first + 1].lower_) not in _PASSING_OVER:
        return False
    return doc[first + 1].head.i == tok.i


_PASSING_TEXTS = (
    "Kenya sent aid to Uganda instead of imposing sanctions on it.",
    "Samoa would keep control of its programme rather than hand it to Fiji.",
    "Rather than new sanctions, Peru offered Chile talks.",
    "Chile chose talks. Peru imposed sanctions on Bolivia rather than on Chile.",
    "Egypt condemned the strike and Jordan recalled its envoy from Israel.",
    "The rather small delegation met officials instead.",
)


def test_passed_over_answers_as_its_walk(nlp: Any) -> None:
    passed = 0
    for text in _PASSING_TEXTS:
        doc = nlp(text)
        for tok in doc:
            assert passed_over(tok) == _walk(tok), (text, tok.text)
            passed += passed_over(tok)
    assert passed >= 3  # (the acts after "rather than" / "instead of" are found)


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("Japan imposed sanctions on Russia, and so did Canada.", {"JPN", "CAN"}),
        ("France recognised Kosovo, as did Spain.", {"FRA", "ESP"}),
        ("Chile recalled its ambassador from Peru, and Bolivia did the same.", {"CHL", "BOL"}),
        ("Norway expelled two Russian diplomats; Denmark followed suit.", {"NOR", "DNK"}),
    ],
)
def test_elided_clause_still_adds_its_doer(extract: Extract, text: str, doers: set[str]) -> None:
    """The gate on "do" / "follow" lets the elided clauses through (its forms and lemmas)."""
    got = country_roots(extract(text, date=_DATE))
    assert doers <= {src for src, _, _ in got}, got


def test_no_elided_doer_without_do_or_follow(extract: Extract) -> None:
    """A joined clause without "do" or "follow" repeats no act: its subject is no doer of it."""
    got = country_roots(extract("Japan imposed sanctions on Russia, and Canada protested.", _DATE))
    assert ("CAN", "RUS", "16") not in got and ("JPN", "RUS", "16") in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Egypt condemned Israel's strike on Lebanon.", ("EGY", "ISR", "11")),
        ("Jordan protested against the attack on Syria by Turkey.", ("JOR", "TUR", "11")),
    ],
)
def test_reaction_still_targets_the_reacted_act_doer(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    """With another trigger in the sentence, the reacted act is read (its doer the target);
    the gate skips the look only where the sentence has the one trigger."""
    got = country_roots(extract(text, date=_DATE))
    assert want in got, got
