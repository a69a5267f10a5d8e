"""Refusals are REJECT (CAMEO 12x, asserted); plain negation keeps the act, negated."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo, e.factuality)
        for e in ex.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "would not" refuses the act: REJECT with the act's sub-code
        ("Israel would not allow aid into Gaza.", ("ISR", "PSE", "124", "asserted")),
        ("Poland would not meet the Belarusian envoy.", ("POL", "BLR", "125", "asserted")),
        # a rejected proposal takes the proposed act's sub-code
        (
            "Hungary rejected the EU's proposal for talks with Ukraine.",
            ("HUN", "IGO", "125", "asserted"),
        ),
        ("Chile rejected Peru's offer of aid.", ("CHL", "PER", "122", "asserted")),
    ],
)
def test_refusal_is_a_rejection(
    extract: Extract, text: str, expected: tuple[str, str, str, str]
) -> None:
    got = _events(extract(text))
    assert expected in got
    assert not [e for e in got if e[3] == "negated"]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Israel did not allow aid into Gaza.", "08"),
        ("Poland has never met the Belarusian envoy.", "04"),
    ],
)
def test_plain_negation_keeps_the_act(extract: Extract, text: str, root: str) -> None:
    got = _events(extract(text))
    assert got and all(e[3] == "negated" and e[2][:2] == root for e in got)


def test_a_denied_attack_stays_negated_beside_the_denial(extract: Extract) -> None:
    """ "Denied that it had attacked": the attack negated, and the denial itself 016 (the
    GUIDE's rule 2 as settled in round 12); never a refusal."""
    got = _events(extract("Moscow denied that it had attacked Kyiv."))
    negated = {e[2][:2] for e in got if e[3] == "negated"}
    asserted = {e[2] for e in got if e[3] != "negated"}
    assert negated == {"19"} and asserted == {"016"}


def test_a_conditional_would_not_is_no_refusal(extract: Extract) -> None:
    got = _events(extract("Russia would not attack Ukraine if it joined the alliance."))
    assert got and not [e for e in got if e[2][:2] == "12"]


def test_declining_to_comment_rejects_no_one(extract: Extract) -> None:
    got = _events(extract("Russia would not comment on the report."))
    assert not [e for e in got if e[2][:2] == "12"]
