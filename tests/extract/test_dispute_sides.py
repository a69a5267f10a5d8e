""" "Both sides" / "the two sides" after mediators are named: the pair of the story's last hostile
act, never the mediators (parties21); with no hostile act, the last two named as before."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots


@pytest.mark.parametrize(
    ("text", "mediator", "pair"),
    [
        (
            "Sudanese troops shelled South Sudanese positions. Qatar, Egypt and Kenya offered to"
            " mediate. Kenya's envoy urged both sides to halt attacks.",
            "KEN",
            {"SDN", "SSD"},
        ),
        (
            "Armenia accused Azerbaijan of shelling its villages. Russia and France called for"
            " restraint. The French envoy urged the two sides to resume talks.",
            "FRA",
            {"ARM", "AZE"},
        ),
        (
            "India and Pakistan exchanged fire. The United States and Britain urged calm."
            " Washington urged both sides to show restraint.",
            "USA",
            {"IND", "PAK"},
        ),
    ],
)
def test_both_sides_are_the_disputants(
    extract: Extract, text: str, mediator: str, pair: set[str]
) -> None:
    got = {t for s, t, r in country_roots(extract(text)) if s == mediator and r == "02" and t}
    assert got == pair


def test_with_no_dispute_the_last_two_named(extract: Extract) -> None:
    text = "Egypt and Sudan signed a trade deal. France urged both sides to cut tariffs."
    got = {t for s, t, r in country_roots(extract(text)) if s == "FRA"}
    assert got == {"EGY", "SDN"}
