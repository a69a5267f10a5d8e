"""What a speaker says (issue 9 sections 1 and 3, args8), on the real pipeline with several
states each: a quote's "we" is its speaker, and its act is aimed at the state it is said of; a
predicted harm needs someone to criticise; a claimer never does the claimed act; acts between a
state's own bodies stay same-state events (the README's PLOVER conventions)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('"We will strike back," the Iranian foreign minister said of Israel.', "IRN", "ISR"),
        ('"We will retaliate," Pakistan\'s defence minister said of India.', "PAK", "IND"),
        ('"Our army will strike back," the Turkish president said about Greece.', "TUR", "GRC"),
        ('"Our forces will retaliate," the Russian president said of France.', "RUS", "FRA"),
    ],
)
def test_a_quoted_threat_is_the_speakers(
    extract: Extract, text: str, source: str, target: str
) -> None:
    got = _events(extract(text))
    assert [e for e in got if e[:3] == (source, target, "13")], got
    assert not [e for e in got if e[0] == target], got  # never the other side's act


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('"We will retaliate," Iran\'s president told reporters, referring to Israel.',
         "IRN", "ISR"),
        ('"We are ready to strike back," the Indian army chief said, referring to Pakistan.',
         "IND", "PAK"),
    ],
)  # fmt: skip
def test_a_quote_referring_to_a_state_threatens_it(
    extract: Extract, text: str, source: str, target: str
) -> None:
    got = _events(extract(text))
    assert [e for e in got if e[:3] == (source, target, "13")], got
    assert not [e for e in got if e[1] == source], got  # no threat at home


def test_an_unnamed_speakers_quote_is_placed_in_no_state(extract: Extract) -> None:
    """ "a senior official said of Israel": the official is not Israel's."""
    got = _events(extract('"We will strike back," a senior official said of Israel.'))
    assert not [e for e in got if e[0] == "ISR"], got


def test_a_quote_in_the_first_person_needs_no_of_phrase(extract: Extract) -> None:
    """ "'We will strike back,' Iran said": the speaker's threat, its target not named."""
    got = _events(extract('"We will strike back," Iran said.'))
    assert {e[:3] for e in got} == {("IRN", "", "13")}, got


@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin said the measures would destabilise global markets.",
        "Beijing said the tariffs would hurt the world economy.",
        "The Japanese government said that the move would destabilize the region.",
        "Brazil warned that the sanctions could damage regional stability.",
    ],
)
def test_a_predicted_harm_with_no_author_is_no_event(extract: Extract, text: str) -> None:
    assert _events(extract(text)) == set()


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan said China's plan would destabilize the region.", "JPN", "CHN"),
        ("Mexico said that Canada's new tariffs would hurt global trade.", "MEX", "CAN"),
    ],
)
def test_a_predicted_harm_of_a_named_act_criticises_its_author(
    extract: Extract, text: str, source: str, target: str
) -> None:
    assert (source, target, "11", "asserted") in _events(extract(text))


@pytest.mark.parametrize(
    ("text", "claimer", "doer", "target", "root"),
    [
        ("Poland claims Damascus massed troops on the border with Turkey.",
         "POL", "SYR", "TUR", "15"),
        ("Seoul claims Pyongyang fired missiles at Japan.", "KOR", "PRK", "JPN", "19"),
        ("India alleged that Islamabad shelled Afghan villages.", "IND", "PAK", "AFG", "19"),
        ("Israel claims Tehran supplied drones to Russia.", "ISR", "IRN", "RUS", "07"),
    ],
)  # fmt: skip
def test_a_claimed_act_is_the_doers_as_reported(
    extract: Extract, text: str, claimer: str, doer: str, target: str, root: str
) -> None:
    got = _events(extract(text))
    assert (doer, target, root, "reported") in got, got
    # the claimer does nothing but claim (an accusation of the doer at most)
    assert not [e for e in got if e[0] == claimer and e[1] != doer], got
    assert not [e for e in got if e[2] == root and e[0] != doer], got


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("The US president pressed Congress to approve aid to Ukraine.", "USA"),
        ("The French president urged parliament to approve the budget.", "FRA"),
        ("The German chancellor called on the Bundestag to back the plan.", "DEU"),
        ("The Kenyan president asked parliament to approve the deployment.", "KEN"),
    ],
)
def test_acts_between_a_states_own_bodies_stay_same_state(
    extract: Extract, text: str, state: str
) -> None:
    got = _events(extract(text))
    assert [e for e in got if e[:2] == (state, state) and e[2] in ("02", "10")], got
