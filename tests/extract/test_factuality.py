"""Each factuality class, from sentences the project wrote."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import only, triples

from realpolitik.extract import factuality_of, load_nlp
from realpolitik.models import Event, Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Russia attacked Ukraine.", "attacked", "asserted"),
        ("Kyiv said that Russia attacked Ukraine.", "attacked", "reported"),
        ("Russia attacked Ukraine, officials in Kyiv said.", "attacked", "reported"),
        ("According to Seoul, Russia attacked Ukraine.", "attacked", "reported"),
        ("Russia reportedly attacked Ukraine.", "attacked", "reported"),
        ("Russia could attack Ukraine.", "attack", "possible"),
        ("Russia might attack Ukraine.", "attack", "possible"),
        ("If talks fail, Russia will attack Ukraine.", "attack", "possible"),
        ("Russia plans to attack Ukraine.", "attack", "possible"),
        ("Russia did not attack Ukraine.", "attack", "negated"),
        ("Russia never attacked Ukraine.", "attacked", "negated"),
        ("Russia denied that it attacked Ukraine.", "attacked", "negated"),
    ],
)
def test_verbal_factuality(extract: Extract, text: str, trigger: str, expected: str) -> None:
    assert only(extract(text), trigger).factuality == expected


def test_refusal_is_rejection_denial_is_negation(extract: Extract) -> None:
    # the codebooks' convention: refusing an act is REJECT (CAMEO 12x), asserted, aimed at the
    # refused act's target; the act itself is no event
    ex = extract("North Korea refused to sign the treaty with Japan.")
    assert triples(ex) == {("PRK", "JPN", "127")}
    assert only(ex, "refused").factuality == "asserted"
    assert triples(extract("India declined to hold talks with Pakistan.")) == {
        ("IND", "PAK", "125")
    }
    # "denied that" keeps the act, negated; declining to comment rejects no one
    e = only(extract("China denied that it had sent troops to Myanmar."), "sent")
    assert (e.source.code, e.factuality) == ("CHN", "negated")
    assert not [
        e for e in extract("The ministry declined to comment.").events if e.cameo[:2] == "12"
    ]


def test_nominal_hedges(extract: Extract) -> None:
    ex = extract("Analysts discussed the prospects of a Chinese attack on Taiwan.")
    assert only(ex, "attack").factuality == "possible"
    ex = extract("A potential Chinese attack on Taiwan worries Tokyo.")
    assert only(ex, "attack").factuality == "possible"


def test_subject_noun_not_negated_by_its_verb(extract: Extract) -> None:
    ex = extract("Western support for Ukraine has not wavered.")
    assert only(ex, "support").factuality == "asserted"


def test_factuality_of_takes_a_token() -> None:
    doc = load_nlp()("Moscow may send troops.")
    send = next(t for t in doc if t.lower_ == "send")
    assert factuality_of(send) == "possible"


def _coded(ex: Extraction) -> list[tuple[Event, str]]:
    return [(e, e.target.code if e.target else "") for e in ex.events]


def test_rule_out(extract: Extract) -> None:
    ex = extract("Putin did not rule out supplying weapons to North Korea.")
    assert only(ex, "supplying").factuality == "possible"
    # ruling out what was asked is a refusal (REJECT, CAMEO 1222: refuse military aid),
    # asserted; ruling out what nobody asked for is the act negated (GUIDE rule 5, fact26)
    ex = extract(
        "North Korea asked Russia to supply weapons. Putin ruled out supplying weapons to "
        "North Korea."
    )
    assert ("PRK", "1222", "asserted") in [(t[:3], e.cameo, e.factuality) for e, t in _coded(ex)]
    ex = extract("Putin ruled out supplying weapons to North Korea.")
    assert [(t[:3], e.cameo, e.factuality) for e, t in _coded(ex)] == [("PRK", "072", "negated")]
