"""practice26's classes (bench/gold/reviews/practice26_classes.md) on minimal sentences: a measure
ahead ("a countdown to", "paved the way for") is never asserted (``factuality._ahead_of``); an
unquoted noun verdict is criticism (``_open_verdicts._plain_noun_verdict``), also before a "for"
that a call for would read; a group's judgement of its own state's decision is aimed at no other
state (``context_earlier._story_state``). The suite's pr26_ rows cross them with every state
(tests/extract/phenomena_practice26.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import root_events

from realpolitik.models import Extraction

Key = tuple[str, str, str, str]


@pytest.mark.parametrize(
    "text",
    [
        "France triggered the mechanism, starting a countdown to the return of French sanctions "
        "on Iran.",
        "Japan triggered the review clause on Monday, paving the way for new Japanese tariffs on "
        "China.",
    ],
)
def test_measure_ahead_is_not_asserted(text: str, extract: Callable[..., Extraction]) -> None:
    keys = root_events(extract(text, date="2025-08-29"))
    assert not any(k[2] == "16" and k[3] == "asserted" for k in keys), keys


def test_paving_the_way_keeps_the_main_act(extract: Callable[..., Extraction]) -> None:
    keys = root_events(extract("Japan imposed tariffs on Chinese steel, paving the way for talks.",
                         date="2025-08-29"))  # fmt: skip
    assert ("JPN", "CHN", "16", "asserted") in keys


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Israel called France's decision a prize for terrorism.", ("ISR", "FRA")),
        ("Peru called Chile's move a dangerous precedent.", ("PER", "CHL")),
        ("Kenya called Uganda's decision a grave sin.", ("KEN", "UGA")),
        ("Kenya called Uganda's latest decision a reward for terrorism.", ("KEN", "UGA")),
    ],
)
def test_noun_verdict_is_criticism(
    text: str, want: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    assert (*want, "11", "asserted") in root_events(extract(text, date="2025-09-22"))


@pytest.mark.parametrize(
    "text",
    ["Kenya called Uganda's decision a reward for years of work.",
     "Kenya called the talks a positive signal."],
)  # fmt: skip
def test_praise_noun_is_no_verdict(text: str, extract: Callable[..., Extraction]) -> None:
    assert not any(k[2] == "11" for k in root_events(extract(text, date="2025-09-22")))


def test_own_decision_is_aimed_at_no_other_state(extract: Callable[..., Extraction]) -> None:
    text = ("Kenya's cabinet approved a trade plan with Uganda on Monday. Kenyan rebels called "
            "the decision a grave sin.")  # fmt: skip
    keys = root_events(extract(text, date="2025-08-08"))
    assert not any(k[:3] == ("KEN", "UGA", "11") for k in keys), keys
