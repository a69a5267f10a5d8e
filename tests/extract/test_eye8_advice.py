"""Advice states no act (issue 9, eye8: a class of the blind fresh2 review).

"Europe would do better to offer Tehran talks", "Tokyo had better impose sanctions": what is
advised has not happened (possible); "Ankara did well to sign the deal" says it did.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import root_events

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Washington would do well to lift sanctions on Cuba.", ("USA", "CUB", "08")),
        ("Madrid would do better to open talks with Rabat.", ("ESP", "MAR", "04")),
        ("Tokyo had better impose sanctions on Russia.", ("JPN", "RUS", "16")),
    ],
)
def test_advised_act_is_possible(extract: Extract, text: str, event: tuple[str, str, str]) -> None:
    got = {e[:3]: e[3] for e in root_events(extract(text))}
    assert got.get(event) == "possible"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ankara did well to sign the deal with Baghdad.", ("TUR", "IRQ", "05")),
        ("Egypt did better than expected and signed a deal with Sudan.", ("EGY", "SDN", "05")),
    ],
)
def test_praise_of_a_done_act_keeps_it_asserted(
    extract: Extract, text: str, event: tuple[str, str, str]
) -> None:
    got = {e[:3]: e[3] for e in root_events(extract(text))}
    assert got.get(event) == "asserted"
