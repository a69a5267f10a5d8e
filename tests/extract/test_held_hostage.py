"""The "held N of Y-ian people hostage" repair (``_held_hostage``): the held people hang on "of",
never as a compound of "hostage", so the holder stays the doer (suite row w2_hostages_taken)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Saudi soldiers held dozens of Israeli pilots hostage on Monday.", ("SAU", "ISR", "18")),
        ("Libyan gunmen held a group of Egyptian truck drivers hostage.", ("LBY", "EGY", "18")),
        ("Rebels backed by Rwanda took dozens of Congolese soldiers hostage.", ("RWA", "COD", "18")),
    ],
)  # fmt: skip
def test_held_people_are_the_target(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = {e for e in country_roots(extract(text)) if e[2] == "18"}
    assert got == {want}, got
