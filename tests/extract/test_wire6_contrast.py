"""News set against news (issue 9, wire6): "X condemned Y, while Z praised Y" states both acts;
a time clause ("while visiting Beijing") still only sets the scene."""

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
            "Kyiv accused Russian forces of blowing up the dam, while Moscow blamed Ukrainian"
            " shelling.",
            ("RUS", "UKR", "11", "asserted"),
        ),
        (
            "Kenya criticized Uganda, while Tanzania praised Uganda.",
            ("TZA", "UGA", "05", "asserted"),
        ),
        (
            "Russia attacked Ukraine, whereas Belarus condemned Lithuania.",
            ("BLR", "LTU", "11", "asserted"),
        ),
    ],
)
def test_contrast_clause_is_news(
    extract: Extract, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in root_events(extract(text))


def test_time_clause_still_sets_the_scene(extract: Extract) -> None:
    """ "while talks were under way" (a progressive state) and a fronted "while visiting" stay
    background: the main act is the news."""
    got = root_events(extract("While visiting Beijing, Putin signed a deal with China."))
    assert ("RUS", "CHN", "05", "asserted") in got
    assert len(got) == 1, got
