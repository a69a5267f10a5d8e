"""Focused tests of practice6's non-party changes (issue 9 round 26): a counted subject that
denies its verb ("not one member state protested", class NQ), and a person welcomed as a guest
hosted (``_received_guests`` with "welcome" and the passive, class WL). The suite crosses the
same classes (phenomena_practice6.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from extract_helpers import root_events

from realpolitik.extract._denying_subjects import not_one_subject
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "verb", "denied"),
    [
        ("Not one member state protested.", "protested", True),
        ("Not a single Polish minister has visited Hungary.", "visited", True),
        ("Not even one official objected.", "objected", True),
        ("None of the members objected.", "objected", True),
        ("Not all members protested.", "protested", False),
        ("Poland protested on Monday.", "protested", False),
    ],
)
def test_not_one_subject(nlp: Any, text: str, verb: str, denied: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == verb)
    assert not_one_subject(tok) is denied


def test_not_one_subject_negates_the_act(extract: Extract) -> None:
    got = root_events(extract("Not one Polish minister has visited Hungary since March."))
    assert ("POL", "HUN", "04", "negated") in got
    assert not any(k[3] == "asserted" for k in got)


@pytest.mark.parametrize(
    "text",
    [
        "Czech Prime Minister Andrej Babis was welcomed by Robert Fico in Bratislava.",
        "Robert Fico welcomed Czech Prime Minister Andrej Babis in Bratislava.",
        "The Slovak prime minister welcomed his Czech counterpart in Bratislava.",
    ],
)
def test_a_person_welcomed_is_a_guest_hosted(extract: Extract, text: str) -> None:
    got = {k[:3] for k in root_events(extract(text)) if k[3] == "asserted"}
    assert {("SVK", "CZE", "04"), ("CZE", "SVK", "04")} <= got
    assert not any(k[2] == "05" for k in got)


def test_an_act_welcomed_stays_approval(extract: Extract) -> None:
    got = root_events(extract("Robert Fico welcomed the Czech decision to buy shells."))
    assert ("SVK", "CZE", "05", "asserted") in got


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's foreign minister met Maia Sandu and invited her to Kyiv; she accepted.",
        "The Ukrainian president invited Maia Sandu to Kyiv. She accepted.",
    ],
)
def test_the_invited_one_accepts(extract: Extract, text: str) -> None:
    """The answering pronoun is the one invited, through "her" or across the sentence (PR)."""
    got = {k[:3] for k in root_events(extract(text)) if k[3] == "asserted"}
    assert ("MDA", "UKR", "03") in got
    assert not any(k[0] == "UKR" and k[2] in ("03", "08") and k[1] != "MDA" for k in got)


@pytest.mark.parametrize(
    "text",
    [
        "Slovak deliveries had made up 19 percent of Ukraine's electricity imports.",
        "Chinese investment makes up a third of Zambia's foreign capital.",
    ],
)
def test_a_share_is_no_act(extract: Extract, text: str) -> None:
    """A share told with "make up" or "represent" is a figure, not an act (SN)."""
    assert not {k for k in root_events(extract(text)) if k[3] == "asserted"}


def test_made_up_without_a_share_is_not_a_figure(extract: Extract) -> None:
    got = root_events(extract("Russia delivered 40 tanks to Serbia."))
    assert ("RUS", "SRB", "07", "asserted") in got
