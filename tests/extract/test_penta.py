"""Five-class sentence labels and the CAMEO readings behind them, on sentences the project wrote."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from extract_helpers import triples

from realpolitik.actors import ActorRegistry
from realpolitik.extract._extract import run_document
from realpolitik.extract.evaluate import _penta_label
from realpolitik.models import Document, Extraction

Extract = Callable[..., Extraction]


@pytest.fixture(scope="module")
def penta(nlp: Any, registry: ActorRegistry) -> Callable[[str], int]:
    def label(text: str) -> int:
        _, hits = run_document(Document("t", text, "test", date="2024-06-20"), registry, None, nlp)
        return _penta_label(hits)

    return label


def codes(ex: Extraction) -> set[str]:
    return {c for _, _, c in triples(ex)}


def test_rejecting_an_accusation_denies_responsibility(
    extract: Extract, penta: Callable[[str], int]
) -> None:
    text = "Chile rejected accusations by Peru that its navy had seized fishing boats."
    assert ("CHL", "PER", "016") in triples(extract(text))
    assert penta(text) == 0
    # rejecting a proposal stays a rejection
    assert penta("Chile rejected a proposal by Peru to hold joint patrols.") == 3


def test_calling_off_a_strike_eases_dissent(extract: Extract, penta: Callable[[str], int]) -> None:
    assert penta("Dock workers in Chile called off their strike on Monday.") == 2
    assert penta("Dock workers in Chile postponed the protest until May.") == 2
    # refusing to end it is a refusal to yield
    assert penta("The dock workers said they will not end the strike.") == 3
    # agreeing to call it off is an intent to yield, not a threat
    assert "035" in codes(extract("Unions in Chile agreed with Peru to call off the strike."))


def test_violating_a_truce_and_a_ban(extract: Extract, penta: Callable[[str], int]) -> None:
    assert "196" in codes(extract("Armenia violated the ceasefire with Azerbaijan on Sunday."))
    assert penta("The ship violated a ban on fishing in the bay.") == 3


def test_material_cooperation_readings(extract: Extract, penta: Callable[[str], int]) -> None:
    assert penta("A court in Lima freed the opposition leader after two years.") == 2
    assert penta("Chile and Peru launched joint war games off the coast.") == 2
    assert penta("Canada removed sanctions on three Peruvian banks.") == 2
    assert penta("Chile deployed peacekeepers to Haiti in 2004.") == 2
    assert "064" in codes(extract("Peru shared evidence with Chile about the smuggling ring."))


def test_material_conflict_readings(penta: Callable[[str], int]) -> None:
    assert penta("The junta outlawed the main opposition party.") == 4
    assert penta("The militia held villagers as human shields near the river.") == 4
    assert penta("Soldiers demolished dozens of homes in the border village.") == 4


def test_must_clause_under_a_speech_verb_is_a_demand(
    extract: Extract, penta: Callable[[str], int]
) -> None:
    ex = extract("Chile said that Peru must withdraw its troops from the border.")
    assert ("CHL", "PER", "105") in triples(ex)
    assert penta("The minister said the government must ensure the safety of journalists.") == 3
    # "must" alone, without a speaker, is not coded as anyone's demand
    assert penta("The government must ensure the safety of journalists.") == 0
    # a plain report stays what it reports
    assert penta("Chile said that Peru withdrew its troops from the border.") == 2


def test_agreeing_with_a_view_expresses_accord(
    extract: Extract, penta: Callable[[str], int]
) -> None:
    assert "019" in codes(extract("Chile agreed with Peru that the border talks were useful."))
    assert penta("The two ministers agreed that the report was accurate.") == 0
    # an infinitive, an object or "on" keeps the commitment reading
    assert "036" in codes(extract("Chile agreed with Peru to hold talks in Lima."))
    assert penta("Chile and Peru agreed on a new fishing quota.") == 1
    # a that-clause saying what should be done is a shared commitment, not mere accord
    assert "019" not in codes(extract("Chile and Peru agree that the dispute should be settled."))


def test_claiming_ones_own_attack_claims_responsibility(
    extract: Extract, penta: Callable[[str], int]
) -> None:
    ex = extract("The rebels claimed that they had shelled the army base in Mali.")
    assert "015" in codes(ex) and any(c.startswith("19") for c in codes(ex))
    assert penta("The rebels claimed that they had shelled the army base in Mali.") == 0
    # a claim about someone else's attack is a report of the attack
    assert penta("Mali claimed that the rebels had shelled the army base.") == 4


def test_pressuring_someone_to_act_is_a_demand(extract: Extract) -> None:
    ex = extract("Peru pressured Chile to withdraw its ships from the bay.")
    assert any(c.startswith("10") for c in codes(ex))


def test_verbal_cooperation_readings(extract: Extract, penta: Callable[[str], int]) -> None:
    assert "052" in codes(extract("Peru defended Chile's handling of the fishing dispute."))
    assert penta("The minister defended the government's response to the floods.") == 1
    got = triples(extract("Chile and Peru upgraded their diplomatic ties on Monday."))
    assert ("CHL", "PER", "050") in got and ("PER", "CHL", "050") in got


def test_open_borders_observers_and_condolences(
    extract: Extract, penta: Callable[[str], int]
) -> None:
    assert penta("Chile opened its borders to refugees from Peru.") == 2
    assert "086" in codes(extract("Peru received a mission of observers from Chile."))
    assert "018" in codes(extract("Chile sent a condolence message to Peru after the floods."))
    assert penta("Chile sent a condolence message to Peru after the floods.") == 0
