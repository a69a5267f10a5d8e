"""A list of states deep in an act's phrase names every member (issue 9, wire6): "imposed 25%
tariffs on imports from Canada and Mexico" targets both, not only the first."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _pairs(ex: Extraction, root: str) -> set[tuple[str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "")
        for e in ex.events
        if e.cameo.startswith(root)
    }


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        (
            "Trump ordered 25% tariffs on imports from Canada and Mexico on Saturday.",
            "16",
            {("USA", "CAN"), ("USA", "MEX")},
        ),
        (
            "Ottawa imposed 10% tariffs on steel from Turkey, Egypt and Brazil.",
            "16",
            {("CAN", "TUR"), ("CAN", "EGY"), ("CAN", "BRA")},
        ),
        (
            "Japan announced a ban on imports from Vietnam and Thailand.",
            "16",
            {("JPN", "VNM"), ("JPN", "THA")},
        ),
        (
            "Canada sent 500 tonnes of grain to farmers in Sudan and Chad.",
            "07",
            {("CAN", "SDN"), ("CAN", "TCD")},
        ),
    ],
)
def test_every_listed_state_is_a_target(
    extract: Extract, text: str, root: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= _pairs(extract(text), root)


def test_a_single_state_stays_single(extract: Extract) -> None:
    """Without a list the nearest named actor alone is the target."""
    got = _pairs(extract("Trump ordered 25% tariffs on imports from Canada on Saturday."), "16")
    assert got == {("USA", "CAN")}
