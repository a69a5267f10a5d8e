"""A warning that an act "would wreck / destroy / erode" something predicts harm; it imposes
nothing, so it is no threat (GUIDE rule 2, as "would undermine" already was). Told to a named
state about an act with no owner it is no criticism of that state either (suite18); with the
act's owner named it criticises the owner (111). The speaker's own means ("its missiles would
destroy ...") stay a threat."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    "text",
    [
        "Turkey warned Greece that this move would wreck the peace process.",
        "Chile warned Peru that the decision would destroy years of cooperation.",
        "Japan warned China that such a step would erode trust.",
        "Kenya warned Uganda that the closure would ruin cross-border trade.",
    ],
)
def test_predicted_harm_of_an_unowned_act_is_no_threat(extract: Extract, text: str) -> None:
    events = extract(text).events
    assert not [e for e in events if e.cameo[:2] == "13"], [(e.cameo, e.factuality) for e in events]


def test_predicted_harm_of_an_owned_act_criticises_its_owner(extract: Extract) -> None:
    events = extract("Japan warned that China's plan would wreck the peace process.").events
    assert [
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo) for e in events
    ] == [("JPN", "CHN", "111")]


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned Israel that its missiles would destroy Israeli cities.",
        "North Korea warned South Korea that its rockets would wreck Seoul.",
    ],
)
def test_the_speakers_own_means_stay_a_threat(extract: Extract, text: str) -> None:
    events = extract(text).events
    assert any(e.cameo[:2] == "13" for e in events), [(e.cameo, e.factuality) for e in events]
