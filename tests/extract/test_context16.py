"""A party named only in an earlier sentence (issue 9, the X class of fresh5 to fresh8;
``parties.context_referents`` and ``parties.context_offers``), on minimal documents with
several states: the readings each stage gives and the guards that keep it from guessing a
party from a mere mention. The suite's tables: ``phenomena_context16.py``."""

from __future__ import annotations

import pytest
from extract_helpers import WANT_NOT_WRONG, Extract, RootEvent, assert_read_not, root_events

# (document, the reading it gives, the reading it must not give)
READINGS: list[tuple[str, RootEvent, RootEvent]] = [
    # an object that names again what the doer's earlier act was done to
    (
        "Myanmar's navy detained 20 Thai fishermen last week. Naypyidaw released eight of them "
        "on Friday.",
        ("MMR", "THA", "08", "asserted"),
        ("MMR", "", "08", "asserted"),
    ),
    (
        "Myanmar's navy detained 20 Thai fishermen last week. Naypyidaw released them on Friday.",
        ("MMR", "THA", "08", "asserted"),
        ("MMR", "MMR", "08", "asserted"),
    ),
    (
        "Ghana seized three Togolese fishing boats in March. Accra returned them on Monday.",
        ("GHA", "TGO", "08", "asserted"),
        ("GHA", "", "08", "asserted"),
    ),
    (
        "Peru seized two Chilean fishing boats. Lima later returned them, officials said.",
        ("PER", "CHL", "08", "reported"),
        ("PER", "", "08", "reported"),
    ),
    (
        "Peru detained two Chilean soldiers on Monday. Lima freed the detainees on Friday.",
        ("PER", "CHL", "08", "asserted"),
        ("PER", "", "08", "asserted"),
    ),
    (
        "Peru detained two Chilean soldiers on Monday. Lima freed the soldiers on Friday.",
        ("PER", "CHL", "08", "asserted"),
        ("PER", "PER", "08", "asserted"),
    ),
    (
        "Iran detained a British tanker in the Gulf. Tehran freed the ship in July.",
        ("IRN", "GBR", "08", "asserted"),
        ("IRN", "", "08", "asserted"),
    ),
    (
        "Saudi police detained 300 Ethiopian workers last week and have deported 100 of them.",
        ("SAU", "ETH", "17", "asserted"),
        ("SAU", "SAU", "17", "asserted"),
    ),
    # told in another paragraph (another parse): the earlier act's own words
    (
        "Myanmar's navy detained 20 Thai fishermen last week.\n\nNaypyidaw released eight of "
        "them on Friday.",
        ("MMR", "THA", "08", "asserted"),
        ("MMR", "", "08", "asserted"),
    ),
    (
        "Kenya asked Uganda to extradite the suspect.\n\nUganda extradited him on Friday.",
        ("UGA", "KEN", "06", "asserted"),
        ("UGA", "", "06", "asserted"),
    ),
    # a demand that "they" be freed: the state that holds the asker's people
    (
        "Chile detained 12 Argentine fishermen. Argentina demanded that they be freed.",
        ("ARG", "CHL", "10", "asserted"),
        ("ARG", "ARG", "10", "asserted"),
    ),
    (
        "Chile detained 12 Argentine fishermen. Buenos Aires asked for them to be released.",
        ("ARG", "CHL", "02", "asserted"),
        ("ARG", "ARG", "02", "asserted"),
    ),
    # a reaction to the release of one's own people or craft: the state that held them
    (
        "Myanmar's navy detained 20 Thai fishermen. Thailand welcomed the release of the "
        "fishermen on Friday.",
        ("THA", "MMR", "05", "asserted"),
        ("THA", "", "05", "asserted"),
    ),
    (
        "Iran seized a Greek tanker in April. Greece welcomed its release in May.",
        ("GRC", "IRN", "05", "asserted"),
        ("GRC", "", "05", "asserted"),
    ),
    # a reaction to "it": the act done to the reacting state the sentence before
    (
        "Peru deployed troops on the border with Ecuador. Quito condemned it.",
        ("ECU", "PER", "11", "asserted"),
        ("ECU", "ECU", "11", "asserted"),
    ),
    # an acceptance of an offer, a request or an invitation made to the accepter
    (
        "Japan offered Vietnam a loan of 2 billion dollars. Hanoi accepted on Monday.",
        ("VNM", "JPN", "08", "asserted"),
        ("VNM", "", "08", "asserted"),
    ),
    (
        "Kenya invited Uganda's president to a summit. Kampala accepted.",
        ("UGA", "KEN", "03", "asserted"),  # (an accepted invitation: 036, GUIDE rule 7; lex20)
        ("UGA", "KEN", "08", "asserted"),
    ),
    # the act a request asked of its doer, done: at the asker
    (
        "Kenya asked Uganda to extradite the suspect. Uganda extradited him on Friday.",
        ("UGA", "KEN", "06", "asserted"),
        ("UGA", "", "06", "asserted"),
    ),
    # an agentless passive answer to an offer named again
    (
        "Japan offered Vietnam a loan of 2 billion dollars. The offer was rejected.",
        ("VNM", "JPN", "12", "asserted"),
        ("JPN", "VNM", "12", "asserted"),
    ),
    (
        "Kenya asked Uganda to extradite the suspect. The request was turned down.",
        ("UGA", "KEN", "12", "asserted"),
        ("KEN", "UGA", "12", "asserted"),
    ),
]


@pytest.mark.parametrize(WANT_NOT_WRONG, READINGS)
def test_party_of_an_earlier_sentence(
    extract: Extract, text: str, want: RootEvent, wrong: RootEvent
) -> None:
    assert_read_not(extract(text), want, wrong)


# (document, a reading it must not give)
NO_PARTY: list[tuple[str, RootEvent]] = [
    # the earlier act was not the doer's: "them" is no party of it
    (
        "Myanmar's navy detained 20 Thai fishermen last week. Laos released eight of them on "
        "Friday.",
        ("LAO", "THA", "08", "asserted"),
    ),
    # no state held the asker's people: no holder is guessed
    (
        "Argentine fishermen were detained last week. Argentina demanded that they be freed.",
        ("ARG", "ARG", "10", "asserted"),
    ),
    # the asked act done toward a third state it names: that state, not the asker
    (
        "Kenya asked Uganda to extradite the suspect. Uganda extradited a different man to "
        "Tanzania.",
        ("UGA", "KEN", "06", "asserted"),
    ),
    # no state held the reacting state's people: no holder is guessed
    (
        "Thai fishermen were detained last week. Thailand welcomed their release.",
        ("THA", "---", "05", "asserted"),
    ),
    # the release of another state's people: not the holder of one's own
    (
        "Myanmar's navy detained 20 Thai fishermen. Thailand welcomed the release of two "
        "Cambodian journalists.",
        ("THA", "MMR", "05", "asserted"),
    ),
    # the offer was made to another state
    (
        "Japan offered Vietnam a loan of 2 billion dollars. Laos accepted on Monday.",
        ("LAO", "JPN", "08", "asserted"),
    ),
    # the passive names its own agent: not the offer's receiver
    (
        "Japan offered Vietnam a loan of 2 billion dollars. The offer was rejected by Thailand.",
        ("VNM", "JPN", "12", "asserted"),
    ),
    # two states' boats were seized: "them" is neither's
    (
        "Peru seized two Chilean fishing boats and three Bolivian trucks. Lima returned them on "
        "Monday.",
        ("PER", "CHL", "08", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NO_PARTY)
def test_no_party_from_a_mere_mention(extract: Extract, text: str, wrong: RootEvent) -> None:
    assert wrong not in root_events(extract(text))
