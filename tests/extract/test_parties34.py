"""parties34's classes on whole sentences (issue 9): military ranks as titles, a mission's
complaint aimed at its host, an office of a region no table knows, and "after POSS N VERBed"
read as a phrase of the main verb's object."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from extract_helpers import root_events

from realpolitik.extract._nlp import repair_parse
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brigadier Musa Varga of Chad's army accused Niger of violating the ceasefire.",
         ("TCD", "NER", "11", "asserted")),
        ("Brigadier Haddad criticised Ukraine, Italy's army said.",
         ("ITA", "UKR", "11", "reported")),
        ("Air Chief Marshal Soini, Finland's air force chief, warned Russia against any incursion.",
         ("FIN", "RUS", "13", "asserted")),
        ("Vice Admiral Novak of Croatia's navy met Italy's defence minister.",
         ("HRV", "ITA", "04", "asserted")),
    ],
)  # fmt: skip
def test_rank_is_a_title(extract: Extract, text: str, expected: tuple[str, ...]) -> None:
    assert expected in root_events(extract(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's embassy in Kampala complained that its diplomats had been followed.",
         ("KEN", "UGA", "11", "asserted")),
        ("The Iraqi consulate in Athens objected to the detention of three Iraqi fishermen.",
         ("IRQ", "GRC", "11", "asserted")),
        ("Mexico's consulate in Rabat lodged a formal complaint after police raided a school.",
         ("MEX", "MAR", "11", "asserted")),
        ("Russia's mission in Baku objected that Russian nationals had been denied access.",
         ("RUS", "AZE", "11", "asserted")),
    ],
)  # fmt: skip
def test_mission_complains_to_host(extract: Extract, text: str, expected: tuple[str, ...]) -> None:
    assert expected in root_events(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The governor of the Kessar region met Iran's ambassador in Madrid on Monday.",
        "The Malbeni regional governor met Israel's ambassador in Baghdad on Monday.",
        "The governor of Tarvo province held talks with Colombia's envoy in Ottawa.",
    ],
)
def test_unknown_region_office_is_no_place(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    assert got, text
    places = {"ESP", "IRQ", "CAN"}
    assert not any(src in places or tgt in places for src, tgt, _, _ in got), got


def test_known_state_in_office_name_still_places(extract: Extract) -> None:
    """ "Montenegro Municipality Association officials": a state's word among the modifiers."""
    got = root_events(
        extract("Montenegro Municipality Association officials demanded support from Serbia.")
    )
    assert any(src == "MNE" for src, _, _, _ in got), got


def test_after_possessive_clause_repaired(nlp: Any) -> None:
    """The parser makes "ambassador" the subject of "rammed" and "vessel" the summons' object."""
    doc = nlp(
        "Japan summoned China's ambassador after Beijing's coast guard rammed a Japanese vessel."
    )
    for sent in doc.sents:
        repair_parse(sent)
    by = {t.text: t for t in doc}
    assert by["ambassador"].dep_ == "dobj" and by["ambassador"].head.text == "summoned"
    assert by["rammed"].dep_ == "advcl" and by["rammed"].head.text == "summoned"
    assert by["guard"].dep_ == "nsubj" and by["guard"].head.text == "rammed"
    assert by["vessel"].head.text == "rammed"


def test_after_possessive_main_act(extract: Extract) -> None:
    got = root_events(
        extract("Paris summoned the Philippines' ambassador after Manila's navy rammed a boat.")
    )
    assert ("FRA", "PHL", "11", "asserted") in got, got
