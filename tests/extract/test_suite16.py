"""The suite's weak rows at seeds 4-7 and issue 9's phenomenon 7 (round 15, task suite16): each
parse repair on a minimal parsed sentence (with a sentence it must leave alone), then end to end
on a few states and phrasings (``phenomena_suite16.py`` crosses them with many more).

A closing reporter read as the apposition of the object ("summoned the X envoy, a statement
said") is the reporting verb; a second titled name whose title was read as the conjunct
("President A and B's President C") is the conjunct; a bare verb after a "that" clause's
subject read as its object's compound ("insisted that X pay compensation") is the clause's
verb; "so did Z" joined to a modal complement is the governor's conjunct; a demand's "that"
clause is the noun's; the head noun of an object read as a clause ("rejected a ceasefire |
deal with X") is the object; "protested against the drills by X" gives X to the drills; a fight in
the purpose of a sending is no fight; forces stationed in waters near a state have no host.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, repaired, root_events, word

from realpolitik.extract._found import Found
from realpolitik.extract._lexicon import lexicon
from realpolitik.extract._sent_to_fight import sent_to_fight


# -- the repairs on one parsed sentence ----------------------------------------------------------
def test_a_closing_reporter_read_as_the_objects_apposition(nlp: Any) -> None:
    doc = repaired(nlp, "Iran summoned the South African envoy, a government statement said.")
    said, summoned = word(doc, "said"), word(doc, "summoned")
    assert said.dep_ == "ROOT" and summoned.head.i == said.i
    assert word(doc, "envoy").dep_ == "dobj" and word(doc, "envoy").head.i == summoned.i
    assert word(doc, "statement").dep_ == "nsubj" and word(doc, "statement").head.i == said.i


@pytest.mark.parametrize(
    "text",
    [
        "The government had summoned Taiwan's ambassador, Venezuela's government spokesman said.",
        "Her government would expel two North Korean diplomats, Nigeria's prime minister said.",
        "The government summoned Pakistan's ambassador, Lebanon's government spokesman said.",
        "The government summoned Nigeria's ambassador, Morocco's government spokesman said.",
    ],
)
def test_a_closing_reporter_with_no_subject_after_an_apposition(nlp: Any, text: str) -> None:
    doc = repaired(nlp, text)
    said = word(doc, "said")
    subj = next(c for c in said.children if c.dep_ == "nsubj")
    assert said.dep_ == "ROOT" and subj.text in ("spokesman", "minister")
    assert any(c.dep_ == "ccomp" and c.i < said.i for c in said.children)


def test_a_second_titled_name_whose_state_was_read_as_the_conjunct(nlp: Any) -> None:
    text = (
        "President Vo Van Thuong and South Africa's President Cyril Ramaphosa signed an "
        "agreement on fisheries on Monday."
    )
    doc = repaired(nlp, text)
    first, second = word(doc, "Thuong"), word(doc, "Ramaphosa")
    assert first.dep_ == "nsubj" and second.dep_ == "conj" and second.head.i == first.i
    assert word(doc, "Africa").dep_ == "poss" and word(doc, "Africa").head.i == second.i


def test_a_second_titled_name_read_as_its_titles_modifier(nlp: Any) -> None:
    text = "President Ana Temba and Jordan's President Sela Brenik signed an agreement on Monday."
    doc = repaired(nlp, text)
    first, second = word(doc, "Temba"), word(doc, "Brenik")
    assert first.dep_ == "nsubj" and first.head.text == "signed"
    assert second.dep_ == "conj" and second.head.i == first.i
    assert word(doc, "Jordan").head.i == second.i


def test_a_bare_verb_read_as_its_objects_compound(nlp: Any) -> None:
    doc = repaired(nlp, "Pakistan insisted that Armenia pay compensation on Monday.")
    pay = word(doc, "pay")
    assert pay.pos_ == "VERB" and pay.dep_ == "ccomp" and pay.head.text == "insisted"
    assert word(doc, "Armenia").head.i == pay.i and word(doc, "Armenia").dep_ == "nsubj"
    assert word(doc, "compensation").dep_ == "dobj"
    noun = word(repaired(nlp, "Kenya criticized the pay rise for its envoys."), "pay")
    assert noun.pos_ == "NOUN"  # (no "that" clause: a noun)


def test_an_elided_past_joined_to_a_modal_complement(nlp: Any) -> None:
    text = (
        "Azerbaijan warned that Islamabad would pay a heavy price on Friday, and so did Australia."
    )
    did = word(repaired(nlp, text), "did")
    assert did.dep_ == "conj" and did.head.text == "warned"
    past = "Kenya said that Uganda expelled two diplomats, and so did Tanzania."
    assert word(repaired(nlp, past), "did").head.i == word(nlp(past), "did").head.i


def test_a_demands_that_clause_is_the_nouns(nlp: Any) -> None:
    doc = repaired(nlp, "Prospects of India's demand that Ukraine withdraw its troops have dimmed.")
    withdraw = word(doc, "withdraw")
    assert withdraw.dep_ == "acl" and withdraw.head.text == "demand"
    call = (
        "Xi Jinping said after a call with Ana Brnabic that the government had summoned "
        "South Africa's ambassador."
    )
    assert word(repaired(nlp, call), "summoned").dep_ != "acl"  # (a phone call asks nothing)


def test_a_participles_purpose_hung_on_the_subject(nlp: Any) -> None:
    text = "Hundreds of volunteers sent by Kyiv to fight for Mexico arrived on Monday."
    assert word(nlp(text), "fight").head.text == "Hundreds"  # (the parser's reading, repaired)
    fight = word(repaired(nlp, text), "fight")
    assert fight.dep_ == "advcl" and fight.head.text == "sent"


@pytest.mark.parametrize(
    "text",
    [
        "If Taiwan rejected a ceasefire deal with Qatar, the crisis would deepen sharply.",
        "If Volodymyr Zelensky rejected a ceasefire deal with Tokyo, the crisis would deepen sharply.",
        "Benigno Aquino III denied having rejected a ceasefire deal with Jordan.",
    ],
)
def test_an_objects_head_noun_read_as_a_clause(nlp: Any, text: str) -> None:
    doc = repaired(nlp, text)
    deal, rejected = word(doc, "deal"), word(doc, "rejected")
    assert deal.dep_ == "dobj" and deal.head.i == rejected.i
    assert word(doc, "ceasefire").head.i == deal.i


def test_a_complements_subject_read_as_the_object_of_saying(nlp: Any) -> None:
    doc = repaired(nlp, "France alleges Azerbaijan supplied drones to Yerevan.")
    azerbaijan = word(doc, "Azerbaijan")
    assert azerbaijan.dep_ == "nsubj" and azerbaijan.head.text == "supplied"
    told = repaired(nlp, "France told Azerbaijan it supplied drones to Yerevan.")
    assert word(told, "Azerbaijan").dep_ != "nsubj"  # (a verb of telling has its listener)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Yerevan said the plan was illegal and summoned Hungary's ambassador.", "summoned"),
        (
            "Ethiopia said on Tuesday the measure was unjustified and condemned Nairobi.",
            "condemned",
        ),
    ],
)
def test_a_second_verb_joined_to_the_complements_predicate(
    nlp: Any, text: str, second: str
) -> None:
    verb = word(repaired(nlp, text), second)
    assert verb.dep_ == "conj" and verb.head.text == "said"


def test_an_active_verbs_by_phrase_after_its_prepositional_object(nlp: Any) -> None:
    text = (
        "The Colombian foreign minister protested against the expanding naval drills by Spain, "
        "Hungary and Venezuela on Friday."
    )
    assert word(nlp(text), "by").dep_ == "agent"  # (the parser's reading, repaired)
    by = word(repaired(nlp, text), "by")
    assert by.dep_ == "prep" and by.head.text == "drills"
    passive = repaired(nlp, "Egypt was attacked by Iraq.")
    assert word(passive, "by").dep_ == "agent"


# -- end to end -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Iran summoned the South African envoy, a government statement said on Tuesday.",
         ("IRN", "ZAF", "11", "reported")),
        ("Chile summoned the Peruvian ambassador, a foreign ministry spokesman said.",
         ("CHL", "PER", "11", "reported")),
        ("The government had summoned Taiwan's ambassador, Venezuela's government spokesman "
         "said on Friday.", ("VEN", "TWN", "11", "reported")),
        ("BEIJING, March 3 (Wire) - President Ana Temba and Jordan's President Sela Brenik "
         "signed an agreement on fisheries on Monday.", ("CHN", "JOR", "05", "asserted")),
        ("President Emmanuel Macron and Germany's Chancellor Olaf Scholz signed a pact.",
         ("DEU", "FRA", "05", "asserted")),
        ("Pakistan insisted that Armenia pay compensation on Monday, and Israel did the same.",
         ("ISR", "ARM", "10", "asserted")),
        ("On Saturday, Jordan insisted that Tokyo pay compensation.",
         ("JOR", "JPN", "10", "asserted")),
        ("Italy insisted that South Korea pay compensation, a year after the March talks.",
         ("ITA", "KOR", "10", "asserted")),
        ("Should Ankara insist that Azerbaijan pay compensation, the crisis would deepen.",
         ("TUR", "AZE", "10", "possible")),
        ("Azerbaijan warned that Islamabad would pay a heavy price on Friday, and so did "
         "Australia.", ("AUS", "PAK", "13", "asserted")),
        ("Prospects of the demand by Argentina that Serbia withdraw its troops have dimmed.",
         ("ARG", "SRB", "10", "possible")),
        ("The possibility of Iran's demand that Kenya pay compensation has unsettled markets.",
         ("IRN", "KEN", "10", "possible")),
        ("Egypt protested against the naval drills by Iraq, Lebanon and Chile.",
         ("EGY", "LBN", "11", "asserted")),
        ("Algeria sent volunteers to fight for Ethiopia on Tuesday.",
         ("DZA", "ETH", "07", "asserted")),
        ("Hundreds of volunteers sent by Turkey to fight for Afghanistan arrived on Friday.",
         ("TUR", "AFG", "07", "asserted")),
        ("Hundreds of volunteers sent by Kyiv to fight for Mexico arrived on Monday.",
         ("UKR", "MEX", "07", "asserted")),
        ("If Volodymyr Zelensky rejected a ceasefire deal with Tokyo, the crisis would deepen "
         "sharply.", ("UKR", "JPN", "12", "possible")),
        ("Some analysts in Baku warn Spain may reject a ceasefire deal with Afghanistan before "
         "the end of the year.", ("ESP", "AFG", "12", "possible")),
        ("France alleges Azerbaijan supplied drones to Yerevan.",
         ("AZE", "ARM", "07", "reported")),
        ("Yerevan said the plan was illegal and summoned Hungary's ambassador.",
         ("ARM", "HUN", "11", "asserted")),
        ("Ethiopia said on Tuesday the measure was unjustified and condemned Nairobi.",
         ("ETH", "KEN", "11", "asserted")),
        ("Nicolas Maduro stationed fighter jets in waters near Kenya on Tuesday.",
         ("VEN", "KEN", "15", "asserted")),
        ("Minsk stationed fighter jets in the sea between Iran and North Korea on Tuesday.",
         ("BLR", "PRK", "15", "asserted")),
        ("Venezuela is stationing missile defence systems in Morocco.",
         ("VEN", "MAR", "06", "asserted")),
    ],
)  # fmt: skip
def test_the_weak_rows_classes(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    got = root_events(extract(text))
    assert want in got
    assert not any(k[0] == k[1] for k in got)  # (nobody acts on its own state here)


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("Egypt protested against the naval drills by Iraq, Lebanon and Chile.", {"EGY"}),
        ("Kenya complained about the war games staged by Peru and Chile on Friday.", {"KEN"}),
        ("Algeria sent volunteers to fight for Ethiopia on Tuesday.", {"DZA"}),
        ("Egypt has sent mercenaries to fight alongside Nigeria's army.", {"EGY"}),
    ],
)
def test_arguments_of_another_act_are_no_acts(extract: Extract, text: str, doers: set[str]) -> None:
    got = root_events(extract(text))
    assert got and {k[0] for k in got} == doers  # (the drills' states or the sent do nothing)
    assert not any(k[2] in ("18", "19", "20") for k in got)  # (no fight asserted)


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Algeria sent volunteers to fight for Ethiopia.", True),
        ("Kenya sent volunteers to help Uganda fight the rebels.", True),
        ("Russia sent troops to fight rebels in Mali.", False),  # (no side named)
        ("Russia vowed to fight for Syria.", False),  # (no sending)
    ],
)
def test_only_a_fight_on_a_side_is_a_sendings_purpose(nlp: Any, text: str, purpose: bool) -> None:
    row = next(t for t in lexicon().triggers[("fight", "V")] if t.cameo == "190")
    fight = word(repaired(nlp, text), "fight")
    assert sent_to_fight(Found(fight, row, row.cameo)) is purpose
