"""Killing by a non-military bomb is unconventional violence (CAMEO 183 and its sub-codes), not
conventional force (19); bombs delivered by aircraft or dropped stay 19 (issue 9, wire6)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _codes(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo) for e in ex.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Irish nationalist guerrillas wounded two British soldiers in a bomb attack.",
            ("IRL", "GBR", "183"),
        ),
        ("Two Palestinian suicide bombers killed 23 Israeli civilians.", ("PSE", "ISR", "1831")),
        (
            "Kurdish militants killed three Turkish soldiers in a car bomb explosion.",
            ("TUR", "TUR", "1832"),
        ),
        (
            "Somali insurgents killed five Kenyan soldiers with a roadside bomb.",
            ("SOM", "KEN", "1833"),
        ),
        (
            "Hezbollah fighters attacked an Israeli patrol with an explosive device.",
            ("LBN", "ISR", "183"),
        ),
        (
            "Jordanian militants wounded an Egyptian patrol in a suicide bombing.",
            ("JOR", "EGY", "1831"),
        ),
    ],
)
def test_bombing_is_unconventional_violence(
    extract: Extract, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _codes(extract(text))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Israel dropped bombs on Jordan on Tuesday.", "19"),
        ("Russian jets killed 20 Syrian rebels in a bombing raid.", "19"),
        ("Israeli warplanes killed 12 Lebanese civilians in an air strike.", "19"),
        ("Kurdish rebels killed three Turkish soldiers in a gun battle.", "19"),
    ],
)
def test_delivered_or_armed_force_stays_19(extract: Extract, text: str, root: str) -> None:
    got = _codes(extract(text))
    assert got, text
    assert {c[:2] for _, _, c in got} == {root}
