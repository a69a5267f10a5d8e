"""lexicon64's rows, readings and repair on minimal sentences: a state leaving a body or a pact at
its leader's hand, its own citizens told to leave, a contract as subject, "moved to", talks ended,
contraband seized, and the plural present after "A and B" read as a compound noun."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik import extract_text
from realpolitik.extract._verb_repairs import pair_compound_verb


def _events(text: str, date: str = "2020-07-08") -> set[tuple[str, str, str, str]]:
    ex = extract_text(text, date=date)
    return {
        (e.source.code, e.target.code if e.target else "", e.cameo, e.factuality) for e in ex.events
    }


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Trump pulled the United States out of the WHO.", ("USAGOV", "IGOUNOHLHWHO", "161")),
        ("Duterte took the Philippines out of the ICC.", ("PHLGOV", "IGOJUDICC", "161")),
        ("Bolsonaro took Brazil out of the grain deal.", ("BRAGOV", "", "160")),
        ("The government took Mexico out of the treaty with Chile.", ("MEXGOV", "CHL", "160")),
        ("The prime minister pulled Hungary out of the WTO.", ("HUNGOV", "IGOBUSWTO", "161")),
    ],
)
def test_a_state_taken_out_of_a_body_or_pact(text: str, want: tuple[str, str, str]) -> None:
    assert _events(text) == {(*want, "asserted")}


def test_troops_and_money_taken_out_are_no_leaving() -> None:
    assert {e[2] for e in _events("Canada pulled its troops out of the NATO mission.")} == {"0874"}
    assert _events("Nigeria took its money out of the deal.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Britain told its citizens to leave Lebanon.",
        "France ordered its nationals to leave Niger within 48 hours.",
        "Germany urged its citizens to leave Syria immediately.",
        "Canada advised its nationals to leave Iran.",
        "Britain told British citizens to leave Lebanon.",
        "Germany urged German nationals to leave Syria.",
    ],
)
def test_own_citizens_told_to_leave_is_no_expulsion(text: str) -> None:
    assert _events(text) == set()


def test_another_states_people_ordered_to_leave_stay_expelled() -> None:
    got = _events("Poland ordered Belarus's diplomats to leave.")
    assert got == {("POL", "BLRGOV", "161", "asserted")}
    got = _events("Russia told Estonian nationals to leave the country.")
    assert got == {("RUS", "ESTCVL", "174", "asserted")}


def test_a_contract_is_no_buyer() -> None:
    assert _events("A Swedish contract buys 40 howitzers for Peru.") == set()
    got = _events("Under the deal, Peru buys 40 howitzers from Sweden.")
    assert {(e[0], e[1]) for e in got} == {("PER", "SWE")}


def test_moved_to_is_a_move_toward_the_act() -> None:
    assert _events("Turkey moved to annex Syria's territory.") == {
        ("TUR", "SYR", "192", "possible")
    }
    got = _events("Argentina moved to expel Ethiopian diplomats in January.")
    assert {e[3] for e in got} == {"possible"}
    assert {e[3] for e in _events("Japan moved troops to the border with China.")} == {"asserted"}


def test_ended_talks_were_held() -> None:
    got = _events("India and Pakistan ended two days of talks in Geneva.")
    assert got == {("IND", "PAK", "040", "asserted"), ("PAK", "IND", "040", "asserted")}
    assert _events("Russia ended talks with Ukraine.") == {("RUS", "UKR", "164", "asserted")}


def test_contraband_seized_off_a_place_names_no_state() -> None:
    got = _events("Spain's coast guard seized 3 tonnes of cocaine from a vessel off Venezuela.")
    assert all(e[1] != "VEN" for e in got)
    got = _events("Colombia's coast guard seized 2 tonnes of cocaine from a Venezuelan vessel.")
    assert got == {("COLMIL", "VEN", "171", "asserted")}


def test_a_pair_before_a_plural_present_is_its_subject(nlp: Any) -> None:
    doc = nlp("Chile and Peru supply drones to Ecuador.")
    pair_compound_verb(next(iter(doc.sents)))
    verb = doc[3]
    assert (verb.dep_, verb.pos_) == ("ROOT", "VERB")
    assert (doc[0].dep_, doc[0].head.i, doc[4].dep_, doc[5].head.i) == ("nsubj", 3, "dobj", 3)


def test_a_pair_before_a_noun_compound_with_a_verb_is_left(nlp: Any) -> None:
    doc = nlp("Chile and Peru supply chain problems worsened.")
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    pair_compound_verb(next(iter(doc.sents)))
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == before


def test_a_pair_supplying_gives_each_its_supply() -> None:
    got = _events("Chile and Peru supply drones to Ecuador.")
    assert {(e[0], e[1]) for e in got} == {("CHL", "ECU"), ("PER", "ECU")}
