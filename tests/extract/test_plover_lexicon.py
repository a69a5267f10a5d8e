"""Lexicon rows for PLOVER conventions: concessions of dissent, diplomatic upgrades, exercises."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import triples

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def plovers(ex: Extraction) -> set[str]:
    return {e.plover or "" for e in ex.events if e.factuality != "negated"}


def test_putting_off_a_protest_is_a_concession(extract: Extract) -> None:
    ex = extract("The Bolivian opposition agreed to postpone the march in La Paz.")
    assert plovers(ex) == {"AGREE"}
    ex = extract("Chilean dockers called off their strike on Friday.")
    assert plovers(ex) == {"CONCEDE"}


def test_opening_an_embassy_and_upgrading_ties(extract: Extract) -> None:
    ex = extract("Peru opened an embassy in Hanoi last week.")
    assert ("PER", "VNM", "050") in {(s, t[:3], c) for s, t, c in triples(ex)}
    ex = extract("Ghana and Togo upgraded their diplomatic ties on Monday.")
    assert {("GHA", "TGO"), ("TGO", "GHA")} <= {(s, t) for s, t, _ in triples(ex)}


def test_war_games_are_military_cooperation(extract: Extract) -> None:
    ex = extract("Greek and Italian frigates began five days of war games in the Aegean.")
    assert "COOPERATE" in plovers(ex)


def test_accepting_a_plan_is_agreement_and_pushing_for_is_a_request(extract: Extract) -> None:
    ex = extract("Armenia accepted a plan for ending the dispute with Azerbaijan.")
    assert plovers(ex) == {"AGREE"}
    ex = extract("Canada is pushing for tougher rules on Chinese steel.")
    assert "REQUEST" in plovers(ex)


def test_reinforcing_forces_is_mobilization(extract: Extract) -> None:
    ex = extract("Turkey has strengthened its forces in Syria, officials said.")
    assert ("TUR", "SYR") in {(s[:3], t[:3]) for s, t, c in triples(ex) if c[:2] == "15"}


def test_event_noun_roles_on_its_carrier_noun(extract: Extract) -> None:
    ex = extract("Norway's foreign minister launched a mediation effort between Sudan and Chad.")
    assert {("NORGOV", "SDN"), ("NORGOV", "TCD")} <= {(s, t) for s, t, _ in triples(ex)}


def test_must_under_a_speech_verb_is_a_demand(extract: Extract) -> None:
    ex = extract(
        "The Canadian government declared Monday that Venezuela must release the prisoners."
    )
    assert {
        (s, t, p)
        for s, t, p in {
            (e.source.code, e.target.code if e.target else "", e.plover) for e in ex.events
        }
    } == {("CANGOV", "VEN", "REQUEST")}
    ex = extract("Venezuela must release the prisoners, analysts believe.")
    assert "REQUEST" not in plovers(ex)


def test_announced_withdrawal_of_peacekeepers_is_a_threat(extract: Extract) -> None:
    ex = extract("Chad announced that it will withdraw its peacekeeping force from Sudan.")
    assert {(e.source.code, e.target.country if e.target else "", e.plover) for e in ex.events} == {
        ("TCD", "SDN", "THREATEN")
    }


def test_threat_target_is_whoever_must_meet_its_condition(extract: Extract) -> None:
    ex = extract("Iran threatened to cut oil exports if France goes ahead with the sanctions.")
    # cutting exports is an embargo (163), so the threat is a non-force one (CAMEO 131)
    assert ("IRN", "FRA", "1312") in triples(ex)  # (threatened sanctions: 1312, leftovers27)


def test_reducing_supplies_is_a_sanction(extract: Extract) -> None:
    ex = extract("The World Food Programme reduced food supplies to a Somali refugee camp.")
    assert "SANCTION" in plovers(ex)
