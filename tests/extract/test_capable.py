"""A state "well placed / best positioned / equipped to" do an act can do it; it has not done it:
the act is ``possible``, never asserted (fresh11's hosting mediator, round 17). The passive
reading ("Kenya is ideally placed to send troops") gives the act to its subject."""

from __future__ import annotations

import pytest
from extract_helpers import Extract


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turkey is well placed to host Armenian and Azerbaijani envoys.", "TUR", "ARM"),
        (
            "Qatar, which has offered to mediate, is best positioned to host Sudanese envoys.",
            "QAT",
            "SDN",
        ),
        ("Norway is well equipped to send aid to Haiti.", "NOR", "HTI"),
        ("Kenya is ideally placed to send troops to Somalia.", "KEN", "SOM"),
        ("Brazil is uniquely qualified to broker a deal with Venezuela.", "BRA", "VEN"),
    ],
)
def test_a_capable_state_does_not_assert_the_act(
    extract: Extract, text: str, source: str, target: str
) -> None:
    events = extract(text).events
    assert events, text  # the act is read ...
    assert all(e.factuality == "possible" for e in events if e.source.code[:3] == source), [
        (e.cameo, e.factuality) for e in events
    ]  # ... as one the state can do, not one it did


def test_the_same_act_done_is_asserted(extract: Extract) -> None:
    events = extract("Turkey hosted Armenian and Azerbaijani envoys.").events
    assert any(e.factuality == "asserted" and e.source.code[:3] == "TUR" for e in events), [
        (e.cameo, e.factuality) for e in events
    ]
