"""A negated hesitation affirms its act (issue 9 section 4, args8): "would not hesitate to
strike Y" is a stated threat against Y, "did not hesitate to strike Y" the strike itself, while
"hesitated to strike Y" leaves the strike undone. Several states and phrasings each."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran warned it would not hesitate to strike Israel.", "IRN", "ISR"),
        ('"We will not hesitate to retaliate," the Indian army chief said of Pakistan.',
         "IND", "PAK"),
        ("Greece said it would not hesitate to attack Turkish ships.", "GRC", "TUR"),
    ],
)  # fmt: skip
def test_would_not_hesitate_is_a_threat(
    extract: Extract, text: str, source: str, target: str
) -> None:
    got = _events(extract(text))
    assert [e for e in got if e[:3] == (source, target, "13")], got
    assert not [e for e in got if e[3] == "negated"], got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israel did not hesitate to strike Iran.", "ISR", "IRN"),
        ("Russia never hesitated to bomb Ukrainian cities.", "RUS", "UKR"),
    ],
)
def test_did_not_hesitate_is_the_act(extract: Extract, text: str, source: str, target: str) -> None:
    got = _events(extract(text))
    assert [e for e in got if e[:2] == (source, target) and e[3] == "asserted"], got


@pytest.mark.parametrize(
    "text", ["Israel hesitated to strike Iran.", "Egypt has hesitated to send troops to Libya."]
)
def test_hesitated_to_is_not_done(extract: Extract, text: str) -> None:
    got = _events(extract(text))
    assert got and not [e for e in got if e[3] == "asserted"], got
