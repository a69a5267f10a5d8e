"""A negated clause's auxiliary does not reach a finite conjunct (issue 9, wire6): "X did not
attend the summit and criticized Y" asserts the criticism; "... or criticize Y" does not."""

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
            "Turkey did not attend the summit and criticized Greece.",
            ("TUR", "GRC", "11", "asserted"),
        ),
        (
            "Serbia will not join the sanctions and condemned Albania.",
            ("SRB", "ALB", "11", "asserted"),
        ),
        (
            "Japan could not reach a deal and accused China of stalling.",
            ("JPN", "CHN", "11", "asserted"),
        ),
        (
            "India was not seeking talks and condemned Pakistan.",
            ("IND", "PAK", "11", "asserted"),
        ),
    ],
)
def test_negation_stays_in_its_clause(
    extract: Extract, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in root_events(extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey did not attend the summit or criticize Greece.", ("TUR", "GRC", "11")),
        ("Iran has not attacked Israel and killed its soldiers.", ("IRN", "ISR", "19")),
    ],
)
def test_shared_auxiliary_still_negates(
    extract: Extract, text: str, expected: tuple[str, str, str]
) -> None:
    """A bare infinitive or participle shares the negated auxiliary: it stays negated."""
    got = root_events(extract(text))
    assert (*expected, "asserted") not in got
