"""Round 24's practice set classes (practice4; ``bench/gold/reviews/practice4_classes.md``) on
minimal sentences with several states. The suite's tables: ``phenomena_practice4.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events


@pytest.mark.parametrize(
    "text",
    [
        "China said it respected Samoa's choices but warned that the Pacific should not become"
        " an arena for bloc confrontation.",
        "France warned that the crisis in Mali could spread to its neighbours.",
        "Kenya cautioned that instability in Somalia could spill over into the whole region.",
        "Ghana warned in a statement that the Sahel could become a haven for armed groups"
        " fleeing Burkina Faso.",
        "Turkey warned that tension between Armenia and Azerbaijan could turn into open conflict.",
    ],
)
def test_warned_forecast_is_no_threat(extract: Extract, text: str) -> None:
    """A warning that forecasts a place's or a situation's fate names no consequence the
    speaker imposes: no threat (GUIDE rule 2, class WN)."""
    got = code_events(extract(text))
    assert not [e for e in got if e[2][:2] == "13"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Turkey warned that Greece would pay a heavy price for any incursion.", ("TUR", "GRC")),
        ("China warned that Japan would face consequences if it sent troops.", ("CHN", "JPN")),
        ("Kenya warned that it would close its border with Somalia.", ("KEN", "SOM")),
    ],
)
def test_warned_consequence_stays_threat(
    extract: Extract, text: str, want: tuple[str, str]
) -> None:
    """A party as the clause's subject or a consequence named: still a threat (13x)."""
    got = code_events(extract(text))
    assert any(e[:2] == want and e[2][:2] == "13" for e in got), got
