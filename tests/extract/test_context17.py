"""Parties given by the sentence before or by another verb of the same sentence (issue 9,
context17: fresh9's X, V, RF and NA classes; ``parties.context_met``,
``parties.context_earlier``, ``parties.carried_acts`` and ``_accused_conjunct``), on minimal
documents with several states, with the guards that keep each reading from guessing. The
suite's tables: ``phenomena_context17.py``."""

from __future__ import annotations

import pytest
from extract_helpers import WANT_NOT_WRONG, Extract, RootEvent, assert_read_not, root_events

# (document, the reading it gives, the reading it must not give)
READINGS: list[tuple[str, RootEvent, RootEvent]] = [
    # X: a pledge to hand a thing over, after a meeting, goes to the party met
    (
        "Kenya's foreign minister met Ethiopia's foreign minister in Nairobi. The Ethiopian "
        "minister promised to send the report within a week.",
        ("ETH", "KEN", "03", "asserted"),
        ("ETH", "", "03", "asserted"),
    ),
    (
        "Peru's president met Chile's president in Lima. The Chilean president pledged to hand "
        "over the documents.",
        ("CHL", "PER", "03", "asserted"),
        ("CHL", "", "03", "asserted"),
    ),
    # X: "the gesture" is the act done to the reacting state just before
    (
        "Rwanda released two Burundian soldiers on Friday. Burundi's president welcomed the "
        "gesture.",
        ("BDI", "RWA", "05", "asserted"),
        ("BDI", "", "05", "asserted"),
    ),
    (
        "Peru freed three Bolivian fishermen on Monday. Bolivia praised the goodwill gesture.",
        ("BOL", "PER", "05", "asserted"),
        ("BOL", "", "05", "asserted"),
    ),
    # X: "their release" after a protest over an arrest by the other state's police
    (
        "Ghana protested to Togo on Monday over the arrest of five Ghanaian fishermen by "
        "Togolese police. It called for their immediate release.",
        ("GHA", "TGO", "02", "asserted"),
        ("GHA", "", "02", "asserted"),
    ),
    # V: the alert conjoined to an accusation (hung by the parser on the accused gerund)
    (
        "Sudan accused Chad of moving troops to the border and put its own army on alert.",
        ("SDN", "TCD", "15", "asserted"),
        ("SDN", "TCD", "15", "reported"),
    ),
    (
        "Peru accused Chile of massing troops on the border and placed its forces on high alert.",
        ("PER", "CHL", "15", "asserted"),
        ("PER", "", "15", "asserted"),
    ),
    (
        "India condemned the shelling by Pakistan and put its army on alert.",
        ("IND", "PAK", "15", "asserted"),
        ("IND", "", "15", "asserted"),
    ),
    # RF: a refusal despite another's calls refuses the caller, not the own forces
    (
        "Morocco has refused for years to pull its forces back from the buffer zone despite "
        "repeated calls from Spain.",
        ("MAR", "ESP", "12", "asserted"),
        ("MAR", "MAR", "12", "asserted"),
    ),
    (
        "Israel has refused to reopen the crossing despite Egypt's repeated calls.",
        ("ISR", "EGY", "12", "asserted"),
        ("ISR", "", "12", "asserted"),
    ),
    (
        "Eritrea has refused since 2017 to pull its troops back from the town despite repeated "
        "calls from the UN Security Council.",
        ("ERI", "IGO", "12", "asserted"),
        ("ERI", "ERI", "12", "asserted"),
    ),
    # NA: the act noun kept going is the keeper's, with the noun's partner
    (
        "Yet the Ghanaian president has quietly kept the border police cooperation with Togo "
        "going.",
        ("GHA", "TGO", "06", "asserted"),
        ("TGO", "TGO", "06", "asserted"),
    ),
    (
        "Taipei kept up the coast guard cooperation with Greece.",
        ("TWN", "GRC", "06", "asserted"),
        ("TWN", "", "06", "asserted"),
    ),
]


@pytest.mark.parametrize(WANT_NOT_WRONG, READINGS)
def test_party_from_context(extract: Extract, text: str, want: RootEvent, wrong: RootEvent) -> None:
    assert_read_not(extract(text), want, wrong)


# (document, a reading it must not give)
NO_PARTY: list[tuple[str, RootEvent]] = [
    # the thing is sent to a receiver the sentence names: not the party met
    (
        "Ghana's foreign minister met Togo's foreign minister in Accra. Togo's minister "
        "promised to send the list to the United Nations.",
        ("TGO", "GHA", "03", "asserted"),
    ),
    # a gerund under the accusation ("and putting"): the accused's act, not the accuser's
    (
        "Sudan accused Chad of moving troops to the border and putting its army on alert.",
        ("SDN", "TCD", "15", "asserted"),
    ),
    # an alert beside a friendly act: no target borrowed
    (
        "Kenya hosted Uganda's president and put its army on alert.",
        ("KEN", "UGA", "15", "asserted"),
    ),
    # a refusal despite calls of no named party: none guessed
    (
        "Russia refused to pull its troops back despite the pressure.",
        ("RUS", "---", "12", "asserted"),
    ),
    # an act noun kept going whose owner is another state stays that state's
    (
        "Kenya kept the Chinese investment going.",
        ("KEN", "", "06", "asserted"),
    ),
    # a refused act that names another state keeps it
    (
        "Chile refused to return the Peruvian boats despite calls from Bolivia.",
        ("CHL", "BOL", "12", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NO_PARTY)
def test_no_party_guessed(extract: Extract, text: str, wrong: RootEvent) -> None:
    assert wrong not in root_events(extract(text))
