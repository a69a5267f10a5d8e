"""practice28's classes (bench/gold/reviews/practice28_classes.md) on minimal sentences: a
ramming or a boarding of a vessel named as a noun is the act (171), so a reaction to it is aimed
at its doer, never at the vessel's state (the ``ramming`` / ``boarding`` noun rows); an arms sale
approved by the seller is its offer of military aid (0332), never aid delivered (07). The suite's
pr28_ rows cross them with every state (tests/extract/phenomena_practice28.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Key = tuple[str, str, str, str]


def _keys(ex: Extraction) -> set[Key]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


@pytest.mark.parametrize(
    ("text", "judge", "doer", "victim"),
    [
        ("The ramming of a Kenyan ferry by a Ugandan patrol boat drew condemnation from Rwanda.",
         "RWA", "UGA", "KEN"),
        ("The boarding of a Peruvian trawler by Chilean marines drew protests from Bolivia.",
         "BOL", "CHL", "PER"),
        ("Japan condemned the ramming of a Vietnamese boat by a Chinese warship.",
         "JPN", "CHN", "VNM"),
    ],
)  # fmt: skip
def test_reaction_to_a_nominal_ramming_is_aimed_at_the_doer(
    text: str, judge: str, doer: str, victim: str, extract: Callable[..., Extraction]
) -> None:
    keys = _keys(extract(text, date="2025-10-12"))
    assert (judge, doer, "11", "asserted") in keys, keys
    assert not any(k[:3] == (judge, victim, "11") for k in keys), keys


def test_boarding_passengers_is_no_act(extract: Callable[..., Extraction]) -> None:
    assert not extract("The boarding of passengers onto a Greek ferry was delayed.",
                       date="2025-10-12").events  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The State Department approved the sale of 40 fighter jets to Poland on Tuesday.",
        "Germany approved on Monday the sale of rocket launchers worth $2 billion to Qatar.",
    ],
)
def test_approved_arms_sale_is_an_offer(text: str, extract: Callable[..., Extraction]) -> None:
    keys = _keys(extract(text, date="2025-12-18"))
    assert any(k[2] == "03" and k[3] == "asserted" for k in keys), keys
    assert not any(k[2] == "07" for k in keys), keys


def test_approved_aid_stays_aid(extract: Callable[..., Extraction]) -> None:
    keys = _keys(extract("Australia approved an aid package for Fiji.", date="2025-12-18"))
    assert ("AUS", "FJI", "07", "asserted") in keys, keys
