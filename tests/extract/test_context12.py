"""Counterparts that only the story names (issue 9, fresh5's classes X, J, V, AP and G;
``parties.context_story``, ``parties.agentless``, ``_referring``): minimal documents for each
reading and for the guards that keep it from inventing a party."""

from __future__ import annotations

import pytest
from extract_helpers import WANT_NOT_WRONG, Extract, RootEvent, assert_read_not, root_events

# (document, the reading it gives, the reading it must not give)
READINGS: list[tuple[str, RootEvent, RootEvent]] = [
    # X: a pledge of a thing joins the earlier giving: its recipient, for each pledger
    (
        "Vietnam sent rice to the Philippines. Laos and Cambodia have pledged rescue teams.",
        ("KHM", "PHL", "03", "asserted"),
        ("KHM", "", "03", "asserted"),
    ),
    # X: a visitor's hosts, the visit in a relative clause
    (
        "Laos's defence minister, who flew to Hanoi for the parade, praised his hosts.",
        ("LAO", "VNM", "05", "asserted"),
        ("LAO", "", "05", "asserted"),
    ),
    # X: a visitor's hosts, the visit a sentence before
    (
        "Kenya's president visited Ethiopia on Monday. He thanked his hosts for the welcome.",
        ("KEN", "ETH", "05", "asserted"),
        ("KEN", "", "05", "asserted"),
    ),
    # J: "both capitals" of a third state's praise are both of the pair, not its own
    (
        "Ghana and Togo signed a border deal. Nigeria praised both capitals.",
        ("NGA", "GHA", "05", "asserted"),
        ("NGA", "NGA", "05", "asserted"),
    ),
    # J: no act between the two before: the two named before the sentence
    (
        "Kenya and Uganda ended their border dispute. Ethiopia praised the two neighbours.",
        ("ETH", "KEN", "05", "asserted"),
        ("ETH", "ETH", "05", "asserted"),
    ),
    # V: the incident's doer, not the state the conjoined verb names
    (
        "Bolivian troops fired on Chilean herders. Chile's president called the incident a "
        "provocation and asked Argentina to join an inquiry.",
        ("CHL", "BOL", "11", "asserted"),
        ("CHL", "ARG", "11", "asserted"),
    ),
    # AP: the ministry in the capital names who summoned
    (
        "Peru's ambassador was summoned to the foreign ministry in Quito.",
        ("ECU", "PER", "11", "asserted"),
        ("PER", "PER", "11", "asserted"),
    ),
    # G: people of no state do not block the visitor as the refusal's counterpart
    (
        "Italy's prime minister visited Tunis on Monday. Tunisia's president again ruled out "
        "hosting centres for migrants.",
        ("TUN", "ITA", "12", "asserted"),
        ("TUN", "TUN", "12", "asserted"),
    ),
    # G: the victims of a denied shooting are the accuser's side
    (
        "Chile accused Bolivian troops of shooting two herders. Bolivia denied that its "
        "soldiers had fired on the herders.",
        ("BOL", "CHL", "19", "negated"),
        ("BOL", "BOL", "19", "negated"),
    ),
    # X: a pledge made when a bloc asks goes to the bloc, not to the pledger's own forces
    (
        "Kenya pledged two battalions when the African Union asked for troops.",
        ("KEN", "IGO", "03", "asserted"),
        ("KEN", "KEN", "03", "asserted"),
    ),
    # X: an event noun names the earlier act of its own root, not the latest deed
    (
        "Chile expelled forty Bolivian workers. Argentina imposed tariffs on Bolivian wine. "
        "Bolivia condemned the deportations.",
        ("BOL", "CHL", "11", "asserted"),
        ("BOL", "ARG", "11", "asserted"),
    ),
    # P: a withdrawal from a place whose owner a relative clause gives
    (
        "Morocco withdrew its troops from Guerguerat, a town that Mauritania claims.",
        ("MAR", "MRT", "08", "asserted"),
        ("MAR", "", "08", "asserted"),
    ),
]


@pytest.mark.parametrize(WANT_NOT_WRONG, READINGS)
def test_counterpart_from_the_story(
    extract: Extract, text: str, want: RootEvent, wrong: RootEvent
) -> None:
    assert_read_not(extract(text), want, wrong)


# Guards: documents where the story may lend no party.
NO_PARTY: list[tuple[str, RootEvent]] = [
    # a pledge of one's own act gives nothing to the earlier recipient
    (
        "Japan sent aid to Nepal. Laos pledged to rebuild its army.",
        ("LAO", "NPL", "03", "asserted"),
    ),
    # a pledge naming its own recipient keeps it
    (
        "Japan sent aid to Nepal. China pledged rescue teams to Pakistan.",
        ("CHN", "NPL", "03", "asserted"),
    ),
    # hosts with no visit in the story: no one
    ("Kenya's president praised his hosts.", ("KEN", "KEN", "05", "asserted")),
    # a summons in the summoned envoy's own capital names no other summoner
    (
        "Peru's ambassador was summoned to the foreign ministry in Lima.",
        ("PER", "PER", "11", "asserted"),
    ),
    # a state named in a when-clause is no bloc: the pledge is not lent to it
    (
        "Kenya pledged two battalions when Somalia asked for troops.",
        ("KEN", "IGO", "03", "asserted"),
    ),
    # a place whose owner no clause gives: no owner guessed from another clause's state
    (
        "Morocco withdrew its troops from Guerguerat after talks with Mauritania in Rabat.",
        ("MAR", "MAR", "08", "asserted"),
    ),
    # both of a pair named in the clause's own sentence stay that pair
    (
        "After Chile accused Peru, the two countries held talks in Quito.",
        ("ECU", "PER", "04", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NO_PARTY)
def test_no_party_invented(extract: Extract, text: str, wrong: RootEvent) -> None:
    assert wrong not in root_events(extract(text))


def test_agentless_summons_by_the_dateline_state(extract: Extract) -> None:
    """AP: no place named; the dateline's state did the story's latest act: it summoned."""
    text = "QUITO - Ecuador closed its border with Peru. Peru's ambassador was summoned."
    assert ("ECU", "PER", "11", "asserted") in root_events(extract(text))


def test_agentless_summons_not_by_a_dateline_state_that_did_nothing(extract: Extract) -> None:
    """The story's latest act is the envoy's own state's: the dateline names no summoner."""
    text = "QUITO - Peru closed its border with Ecuador. Peru's ambassador was summoned."
    assert not {e for e in root_events(extract(text)) if e[2] == "11"}


def test_agentless_summons_names_no_doer_without_a_place(extract: Extract) -> None:
    """ "Peru's ambassador was summoned": who summoned is not guessed, so there is no event."""
    assert not root_events(extract("Peru's ambassador was summoned on Tuesday."))


def test_pledges_after_aid_to_a_third_state_each_go_there(extract: Extract) -> None:
    got = root_events(
        extract("Japan sent aid to Nepal after the earthquake. India and China pledged tents.")
    )
    assert {("IND", "NPL", "03", "asserted"), ("CHN", "NPL", "03", "asserted")} <= got, got
