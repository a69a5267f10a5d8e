"""Counterparts another clause or the story names (issue 9, fresh6's classes X, J, PB, G and R;
``parties.context_counterparts``, ``_referring``, ``_mentions``, ``_asides`` and the passive
"received by" row): minimal documents for each reading and for the guards that keep it from
inventing a party."""

from __future__ import annotations

import pytest
from extract_helpers import WANT_NOT_WRONG, Extract, RootEvent, assert_read_not, root_events

# (document, the reading it gives, the reading it must not give)
READINGS: list[tuple[str, RootEvent, RootEvent]] = [
    # X: a refusal answers the request made to the refuser in the same sentence
    (
        "Lima asked Santiago to free the crew, but Santiago refused.",
        ("CHL", "PER", "12", "asserted"),
        ("CHL", "", "12", "asserted"),
    ),
    # X: "the vessel" of a trailing participle is the seized trawler
    (
        "A Chilean patrol boat seized a Peruvian trawler, accusing the vessel of fishing illegally.",
        ("CHL", "PER", "11", "asserted"),
        ("CHL", "", "11", "asserted"),
    ),
    # X: a pledge of money on a visit goes to the host
    (
        "Japan's prime minister arrived in Fiji. Japan's government pledged 2 million dollars "
        "for reef repair.",
        ("JPN", "FJI", "03", "asserted"),
        ("JPN", "", "03", "asserted"),
    ),
    # X: the bound state of "commit S to the proposal" is the refuser's own
    (
        "Bolivia's president visited Paraguay. Bolivia's president declined to commit Bolivia to "
        "the proposal.",
        ("BOL", "PRY", "12", "asserted"),
        ("BOL", "BOL", "12", "asserted"),
    ),
    # J: "the two governments" beside one government's pledge are the story's pair
    (
        "Japan's prime minister arrived in Fiji. Japan's government pledged 3 million dollars for "
        "the reefs, and the two governments signed a pact.",
        ("FJI", "JPN", "05", "asserted"),
        ("JPN", "", "05", "asserted"),
    ),
    # J: "the two kingdoms" after a royal visit, opening embassies: both ways
    (
        "Spain's king visited Morocco on Monday. The two kingdoms agreed to open embassies.",
        ("MAR", "ESP", "03", "asserted"),
        ("MAR", "", "03", "asserted"),
    ),
    # PB: a passive "was received by" a titled host in a second conjunct after an apposition
    (
        "Uganda's president began a three-day visit to Kenya on Tuesday, the first by an African "
        "head of state this year, and was received by President William Ruto at State House.",
        ("KEN", "UGA", "04", "asserted"),
        ("UGA", "UGA", "04", "asserted"),
    ),
    # PB: a host no table knows is of the state the visit went to
    (
        "Uganda's foreign minister arrived in Mbabane and was received at the Lozitha Palace on "
        "Monday by King Sobhuza Dlamuka.",
        ("SWZ", "UGA", "04", "asserted"),
        ("UGA", "UGA", "04", "asserted"),
    ),
    # PB: "welcomed X's head of government, NAME, to CAPITAL" hosts, the apposition between
    (
        "Kenya's president welcomed Uganda's head of government, Robinah Nabbanja, to Nairobi.",
        ("KEN", "UGA", "04", "asserted"),
        ("KEN", "UGA", "05", "asserted"),
    ),
    # G: the currency's demonym is no target; the visit's host is
    (
        "Qatar's emir visited Jordan. Qatar's government pledged 5 million Qatari riyals towards "
        "rebuilding schools.",
        ("QAT", "JOR", "03", "asserted"),
        ("QAT", "QAT", "03", "asserted"),
    ),
    # G: the aid's own doctors are no reason for no target; their purpose's place is
    (
        "Kenya sent Kenyan doctors to help treat cholera patients in Juba.",
        ("KEN", "SSD", "07", "asserted"),
        ("KEN", "", "07", "asserted"),
    ),
    # X: aid after a disaster told the sentence before goes to the stricken state
    (
        "A storm cut power across Fiji. New Zealand has already sent a team of linemen.",
        ("NZL", "FJI", "07", "asserted"),
        ("NZL", "", "07", "asserted"),
    ),
    # G: the sent engineers are Kenya's own; their purpose's place is Uganda's
    (
        "Kenya's president pledged to send Kenyan engineers to help build a market in Kampala.",
        ("KEN", "UGA", "03", "asserted"),
        ("KEN", "KEN", "03", "asserted"),
    ),
]


@pytest.mark.parametrize(WANT_NOT_WRONG, READINGS)
def test_counterpart_from_clause_or_story(
    extract: Extract, text: str, want: RootEvent, wrong: RootEvent
) -> None:
    assert_read_not(extract(text), want, wrong)


# (document, a reading it must not give)
NO_PARTY: list[tuple[str, RootEvent]] = [
    # R: the after-clause's interception is scene; the main clause has no row
    (
        "NAIROBI - Kenya repatriated 40 Somali migrants on Tuesday, a week after its navy "
        "intercepted their boat.",
        ("KEN", "KEN", "17", "asserted"),
    ),
    # R: a since-clause's pact is scene, not a pact with no target
    (
        "Kenya and Tanzania signed a patrol pact. Since their patrol pact took effect, Kenya has "
        "boarded 30 trawlers.",
        ("KEN", "", "05", "asserted"),
    ),
    # X: aid after an act between two states is not aimed at a state of that act by guess
    ("Russia attacked Ukraine. China sent rice.", ("CHN", "RUS", "07", "asserted")),
    # PB: a received letter is no hosting
    ("The letter was received by President Ruto on Monday.", ("KEN", "", "04", "asserted")),
    # PB: "received praise by" (an object) is no hosting
    (
        "Kenya received praise by President Biden for its work.",
        ("KEN", "USA", "04", "asserted"),
    ),
    # X: a refusal after a request to someone else is not aimed at the requester
    (
        "Lima asked Quito to free the crew, but Santiago refused.",
        ("CHL", "PER", "12", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NO_PARTY)
def test_no_party_invented(extract: Extract, text: str, wrong: RootEvent) -> None:
    assert wrong not in root_events(extract(text))


def test_after_clause_act_kept_with_background(extract: Extract) -> None:
    """The scene is still told when asked for (``background=True``)."""
    text = "Kenya flew 40 Somali migrants home, a week after its navy intercepted a Somali boat."
    # (the main clause's "flew ... home" is a return, 174, since lex30: fresh17's FH; a boat
    # with no state named gives no seizure, never Kenya -> Kenya: seeds40)
    assert {e.evidence.trigger for e in extract(text).events} <= {"flew"}
    assert "intercepted" in {e.evidence.trigger for e in extract(text, background=True).events}


def test_currency_demonym_is_no_mention(extract: Extract) -> None:
    """ "5 million Bahraini dinars to Kuwait": Kuwait, and Bahrain is no party at all."""
    got = root_events(extract("Qatar pledged 5 million Bahraini dinars to Kuwait."))
    assert ("QAT", "KWT", "03", "asserted") in got, got
    assert not any("BHR" in e[:2] for e in got), got
