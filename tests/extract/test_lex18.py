"""The lexicon by CAMEO root (lex18) on minimal sentences with several states: a passive subject
that names no party is the thing acted on, so its "with / from / of" phrase names the target
("ties with X were severed by Y", "imports of X beef were banned by Y"); coercion phrasings
(impound, confiscation, rounded / locked up, taken into custody, sent back, kicked out, the
expulsion of workers), reduced relations (put talks / relations on hold, withdrawal from talks)
criticism ("railed against") and appeals ("reached out to X for help"), each with the
readings it must not take; and an intent noun only talked about (doubted, warned against, kept,
broken or recalled) is no intent. The suite's tables: ``phenomena_lex18.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from realpolitik.models import Extraction


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo, e.factuality)
        for e in ex.events
    }


# -- the passive subject that names no party -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diplomatic ties with South Africa were severed by Taipei.", ("TWN", "ZAF", "16")),
        ("Talks with Poland were suspended by Egypt on Monday.", ("EGY", "POL", "16")),
        ("Imports of German beef were banned by Rabat.", ("MAR", "DEU", "16")),
        ("Imports from Russia were halted by Ukraine.", ("UKR", "RUS", "16")),
    ],
)
def test_a_passive_thing_names_the_target(
    extract: Extract, text: str, expected: tuple[str, str, str]
) -> None:
    got = {(s, t, c[:2]) for s, t, c, f in _events(extract(text)) if f == "asserted"}
    assert expected in got


def test_a_passive_party_stays_the_target(extract: Extract) -> None:
    got = _events(extract("Uganda was criticised by Kenya on Tuesday."))
    assert {(s, t) for s, t, _, _ in got} == {("KEN", "UGA")}


# -- coercion, reduced relations, criticism, appeals ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berlin impounded an Azerbaijani cargo ship on Sunday.", ("DEU", "AZE", "171")),
        ("The confiscation of three Greek fishing boats by Syria came on Tuesday.",
         ("SYR", "GRC", "1711")),
        ("The expulsion of 300 Canadian workers by Lebanon came on Friday.", ("LBN", "CAN", "174")),
        ("Kenya rounded up dozens of Ugandan migrants.", ("KEN", "UGA", "173")),
        ("Peru locked up three Chilean activists.", ("PER", "CHL", "173")),
        ("Ghana took three Togolese soldiers into custody.", ("GHA", "TGO", "173")),
        ("Mexico sent back 50 Serbian migrants on Monday.", ("MEX", "SRB", "174")),
        ("Kenya kicked out two Ugandan diplomats.", ("KEN", "UGA", "161")),
        ("Chile kicked out 30 Bolivian workers.", ("CHL", "BOL", "174")),
        ("Iraq's withdrawal from talks with Brazil came late on Friday.", ("IRQ", "BRA", "164")),
        ("Kenya put its talks with Uganda on hold.", ("KEN", "UGA", "164")),
        ("Egypt put its relations with Sudan on hold.", ("EGY", "SDN", "160")),
        ("Kenya railed against Uganda's tariffs.", ("KEN", "UGA", "111")),
        ("Nepal reached out to India for help.", ("NPL", "IND", "023")),
        ("Kenya offered an apology to Uganda.", ("KEN", "UGA", "055")),
        ("Japan issued an apology to South Korea.", ("JPN", "KOR", "055")),
        ("Ghana paid tribute to Togo's peacekeepers.", ("GHA", "TGO", "051")),
    ],
)  # fmt: skip
def test_root_phrasings(extract: Extract, text: str, expected: tuple[str, str, str]) -> None:
    got = {(s, t, c) for s, t, c, f in _events(extract(text)) if f == "asserted"}
    assert expected in got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya locked up the deal.",
        "Kenya rounded up support for its bid.",
    ],
)
def test_no_arrest_without_people(extract: Extract, text: str) -> None:
    assert not [e for e in _events(extract(text)) if e[2].startswith("17")]


def test_aid_sent_back_stays_aid(extract: Extract) -> None:
    got = _events(extract("Kenya sent aid to Uganda to help migrants get back home."))
    assert ("KEN", "UGA", "070", "asserted") in got
    assert not [e for e in got if e[2].startswith("17")]


# -- the spurious intent: an intent noun only talked about ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenya cast doubt on Uganda's commitment to the ceasefire.",
        "Chile expressed doubts about Peru's promise to reopen the border.",
        "Ghana warned against Togo's plan to build the dam.",
        "Egypt reminded Sudan of its pledge to reopen the border.",
        "Vietnam broke its pledge to withdraw its troops from Laos.",
        "Poland held Hungary to its promise to lift the ban.",
    ],
)
def test_no_intent_from_a_talked_about_pledge(extract: Extract, text: str) -> None:
    assert not [e for e in _events(extract(text)) if e[2].startswith("03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uganda made a pledge of aid to Kenya.", ("UGA", "KEN", "033", "asserted")),
        ("Chile announced a plan to build a bridge with Peru.", ("CHL", "PER", "030", "asserted")),
        ("Kenya voiced concern over Uganda's plan to build the dam.",
         ("KEN", "UGA", "012", "asserted")),
    ],
)  # fmt: skip
def test_a_pledge_made_stays_an_intent(
    extract: Extract, text: str, expected: tuple[str, str, str, str]
) -> None:
    got = _events(extract(text))
    assert expected in got
