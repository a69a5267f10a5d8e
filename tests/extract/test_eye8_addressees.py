"""Unnamed addressees of a verbal act (issue 9, eye8: error class of the blind fresh2 review).

"Thanked X and asked partners for more missiles" asks no X; partners or allies are no home
target either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from extract_helpers import root_events

from realpolitik.extract.parties.addressees import foreign_addressees, own_addressees
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (
            "Lula thanked Madrid and Lisbon and asked partners for more vaccines.",
            ("BRA", "", "02", "asserted"),
            {("BRA", "ESP", "02", "asserted"), ("BRA", "BRA", "02", "asserted")},
        ),
        (
            "Japan criticized China and called on neighbours to show restraint.",
            ("JPN", "", "02", "asserted"),
            {("JPN", "CHN", "02", "asserted"), ("JPN", "JPN", "02", "asserted")},
        ),
        (
            "Chile praised Peru on Friday and appealed to donors for help.",
            ("CHL", "", "02", "asserted"),
            {("CHL", "PER", "02", "asserted"), ("CHL", "CHL", "02", "asserted")},
        ),
    ],
)
def test_own_addressees_borrow_no_target(
    extract: Extract,
    text: str,
    want: tuple[str, str, str, str],
    wrong: set[tuple[str, str, str, str]],
) -> None:
    got = root_events(extract(text))
    assert want in got and not wrong & got


def test_conjoined_demand_still_takes_the_first_acts_target(extract: Extract) -> None:
    got = root_events(extract("Iran condemned the seizure by Britain and demanded its release."))
    assert ("IRN", "GBR", "10", "asserted") in got


def test_addressee_words(nlp: Any) -> None:
    doc = nlp("Kenya urged allies to help and urged citizens to stay calm.")
    first, second = (t for t in doc if t.lemma_ == "urge")
    assert own_addressees(first) and foreign_addressees(first)
    assert own_addressees(second) and not foreign_addressees(second)
