"""Counterparts another clause or the story names (issue 9, fresh7's classes X, J, RQ and A;
``parties.context_met``, ``context_earlier.bare_refusal_conjuncts``, ``reciprocal``,
``pairs.locate_unplaced``, ``_mentions``' "it" and ``_done_so``): minimal documents for each reading and for
the guards that keep it from inventing a party."""

from __future__ import annotations

import pytest
from extract_helpers import WANT_NOT_WRONG, Extract, RootEvent, assert_read_not, root_events

# (document, the reading it gives, the reading it must not give)
READINGS: list[tuple[str, RootEvent, RootEvent]] = [
    # X: a bare refusal answers the request before it, not the conjunct's third state
    (
        "Beijing has asked the Laotian government to pay in cash. Laos's prime minister has "
        "refused, officials say, and has asked Vietnam for help instead.",
        ("LAO", "CHN", "12", "reported"),
        ("LAO", "VNM", "12", "reported"),
    ),
    (
        "Kenya urged Uganda to withdraw its troops, but Uganda declined and asked Tanzania to "
        "mediate.",
        ("UGA", "KEN", "12", "asserted"),
        ("UGA", "TZA", "12", "asserted"),
    ),
    # X: a pledge of a shared act after a meeting goes to the other party
    (
        "Bolivia's president met Peru's president in La Paz. He pledged to step up joint patrols "
        "on the border.",
        ("BOL", "PER", "03", "asserted"),
        ("BOL", "", "03", "asserted"),
    ),
    (
        "Ghana hosted Togo's foreign minister on Monday. Accra promised to reopen the frontier "
        "within a week.",
        ("GHA", "TGO", "03", "asserted"),
        ("GHA", "", "03", "asserted"),
    ),
    # X: a refusal of an act after a meeting the refuser held
    (
        "Poland's president met Lithuania's president in Warsaw. He refused to reopen the border "
        "crossing.",
        ("POL", "LTU", "12", "asserted"),
        ("POL", "POL", "12", "asserted"),
    ),
    # X: the criticised refusal is the refuser's
    (
        "Uganda refused Kenya's request to take in 40 refugees. Kenya's interior minister "
        "criticised the refusal.",
        ("KEN", "UGA", "11", "asserted"),
        ("KEN", "", "11", "asserted"),
    ),
    # J: "the two governments" exchanging envoys in a condition: the pair, possible
    (
        "Egypt and Iran have edged closer this year. If the two governments exchange ambassadors "
        "next year, it would be the first time since 1980.",
        ("IRN", "EGY", "05", "possible"),
        ("IRN", "", "05", "possible"),
    ),
    # A: "it" of a ministry's statement is the ministry's state, never the asked one
    (
        "Peru's justice ministry said it had asked Spain to freeze the accounts.",
        ("PER", "ESP", "02", "reported"),
        ("ESP", "ESP", "02", "reported"),
    ),
    # RQ: "B did so" after "A asked B to V" is B's V, asserted, at A (or at V's own target)
    (
        "Argentina asked Chile to extradite the suspect. Chile did so on Monday.",
        ("CHL", "ARG", "06", "asserted"),
        ("ARG", "CHL", "06", "asserted"),
    ),
    (
        "Ukraine asked Switzerland to impose sanctions on Russia. Switzerland did so last week.",
        ("CHE", "RUS", "16", "asserted"),
        ("CHE", "UKR", "16", "asserted"),
    ),
    (
        "Argentina asked Chile to extradite the suspect. Chile has not done so.",
        ("CHL", "ARG", "06", "negated"),
        ("CHL", "ARG", "06", "asserted"),
    ),
    (
        "The ministry of justice of Peru said it had asked Spain to freeze the accounts.",
        ("PER", "ESP", "02", "reported"),
        ("ESP", "ESP", "02", "reported"),
    ),
    # J: agreeing to exchange envoys (the intent of a diplomatic act): each other
    (
        "Egypt and Iran have edged closer this year. Should the two governments agree to "
        "exchange ambassadors, it would end a long freeze.",
        ("EGY", "IRN", "03", "possible"),
        ("EGY", "", "03", "possible"),
    ),
    # joint doers threaten the third state their forces go near, not each other
    (
        "Greece and Cyprus threatened to deploy warships near Turkey.",
        ("CYP", "TUR", "13", "asserted"),
        ("CYP", "GRC", "13", "asserted"),
    ),
    # X guard: joint doers' shared act is between them, never at an unplaced party of the act
    # the sentence before tells (round 14: the people the police held are no state)
    (
        "Kenyan police arrested the traders for carrying undeclared goods. Kenyan President "
        "William Ruto later spoke with President Samia Suluhu Hassan by phone, and the two "
        "leaders agreed to send a joint team to the crossing.",
        ("KEN", "TZA", "03", "asserted"),
        ("KEN", "", "03", "asserted"),
    ),
    (
        "Ugandan police arrested the traders for smuggling sugar. Ugandan President Yoweri "
        "Museveni later spoke with President William Ruto by phone, and the two leaders agreed "
        "to send a joint team to the crossing.",
        ("UGA", "KEN", "03", "asserted"),
        ("UGA", "", "03", "asserted"),
    ),
    (
        "Greece and Cyprus promised to defend each other.",
        ("CYP", "GRC", "03", "asserted"),
        ("CYP", "TUR", "03", "asserted"),
    ),
]


@pytest.mark.parametrize(WANT_NOT_WRONG, READINGS)
def test_counterpart_from_clause_or_story(
    extract: Extract, text: str, want: RootEvent, wrong: RootEvent
) -> None:
    assert_read_not(extract(text), want, wrong)


# (document, a reading it must not give)
NO_PARTY: list[tuple[str, RootEvent]] = [
    # a pledge of an act of its own after a meeting is not made to the other side
    (
        "Poland's president met Lithuania's president in Warsaw. He pledged to rebuild the army.",
        ("POL", "LTU", "03", "asserted"),
    ),
    # a refusal to comment answers nothing
    (
        "Poland's president met Lithuania's president in Warsaw. He declined to comment.",
        ("POL", "LTU", "12", "asserted"),
    ),
    # a refusal with no request and no counterpart before: not the conjunct's state
    ("Laos refused, and asked Vietnam for help instead.", ("LAO", "VNM", "12", "asserted")),
    # "did so" with nothing asked the sentence before is no act
    ("Argentina praised Chile. Chile did so too.", ("CHL", "ARG", "05", "asserted")),
    # the requested freeze is not done by the asked state
    ("Peru asked Switzerland to freeze the accounts.", ("CHE", "", "16", "asserted")),
    ("Peru said it had asked Switzerland to freeze the accounts.", ("CHE", "", "16", "reported")),
]


@pytest.mark.parametrize(("text", "wrong"), NO_PARTY)
def test_no_party_invented(extract: Extract, text: str, wrong: RootEvent) -> None:
    assert wrong not in root_events(extract(text))


def test_joint_doers_with_no_third_state_stay_each_others(extract: Extract) -> None:
    """ "A and B threatened to deploy warships": with no third state named, the unplaced forces
    are still read in the other doer's state (each other), as before context14."""
    got = root_events(extract("Sudan and South Sudan threatened to deploy warships."))
    assert ("SDN", "SSD", "13", "asserted") in got, got
