"""'No longer' denies the act (issue 9, wire6): "Egypt no longer buys Russian wheat" states no
purchase; it was an asserted one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt no longer buys Russian wheat.", ("EGY", "RUS")),
        ("Turkey no longer recognizes Cyprus.", ("TUR", "CYP")),
        ("Under the deal, the Houthis would no longer attack American ships.", ("YEM", "USA")),
        ("Ghana no longer supplies cocoa to Ukraine.", ("GHA", "UKR")),
    ],
)
def test_no_longer_is_not_asserted(extract: Extract, text: str, pair: tuple[str, str]) -> None:
    events = [
        e
        for e in extract(text).events
        if (e.source.code[:3], e.target.code[:3] if e.target else "") == pair
    ]
    assert events, text
    assert {e.factuality for e in events} == {"negated"}


def test_longer_without_no_keeps_the_act(extract: Extract) -> None:
    """ "longer" alone is no negation: "sanctions lasted longer" leaves the act asserted."""
    events = extract("Japan extended its sanctions on Russia for longer.").events
    assert [e for e in events if e.factuality == "asserted" and e.cameo.startswith("16")]
