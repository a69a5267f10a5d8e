"""lexicon66's rows, readings and tables on minimal sentences: a promised demand, an agreement
not made to accept migrants, one phone call each way, weapons named by a
pronoun, financed projects, joined forces and missions, the Warsaw Pact and Castro, U.N.-drawn
borders and troops sent into a state to hunt rebels."""

from __future__ import annotations

import pytest

from realpolitik import extract_text


def _events(text: str, date: str = "2024-05-01") -> set[tuple[str, str, str, str]]:
    ex = extract_text(text, date=date)
    return {
        (e.source.code, e.target.code if e.target else "", e.cameo, e.factuality) for e in ex.events
    }


@pytest.mark.parametrize(
    "text",
    [
        "Spain vowed to press Morocco for the release of the prisoners.",
        "India promised to demand compensation from Pakistan.",
        "Chile pledged to press Peru to free the sailors.",
    ],
)
def test_a_promised_demand_is_the_demand_possible_no_threat(text: str) -> None:
    (got,) = _events(text)
    assert got[2][:2] == "10" and got[3] == "possible"


def test_a_vowed_retaliation_stays_a_threat() -> None:
    assert {e[2][:2] for e in _events("Spain vowed to retaliate against Morocco.")} == {"13"}


@pytest.mark.parametrize(
    "text",
    [
        "Poland had not agreed to accept migrants.",
        "Poland has not agreed to accept refugees from Syria.",
        "Hungary did not agree to accept asylum seekers.",
    ],
)
def test_an_agreement_not_made_to_accept_people_is_no_threat(text: str) -> None:
    got = _events(text)
    assert got and all(e[2][:2] == "03" and e[3] == "negated" for e in got)


def test_not_accepting_a_decision_stays_a_rejection() -> None:
    assert _events("Poland did not accept Syria's decision.") == {("POL", "SYR", "120", "asserted")}


_CALL_BOTH = {
    ("FRAGOV", "DEUGOV", "041", "asserted"),
    ("DEUGOV", "FRAGOV", "041", "asserted"),
}


@pytest.mark.parametrize(
    "text",
    [
        "In a phone call with Scholz, Macron said France would send aid.",
        "During a telephone call with Scholz on Monday, Macron discussed the war.",
        "Macron spoke to Scholz in a phone call on Monday.",
        "Macron spoke with Scholz in a phone call on Monday.",
        "Macron and Scholz talked by phone about Ukraine.",
    ],
)
def test_a_phone_call_is_one_act_each_way(text: str) -> None:
    got = {e for e in _events(text) if e[2][:2] == "04"}
    assert got == _CALL_BOTH


def test_a_call_with_a_state_stays_one_way_and_one_with_reporters_is_none() -> None:
    # (a state partner gets no reverse call: measured, both ways lost keys on a dev check half)
    assert _events("France held a phone call with Germany.") == {("FRA", "DEU", "041", "asserted")}
    assert _events("Macron spoke to reporters in a phone call.") == set()
    assert _events("Macron phoned Scholz on Monday.") == {("FRAGOV", "DEUGOV", "041", "asserted")}


def test_a_pronoun_for_weapons_is_an_arms_sale_and_no_party() -> None:
    assert _events("Israel developed new drones. It sold them to India.") == {
        ("ISR", "IND", "062", "asserted")
    }
    got = _events("Russia bought 40 tanks from Belarus. Iran buys them with oil money.")
    assert ("IRN", "", "062", "asserted") in got and not any(e[0] == "IRN" and e[1] for e in got)
    assert _events("Brazil grows soybeans and sells them to China.") == {
        ("BRA", "CHN", "061", "asserted")
    }


def test_a_financed_project_is_economic_aid() -> None:
    assert _events("China financed a port project in Kenya.") == {("CHN", "KEN", "071", "asserted")}
    assert _events("China will finance a dam in Laos.") == {("CHN", "LAO", "071", "possible")}
    assert {e[2] for e in _events("Saudi Arabia financed the purchase of French jets.")} <= {"061"}


def test_joining_a_led_force_is_military_cooperation_with_its_leader() -> None:
    assert _events("Greece joined the EU-led maritime force in the Red Sea.") == {
        ("GRC", "IGOEUREEC", "062", "asserted")
    }
    assert _events("Denmark joined the US-led naval mission in the Gulf.") == {
        ("DNK", "USA", "062", "asserted")
    }
    assert _events("Canada joined forces with Mexico.") == {("CAN", "MEX", "030", "asserted")}


def test_the_warsaw_pact_is_the_pact_not_poland() -> None:
    assert _events("The Warsaw Pact condemned Yugoslavia.", "1980-05-01") == {
        ("IGOEEU", "YUG", "111", "asserted")
    }
    assert _events("Warsaw protested to Moscow.", "1980-05-01") == {
        ("POL", "SUN", "114", "asserted")
    }


@pytest.mark.parametrize("date", ["1962-10-20", "1985-05-01"])
def test_castro_alone_is_fidel_castro_in_his_years(date: str) -> None:
    ex = extract_text("Castro denounced the United States.", date=date)
    assert [(e.source.code, e.source.name) for e in ex.events] == [("CUBGOV", "Fidel Castro")]


def test_a_drawn_border_names_no_party() -> None:
    assert _events("Ethiopia rejected the U.N.-drawn borders with Eritrea.") == {
        ("ETH", "ERI", "120", "asserted")
    }
    assert _events("Iraq rejected the U.S.-drafted resolution.") == {
        ("IRQ", "USA", "120", "asserted")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Turkey sent troops into northern Iraq to hunt rebels.",
        "Rwanda sent 5,000 soldiers into Congo to pursue the militias.",
        "France sent commandos into southern Syria to hunt rebels.",
    ],
)
def test_troops_sent_into_a_state_to_fight_are_force(text: str) -> None:
    (got,) = _events(text)
    assert got[2] == "190" and got[3] == "asserted"


def test_troops_sent_to_help_stay_protection() -> None:
    assert {e[2] for e in _events("Kenya sent troops to Somalia to help the government.")} == {
        "074"
    }
