"""The suite's weak rows at seeds 4-7 (issue 9, round 14, task suite15): each parse repair on a
minimal parsed sentence (with a sentence it must leave alone), then end to end on a few states
and phrasings (``phenomena_suite15.py`` crosses them with many more).

A bare "under" before a gerund governs it ("came under shelling by X"); an inverted condition
read as the root with the main clause conjoined, or with its infinitive hung on the subject
("Were X to arrest ..."), is the condition; a time phrase before the object leaves it the
object; a past verb read as the root noun's modifier is the verb; an order's infinitive after
a long phrase is what was ordered; "the deal for X to train ..." is the deal's clause.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, repaired, root_events, word

from realpolitik.extract._readings import stops_short
from realpolitik.extract.parties.named_acts import named_act_doers, naming_relative


# -- the repairs on one parsed sentence ----------------------------------------------------------
def test_a_bare_under_governs_the_gerund_after_it(nlp: Any) -> None:
    doc = repaired(nlp, "Afghan troops came under shelling by the United States this week.")
    shelling = word(doc, "shelling")
    assert shelling.dep_ == "pcomp" and shelling.head.text == "under"
    kept = repaired(nlp, "Kenya expelled two diplomats, citing spying.")
    assert word(kept, "citing").dep_ != "pcomp"


def test_an_inverted_condition_read_as_the_root_is_the_mains_clause(nlp: Any) -> None:
    doc = repaired(nlp, "Should Russia refuse to pay, Brazil might take over the project.")
    take, refuse = word(doc, "take"), word(doc, "refuse")
    assert take.dep_ == "ROOT" and refuse.head.i == take.i and refuse.dep_ == "advcl"
    plain = repaired(nlp, "Russia refused to pay, and Brazil took over the project.")
    assert word(plain, "refused").dep_ == "ROOT"


def test_an_infinitive_hung_on_the_inverted_subject_is_the_conditions(nlp: Any) -> None:
    doc = repaired(nlp, "Were Canberra to arrest a South Korean diplomat, markets would tumble.")
    arrest = word(doc, "arrest")
    assert arrest.dep_ == "advcl" and arrest.head.text == "Were"


def test_a_time_phrase_before_the_object_leaves_it_the_object(nlp: Any) -> None:
    doc = repaired(nlp, "Cairo opposed this week the deal under which Morocco would sell jets.")
    deal = word(doc, "deal")
    assert deal.dep_ == "dobj" and deal.head.text == "opposed"
    assert word(doc, "week").dep_ == "npadvmod"
    aside = repaired(nlp, "Japan carried on with the canal this week, a project Egypt rejected.")
    assert word(aside, "project").dep_ != "dobj"


def test_a_verb_read_as_the_root_nouns_modifier_is_the_verb(nlp: Any) -> None:
    text = (
        "The Indian foreign ministry condemned on Friday a plan under which Iran would sell jets."
    )
    doc = repaired(nlp, text)
    verb = word(doc, "condemned")
    assert verb.dep_ == "ROOT" and word(doc, "ministry").head.i == verb.i
    passive = repaired(nlp, "The Indian troops stationed in Mali.")  # (no object: a modifier)
    assert word(passive, "stationed").dep_ == "acl"
    text = "The Spanish prime minister called on lawmakers to approve the budget on Monday."
    assert word(repaired(nlp, text), "called").dep_ == "ROOT"  # (a past tense: the verb)


def test_an_orders_infinitive_after_a_long_phrase_is_its_complement(nlp: Any) -> None:
    text = "Morocco ordered consular staff from the United States, Egypt and Canada to leave it."
    doc = repaired(nlp, text)
    assert word(doc, "leave").dep_ == "xcomp"
    purpose = repaired(nlp, "Morocco sent troops from Egypt and Canada to fight rebels.")
    assert word(purpose, "fight").dep_ == "advcl"


def test_a_for_clause_after_an_object_noun_is_the_nouns(nlp: Any) -> None:
    doc = repaired(nlp, "Moscow slammed the deal for Syria to train soldiers in Ukraine.")
    train = word(doc, "train")
    assert train.dep_ == "acl" and train.head.text == "deal"
    assert word(doc, "Syria").dep_ == "nsubj"


def test_a_free_relative_of_naming_names_the_acts_doer(nlp: Any) -> None:
    doc = repaired(nlp, "Spain denounced what it called Saudi Arabia's provocations.")
    called = word(doc, "called")
    assert naming_relative(called)
    assert [t.text for t in named_act_doers(called)][:1] == ["Arabia"]
    by = repaired(nlp, "Turkey decried what it termed an invasion by Israel.")
    assert [t.text for t in named_act_doers(word(by, "termed"))][:1] == ["Israel"]
    asked = repaired(nlp, "Spain demanded that Morocco call its ambassador home.")
    assert not naming_relative(word(asked, "call"))


def test_nothing_before_a_semicolon_hangs_on_the_clause_after_it(nlp: Any) -> None:
    text = (
        "Hanoi said Washington's decision would undermine regional stability late on Sunday; "
        "Warsaw did likewise."
    )
    doc = repaired(nlp, text)
    assert word(doc, "undermine").head.text == "said"
    assert word(doc, "did").dep_ == "parataxis"


def test_a_first_name_read_as_a_prepositional_subject(nlp: Any) -> None:
    doc = repaired(nlp, "Barack Obama and Angela Merkel held talks in Bogota.")
    obama, held = word(doc, "Obama"), word(doc, "held")
    assert obama.dep_ == "nsubj" and obama.head.i == held.i
    assert word(doc, "Barack").head.i == obama.i and word(doc, "Merkel").dep_ == "conj"


def test_a_present_verb_with_a_determiner_is_a_plural_noun(nlp: Any) -> None:
    text = (
        "Australia decried the missile strikes as a violation of U.N. Security Council resolutions."
    )
    strikes = word(repaired(nlp, text), "strikes")
    assert strikes.tag_ == "NNS" and strikes.pos_ == "NOUN"
    verb = word(repaired(nlp, "Kenya says Uganda strikes back."), "strikes")
    assert verb.pos_ != "NOUN"


def test_a_that_clause_read_as_a_noun_phrase_gets_its_verb(nlp: Any) -> None:
    doc = repaired(nlp, "Mexico City alleged that Armenia massed troops near Amman.")
    massed = word(doc, "massed")
    assert massed.dep_ == "ccomp" and massed.head.text == "alleged"
    assert word(doc, "Armenia").dep_ == "nsubj" and word(doc, "troops").dep_ == "dobj"


def test_stopping_short_of_an_act_is_no_stopping(nlp: Any) -> None:
    doc = nlp("Yerevan stopped short of suspending its participation in the pact.")
    assert stops_short(word(doc, "stopped"))
    assert not stops_short(word(nlp("Kenya stopped aid to Uganda."), "stopped"))


# -- end to end -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Afghan troops came under shelling by the United States this week.",
         ("USA", "AFG", "19", "asserted")),
        ("Morocco's positions came under shelling by Mexican troops.",
         ("MEX", "MAR", "19", "asserted")),
        ("Should Russia refuse to pay, Brazil might take over the project.",
         ("RUS", "BRA", "12", "possible")),
        ("Should Addis Ababa refuse to pay, Qatar could step in.",
         ("ETH", "QAT", "12", "possible")),
        ("Were Canberra to arrest a South Korean diplomat, markets would tumble.",
         ("AUS", "KOR", "17", "possible")),
        ("Cairo opposed this week the deal under which Morocco would sell fighter jets to Chile.",
         ("EGY", "CHL", "11", "asserted")),
        ("The Indian foreign ministry condemned on Friday a plan under which Iran would sell "
         "fighter jets to Peru.", ("IND", "PER", "11", "asserted")),
        ("Morocco ordered consular staff from the United States, Egypt and Canada to leave the "
         "country.", ("MAR", "EGY", "16", "asserted")),
        ("Moscow slammed the deal for Syria to train soldiers in Ukraine on Friday.",
         ("RUS", "SYR", "11", "asserted")),
        ("Raul Castro slammed a plan for Tokyo to train soldiers in Iran on Friday.",
         ("CUB", "JPN", "11", "asserted")),
        ("Hanoi said Washington's decision would undermine regional stability late on Sunday; "
         "Warsaw did likewise.", ("POL", "USA", "11", "asserted")),
        ("Kenya argued that Greece's policy would wreck the peace process on Friday; France did "
         "likewise.", ("FRA", "GRC", "11", "asserted")),
        ("Italy fired missiles at New Delhi on Monday. Australia decried the missile strikes as a "
         "violation of U.N. Security Council resolutions.", ("AUS", "ITA", "11", "asserted")),
        ("Brazil fired missiles at Paris. China decried the missile strikes as a threat to Paris' "
         "security.", ("CHN", "BRA", "11", "asserted")),
        ("Mexico City alleged that Armenia massed troops near Amman.",
         ("ARM", "JOR", "15", "reported")),
    ],
)  # fmt: skip
def test_the_weak_rows_classes(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    got = root_events(extract(text))
    assert want in got
    assert not any(k[0] == k[1] for k in got)  # (nobody acts on its own state here)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Spain denounced what it called Saudi Arabia's provocations this week.", "SAU"),
        ("Turkey decried what it termed an invasion by Israel on Tuesday.", "ISR"),
        ("France protested against what it described as Iraq's illegal blockade.", "IRQ"),
        ("The Spanish foreign ministry condemned what it called Iraqi incursions.", "IRQ"),
        ("Chile's government criticized what it called repeated incursions by Peru.", "PER"),
    ],
)
def test_a_reaction_to_what_the_speaker_calls_an_act(
    extract: Extract, text: str, target: str
) -> None:
    got = root_events(extract(text))
    source = next(iter(got))[0]
    assert (source, target, "11", "asserted") in got
    assert not any(k[0] == k[1] for k in got)  # (never the speaker's own "it")
    assert not any(k[0] == target for k in got)  # (the label is no act of the target's)


@pytest.mark.parametrize(
    "text",
    [
        "Yerevan stopped short of suspending its participation in the trade pact with Ukraine.",
        "Chile stopped short of suspending its participation in the talks with Peru on Tuesday.",
    ],
)
def test_stopping_short_asserts_nothing(extract: Extract, text: str) -> None:
    assert not any(k[3] == "asserted" for k in root_events(extract(text)))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Protesters in Tokyo burned the Ukrainian consulate.", ("JPN", "UKR", "14", "asserted")),
        ("Protesters in Lima attacked the Chilean embassy on Tuesday.",
         ("PER", "CHL", "14", "asserted")),
    ],
)  # fmt: skip
def test_a_crowds_own_place_beats_the_targets_state(
    extract: Extract, text: str, want: tuple[str, ...]
) -> None:
    got = root_events(extract(text))
    assert want in got
    assert not any(k[0] == want[1] for k in got)


def test_two_leaders_whose_first_name_reads_as_a_preposition(extract: Extract) -> None:
    got = root_events(
        extract("Barack Obama and Angela Merkel held talks in Bogota.", date="2015-06-01")
    )
    assert {("USA", "DEU", "04", "asserted"), ("DEU", "USA", "04", "asserted")} <= got


# -- "aside" read as a preposition after a split name (lead, round 14: seed 1's false assertion)
@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        ("Abdel Fattah el-Sisi brushed aside Taiwan's allegations on Friday.", "brushed", "allegations"),
        ("Bashar al-Assad swept aside the objections of Jordan.", "swept", "objections"),
    ],
)  # fmt: skip
def test_aside_after_a_verb_is_its_particle(nlp: Any, text: str, verb: str, noun: str) -> None:
    doc = repaired(nlp, text)
    assert word(doc, "aside").dep_ == "prt"
    assert word(doc, noun).dep_ == "dobj" and word(doc, noun).head.text == verb


def test_a_brushed_aside_accusation_after_a_split_name_is_a_denial(extract: Extract) -> None:
    got = root_events(
        extract(
            "Abdel Fattah el-Sisi brushed aside Taiwan's allegations that its guards fired first."
        )
    )
    assert ("EGY", "TWN", "01", "asserted") in got and ("EGY", "TWN", "12", "asserted") not in got
