"""Error classes of the blind held-out review (bench/gold/fresh_review.md), tested on sentences
of other states and phrasings (never the held-out ones): a venue is no party; states that
commit together to an act naming no one else commit to each other; a relative "whose" owner is
its antecedent; a summons to protest is one complaint; a crowd's attack is a violent protest;
a speech verb in a time clause attributes nothing; a refusal to permit an act targets whoever
would do it (stage ``permitted_party``); every object of a calling-off verb did not happen."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import country_triples

from realpolitik.extract._syntax import VENUE_AT_ROOTS, target_preps
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _pairs(ex: Extraction, root: str) -> set[tuple[str, str]]:
    return {(s, t) for s, t, code in country_triples(ex) if code and code[:2] == root}


def test_at_names_no_target_of_talks_agreements_or_aid() -> None:
    assert all("at" not in target_preps(root) for root in VENUE_AT_ROOTS)
    assert "at" in target_preps("19")  # "fired at X"
    assert "with" in target_preps("05")


def test_a_pact_signed_at_an_institution_is_between_the_signatories(extract: Extract) -> None:
    ex = extract("Kenya signed a security pact with Ethiopia at the African Union headquarters.")
    assert _pairs(ex, "05") == {("KEN", "ETH")}
    ex = extract("Canada and Mexico signed a trade accord at the White House on Thursday.")
    assert _pairs(ex, "05") == {("CAN", "MEX"), ("MEX", "CAN")}


def test_a_third_states_ministry_as_venue_is_no_party(extract: Extract) -> None:
    ex = extract(
        "The foreign ministers of Peru and Ecuador met at the Chilean foreign ministry on Monday."
    )
    assert _pairs(ex, "04") == {("PER", "ECU"), ("ECU", "PER")}


def test_force_aimed_at_a_state_keeps_its_target(extract: Extract) -> None:
    ex = extract("Kenyan police fired at Somali fishing boats on Monday.")
    assert ("KEN", "SOM") in {(s, t) for s, t, _ in country_triples(ex)}


def test_a_joint_pledge_naming_no_one_else_is_between_the_pledgers(extract: Extract) -> None:
    ex = extract("Ghana, Togo and Benin vowed on Monday to resume direct flights.")
    states = ("GHA", "TGO", "BEN")
    assert _pairs(ex, "03") == {(a, b) for a in states for b in states if a != b}


def test_a_second_conjunct_pledge_is_between_the_signatories(extract: Extract) -> None:
    ex = extract(
        "Norway and Iceland signed a fisheries accord and pledged to restore ferry services."
    )
    assert _pairs(ex, "03") == {("NOR", "ISL"), ("ISL", "NOR")}


def test_a_party_named_in_the_pledged_act_is_its_target(extract: Extract) -> None:
    ex = extract("Poland and Nigeria promised on Tuesday to send troops to Brazil.")
    assert _pairs(ex, "03") == {("POL", "BRA"), ("NGA", "BRA")}


def test_one_state_pledging_gets_no_partner(extract: Extract) -> None:
    ex = extract("Ghana pledged on Monday to resume direct flights.")
    assert _pairs(ex, "03") == {("GHA", "")}


def test_a_relative_whose_owner_is_its_antecedent(extract: Extract) -> None:
    ex = extract(
        "The verdict caused an uproar in Peru, whose foreign ministry summoned the Chilean "
        "ambassador on Monday."
    )
    assert {(s, t) for s, t, _ in country_triples(ex)} == {("PER", "CHL")}


def test_a_summons_to_protest_is_one_complaint(extract: Extract) -> None:
    ex = extract("Ghana summoned the Nigerian envoy to protest against the expulsion of traders.")
    assert {(s, t, code[:2]) for s, t, code in country_triples(ex) if code} == {
        ("GHA", "NGA", "11")
    }


def test_a_participle_accusation_stays_an_act_of_its_own(extract: Extract) -> None:
    ex = extract("Iran condemned the strike, accusing Israel of violating its sovereignty.")
    assert ("IRN", "ISR", "112") in country_triples(ex)


def test_a_crowds_attack_on_an_embassy_is_a_violent_protest(extract: Extract) -> None:
    ex = extract("Hundreds of protesters in Lima attacked the Chilean embassy on Sunday.")
    assert {(s, t, code) for s, t, code in country_triples(ex)} == {("PER", "CHL", "145")}


def test_soldiers_attack_stays_military_force(extract: Extract) -> None:
    ex = extract("Peruvian soldiers attacked Chilean positions on Sunday.")
    assert {code[:2] for _, _, code in country_triples(ex) if code} == {"19"}


def test_a_speech_verb_in_a_time_clause_attributes_nothing(extract: Extract) -> None:
    ex = extract(
        "Ghana expelled two Togolese diplomats on Monday, a week after Togo announced sanctions."
    )
    assert {e.factuality for e in ex.events if e.evidence.trigger == "expelled"} == {"asserted"}
    ex = extract("Ghana expelled two Togolese diplomats on Monday, officials said.")
    assert {e.factuality for e in ex.events if e.evidence.trigger == "expelled"} == {"reported"}


def test_a_refusal_to_permit_targets_the_would_be_doer(extract: Extract) -> None:
    ex = extract("Kenya refused to let inspectors from the United Nations enter the camp.")
    assert ("KEN", "IGO", "120") in country_triples(ex)
    ex = extract("Ghana has refused to permit Nigerian troops to cross the border.")
    assert {(s, t) for s, t, code in country_triples(ex) if code and code[:2] == "12"} == {
        ("GHA", "NGA")
    }


def test_permitted_party_leaves_other_refusals_alone(extract: Extract) -> None:
    ex = extract("Peru refused to extradite the Chilean businessman.")
    assert {(s, t) for s, t, _ in country_triples(ex)} == {("PER", "CHL")}


def test_a_later_object_of_a_cancellation_did_not_happen(extract: Extract) -> None:
    # cancelling the fair is the news (160); the visit, its later object, is background
    ex = extract(
        "Peru cancelled a trade fair and a planned visit by Chile's president.", background=True
    )
    visits = [e for e in ex.events if e.evidence.trigger == "visit"]
    assert visits and {e.factuality for e in visits} == {"negated"}
