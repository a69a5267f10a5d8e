"""practice25's classes (bench/gold/reviews/practice25_classes.md) on minimal sentences:
destruction by armed forces is military force (``_violence_means.armed_destruction_code``) and
"X told Y to V" is a demand on Y (``_told_orders.told_order``); the suite's w9_ rows cross both
with every state (tests/extract/phenomena_wire9.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import root_events

from realpolitik.models import Extraction

Key = tuple[str, str, str, str]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Israeli warplanes destroyed Syrian missile batteries on Wednesday.",
            ("ISR", "SYR", "19"),
        ),
        ("Two Iranian oil platforms were destroyed by U.S. warships.", ("USA", "IRN", "19")),
        ("Russian artillery destroyed a Ukrainian ammunition depot.", ("RUS", "UKR", "19")),
        ("Indian troops shelled Pakistani posts and destroyed two bunkers.", ("IND", "PAK", "19")),
    ],
)
def test_armed_destruction_is_force(
    text: str, want: tuple[str, str, str], extract: Callable[..., Extraction]
) -> None:
    keys = root_events(extract(text, date="2024-05-01"))
    assert (*want, "asserted") in keys
    assert not any(k[2] == "17" for k in keys)


def test_destruction_by_police_stays_property(extract: Callable[..., Extraction]) -> None:
    keys = root_events(
        extract("Chinese police destroyed Vietnamese fishing boats.", date="2024-05-01")
    )
    assert ("CHN", "VNM", "17", "asserted") in keys


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("China told the United States on Tuesday to stay out of its affairs.", ("CHN", "USA")),
        ("Britain told Argentina to withdraw its troops from the islands.", ("GBR", "ARG")),
        ("Moscow told Kiev on Monday to pay its gas debts.", ("RUS", "UKR")),
        ("Turkey told Greece's foreign minister to stop the drilling.", ("TUR", "GRC")),
    ],
)
def test_told_to_is_a_demand(
    text: str, want: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    keys = root_events(extract(text, date="2024-05-01"))
    assert (*want, "10", "asserted") in keys
    assert not any(k[0] == want[1] and k[3] == "asserted" for k in keys)


@pytest.mark.parametrize(
    "text",
    [
        "The president told reporters to expect a decision on Iran soon.",
        "Kenya's president told the nation to prepare for a long crisis with Uganda.",
        "The minister told parliament that the troops would stay in Mali.",
    ],
)
def test_told_an_audience_is_no_demand(text: str, extract: Callable[..., Extraction]) -> None:
    assert not any(k[2] == "10" for k in root_events(extract(text, date="2024-05-01")))
