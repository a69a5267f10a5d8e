"""practice29's classes SK and CP (bench/gold/reviews/practice29_classes.md) on minimal
sentences: a vessel sunk by another state's ships or aircraft is force (19), active or passive,
and money "sunk into" a state stays aid (07); combatants (soldiers, pilots, sailors) captured or
seized are detained (17), never ground occupied (19), and a captured town stays the occupation.
The suite's w12_ rows cross them with every state (tests/extract/phenomena_wire12.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Key = tuple[str, str, str]


def _keys(ex: Extraction) -> set[Key]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2]) for e in ex.events
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Greek warships sank a Turkish patrol boat in the Aegean on Monday.", ("GRC", "TUR")),
        ("A Chilean frigate was sunk by Argentine aircraft on Friday.", ("ARG", "CHL")),
        ("Indian gunboats sank two Pakistani fishing trawlers.", ("IND", "PAK")),
    ],
)
def test_sinking_a_vessel_is_force(
    text: str, pair: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    assert (*pair, "19") in _keys(extract(text, date="1999-06-15"))


def test_money_sunk_into_a_state_stays_aid(extract: Callable[..., Extraction]) -> None:
    keys = _keys(extract("Japan sank millions of dollars into Kenya's ports.", date="1999-06-15"))
    assert ("JPN", "KEN", "07") in keys
    assert not any(k[2] == "19" for k in keys)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chinese troops captured three Vietnamese soldiers on Friday.", ("CHN", "VNM")),
        ("Pakistani forces captured an Indian pilot on Thursday.", ("PAK", "IND")),
        ("Iran seized two Iraqi sailors.", ("IRN", "IRQ")),
    ],
)
def test_captured_combatants_are_detained(
    text: str, pair: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    keys = _keys(extract(text, date="1999-05-27"))
    assert (*pair, "17") in keys
    assert not any(k[2] == "19" for k in keys)


def test_a_captured_town_stays_occupied(extract: Callable[..., Extraction]) -> None:
    keys = _keys(extract("Chinese troops captured a Vietnamese town.", date="1979-02-20"))
    assert ("CHN", "VNM", "19") in keys
