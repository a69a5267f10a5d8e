"""Reactions an act draws (``parties.drawn``): "T's move drew condemnation from S" is S's act on
T, on real parses with several states, verbs and clause shapes; the suite's p25/p26 cross the
same construction with every state (tests/extract/phenomena_wire7.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import root_events

from realpolitik.extract import explain_parties
from realpolitik.models import Document, Extraction

Key = tuple[str, str, str, str]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Venezuela's annexation plan drew a rebuke from Guyana.", ("GUY", "VEN", "11")),
        ("Chile's move sparked strong criticism from Peru.", ("PER", "CHL", "11")),
        ("Israel faced condemnation from Egypt over the raid.", ("EGY", "ISR", "11")),
        ("North Korea's missile test drew condemnation from Seoul.", ("KOR", "PRK", "11")),
        ("The launch of a satellite by Iran drew condemnation from France.", ("FRA", "IRN", "11")),
        ("Russia's invasion of Ukraine drew sanctions from Japan.", ("JPN", "RUS", "16")),
        ("Hanoi's new policy attracted praise from Canberra.", ("AUS", "VNM", "05")),
        ("North Korea's launch prompted a protest from Tokyo.", ("JPN", "PRK", "11")),
        ("China's drills drew protests from Taiwan.", ("TWN", "CHN", "11")),
    ],
)
def test_the_from_phrase_reacts_to_the_subject(
    text: str, want: tuple[str, str, str], extract: Callable[..., Extraction]
) -> None:
    assert (*want, "asserted") in root_events(extract(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "act", "reaction"),
    [
        (
            "Azerbaijan launched strikes on Armenian positions, drawing condemnation from France.",
            ("AZE", "ARM", "19"),
            ("FRA", "AZE", "11"),
        ),
        (
            "Russia expelled two Estonian diplomats, a move that drew criticism from Latvia.",
            ("RUS", "EST", "16"),
            ("LVA", "RUS", "11"),
        ),
        (
            "Kenya recalled its ambassador from Somalia on Friday, a step that drew a rebuke "
            "from Ethiopia.",
            ("KEN", "SOM", "16"),
            ("ETH", "KEN", "11"),
        ),
        (
            "Colombia imposed tariffs on Mexican steel, prompting sharp criticism from Brazil.",
            ("COL", "MEX", "16"),
            ("BRA", "COL", "11"),
        ),
    ],
)
def test_a_trailing_reaction_is_news_aimed_at_the_main_doer(
    text: str,
    act: tuple[str, str, str],
    reaction: tuple[str, str, str],
    extract: Callable[..., Extraction],
) -> None:
    got = root_events(extract(text))
    assert (*act, "asserted") in got
    assert (*reaction, "asserted") in got  # not dropped as the main act's scene


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Israel's decision was met with condemnation from Egypt.", ("EGY", "ISR", "11")),
        ("Russia's move was met with sanctions from Japan.", ("JPN", "RUS", "16")),
        ("Serbia's proposal was greeted with criticism from Albania.", ("ALB", "SRB", "11")),
    ],
)
def test_met_with_a_response_is_no_meeting(
    text: str, want: tuple[str, str, str], extract: Callable[..., Extraction]
) -> None:
    got = root_events(extract(text))
    assert (*want, "asserted") in got
    assert not any(k[2] == "04" for k in got)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Biden met with Xi in California.", ("USA", "CHN", "04")),
        ("The Indian prime minister was met at the airport by Russia's deputy prime minister.",
         ("RUS", "IND", "04")),
    ],
)  # fmt: skip
def test_meetings_stay_meetings(
    text: str, want: tuple[str, str, str], extract: Callable[..., Extraction]
) -> None:
    assert (*want, "asserted") in root_events(extract(text))


@pytest.mark.slow
def test_a_crowd_drawn_to_protest_still_demonstrates(extract: Callable[..., Extraction]) -> None:
    got = root_events(extract("The ruling drew protests from students in Nairobi."))
    assert {k[2] for k in got} == {"14"}  # people, not a state: no diplomatic protest


@pytest.mark.slow
def test_without_a_from_phrase_no_party_is_guessed(extract: Callable[..., Extraction]) -> None:
    got = root_events(extract("The decision drew condemnation on Monday."))
    assert not any(k[2] == "11" and k[1] for k in got)
    # the subject is no doer: "the decision" drew it, "from Mexico" condemned
    got = root_events(extract("The decision drew condemnation from Brazil and Mexico."))
    assert {("BRA", "", "11", "asserted"), ("MEX", "", "11", "asserted")} <= got


@pytest.mark.slow
def test_the_stage_is_named_in_the_trace(nlp: object, registry: object) -> None:
    doc = Document("t", "Chile's move sparked strong criticism from Peru.", "test")
    traces = dict(explain_parties(doc, registry=registry, nlp=nlp))  # type: ignore[arg-type]
    steps = [s for s in traces["criticism"] if s.before != s.after]
    assert steps[0].stage == "drew_reaction"
    assert [a.ref.code for a in steps[0].after.sources] == ["PER"]
    assert [a.ref.code for a in steps[0].after.targets] == ["CHL"]
