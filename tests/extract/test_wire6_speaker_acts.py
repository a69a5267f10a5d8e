"""The speaker's second act, which the parser hangs inside the clause it reports (issue 9, wire6):
"X said the plan was illegal and urged Y to drop it" is X's appeal to Y, asserted."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import root_events

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany said the plan was illegal and urged Poland to drop it.",
            ("DEU", "POL", "02", "asserted"),
        ),
        (
            "The EU said the decision was taken without coordination and urged Kosovo to delay it.",
            ("IGO", "KSV", "02", "asserted"),
        ),
        (
            "Brazil said the vote was unfair and rejected Venezuela's result.",
            ("BRA", "VEN", "12", "asserted"),
        ),
        (
            "India said the talks had failed and accused Pakistan of backing militants.",
            ("IND", "PAK", "11", "asserted"),
        ),
        (
            "Egypt said the dam was dangerous and condemned Ethiopia.",
            ("EGY", "ETH", "11", "asserted"),
        ),
        (
            "Tokyo says the launch is a provocation and urges Pyongyang to stop.",
            ("JPN", "PRK", "02", "asserted"),
        ),
        (
            "Iran said it was not seeking war and condemned Israel.",
            ("IRN", "ISR", "11", "asserted"),
        ),
    ],
)
def test_speakers_second_act_is_its_own(
    extract: Extract, text: str, expected: tuple[str, str, str, str]
) -> None:
    """A speech act conjoined after a reported clause whose subject is a thing (or the speaker
    again, with an auxiliary the conjunct does not share) is the speaker's act, asserted."""
    assert expected in root_events(extract(text))


@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        # a party as the clause's subject may do the conjoined act: it stays in the report
        ("Kenya said Uganda had closed the border and expelled its diplomats.", "KEN", "16"),
        ("Chile said Peru was angry and recalled its envoy.", "CHL", "16"),
        # a thing can kill: violence is never re-hung on the speaker
        ("Iraq said the blast destroyed the depot and killed 20 Syrian soldiers.", "IRQ", "19"),
    ],
)
def test_clause_acts_stay_in_the_report(
    extract: Extract, text: str, speaker: str, act: str
) -> None:
    got = root_events(extract(text))
    assert not [e for e in got if e[0] == speaker and e[2] == act], got
