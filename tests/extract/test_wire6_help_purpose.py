"""What is sent to help a party do something goes to that party (issue 9, wire6): "sent troops
to help Russia recapture Kursk" is support for Russia; the parser makes Russia the subject of
"recapture", not the object of "help", and the troops had no recipient."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2]) for e in ex.events
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea sent troops to help Russia recapture the Kursk region.", ("PRK", "RUS")),
        ("Iran sent drones to help Syria defend its airspace.", ("IRN", "SYR")),
        ("Turkey deployed soldiers to help Azerbaijan retake Karabakh.", ("TUR", "AZE")),
    ],
)
def test_the_helped_party_receives(extract: Extract, text: str, expected: tuple[str, str]) -> None:
    got = _events(extract(text))
    assert [e for e in got if e[:2] == expected], got
    assert not [e for e in got if e[0] == expected[0] and e[1] == ""], got


def test_the_fought_party_is_no_recipient(extract: Extract) -> None:
    """ "to help Russia fight Ukraine": the troops go to Russia, never to Ukraine."""
    got = _events(extract("North Korea sent troops to help Russia fight Ukraine."))
    assert ("PRK", "RUS", "07") in got, got
    assert not [e for e in got if e[:2] == ("PRK", "UKR")], got
