"""Clause structure (issue 9, task clause11; fresh4 classes R, B, V, H, I, U): each rule on a
minimal parsed sentence, then end to end on a few states and phrasings
(``phenomena_clause11.py`` crosses them with many more in the suite).

R: an act in a relative clause on a subject or an appositive is no news; B: a trailing 16x
participle is news beside its main act; V: a predicate set against the trigger by "but"/"yet"
keeps its object; H: a past-perfect plan is not asserted, a hedged act aimed at no one is no
event; I: an appositive denial does not negate the accusation; U: force "for X" is on X's side.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, root_events

from realpolitik.extract._asides import scene_clause
from realpolitik.extract._denied_charge import appositive_denial
from realpolitik.extract._undone_plans import undone_plan
from realpolitik.extract.factuality import factuality_of
from realpolitik.extract.parties._phrase_reading import _predicate
from realpolitik.extract.salience import voiced_alongside


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


# -- the rules on one parsed sentence ------------------------------------------------------------
def test_a_subjects_relative_clause_is_a_scene(nlp: Any) -> None:
    subject = nlp("Romania, which signed a gas deal with Azerbaijan last year, voted against.")
    cleft = nlp("It was Russia that launched the missiles at Kyiv.")
    said = nlp("The ministry, which said Russia had fired missiles at Kyiv, asked for help.")
    assert scene_clause(_tok(subject, "signed"))
    assert not scene_clause(_tok(cleft, "launched"))  # the cleft's clause is the news
    assert not scene_clause(_tok(said, "fired"))  # reported inside the clause


def test_an_appositive_relative_clause_is_a_scene(nlp: Any) -> None:
    doc = nlp("Serbia kept building the port, a move Greek officials have criticised.")
    assert scene_clause(_tok(doc, "criticised"))


def test_a_denial_hung_over_the_accusation_governs_nothing(nlp: Any) -> None:
    doc = nlp("Poland accused Belarus of pushing migrants across the border, a charge Minsk has "
              "denied.")  # fmt: skip
    plain = nlp("Minsk denied that Poland had pushed migrants across the border.")
    denied, accused = _tok(doc, "denied"), _tok(doc, "accused")
    if accused.head.i == denied.i:  # the parse this rule is for
        assert appositive_denial(denied, accused)
    assert factuality_of(accused) == "asserted"
    assert not appositive_denial(_tok(plain, "denied"), _tok(plain, "pushed"))


def test_a_past_perfect_plan_is_not_done(nlp: Any) -> None:
    doc = nlp("Japan's foreign minister had intended to travel to Canberra.")
    hoped = nlp("India had hoped to sign a trade deal with Britain.")  # lemma "hop"
    plans = nlp("Kenya intends to send troops to Haiti.")
    agreed = nlp("Poland had agreed to buy tanks from Korea.")
    assert undone_plan(_tok(doc, "intended")) and undone_plan(_tok(doc, "travel"))
    assert factuality_of(_tok(hoped, "sign")) == "possible"
    assert not undone_plan(_tok(plans, "intends"))
    assert not undone_plan(_tok(agreed, "agreed"))


def test_a_predicate_set_against_the_trigger(nlp: Any) -> None:
    doc = nlp("ECOWAS promised to dispatch poll monitors yet held back from penalties against "
              "Guinean generals.")  # fmt: skip
    shared = nlp("France condemned and sanctioned Russia.")
    assert _predicate(_tok(doc, "held"))
    assert not _predicate(_tok(shared, "sanctioned"))  # "and", no object of its own


def test_a_trailing_formal_participle_is_voiced(nlp: Any) -> None:
    doc = nlp("Ghana recalled its envoy from Togo, suspending all cross-border trade.")
    killing = nlp("Israel struck Gaza, killing 20.")
    assert voiced_alongside(_tok(doc, "suspending"), "163")
    assert not voiced_alongside(_tok(killing, "killing"), "190")


# -- end to end -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Romania and Bulgaria, which signed a gas deal with Azerbaijan last year, voted against.",
        "North Korea, which sent troops to Russia, is under sanctions.",
        "Officials in Ankara went ahead with the plan, a claim Greek officials have rejected.",
        "Nepal joined the forum in a ceremony hosted by Bhutan's prime minister.",
    ],
)
def test_a_scene_clause_is_no_news(extract: Extract, text: str) -> None:
    assert root_events(extract(text)) == set()


@pytest.mark.parametrize(
    ("text", "main"),
    [
        ("Mali accused Sweden of spying, declaring two Norwegian diplomats persona non grata.",
         ("MLI", "SWE", "11")),
        ("Ghana condemned Togo's missile test, suspending all cross-border trade.",
         ("GHA", "TGO", "11")),
        ("Lithuania rejected Belarus's demands, expelling two Belarusian diplomats.",
         ("LTU", "BLR", "12")),
    ],
)  # fmt: skip
def test_a_formal_participle_is_news_beside_the_main_act(
    extract: Extract, text: str, main: tuple[str, str, str]
) -> None:
    keys = {k[:3] for k in root_events(extract(text))}
    assert main in keys
    assert any(k[0] == main[0] and k[1] != "" and k[2] == "16" for k in keys)


def test_killing_participle_stays_a_scene(extract: Extract) -> None:
    assert {k[2] for k in root_events(extract("Israel struck Gaza on Monday, killing 20."))} == {
        "19"
    }


@pytest.mark.parametrize(
    "text",
    [
        "ECOWAS promised to dispatch poll monitors yet held back from penalties against Guinean "
        "generals.",
        "Italy agreed on Monday to send observers yet shied away from sanctions against Cuban "
        "generals.",
        "Kenya pledged to send a fact-finding mission but stopped short of sanctions on Ugandan "
        "generals.",
    ],
)
def test_the_other_predicates_object_is_no_target(extract: Extract, text: str) -> None:
    assert not any(k[2] == "03" and k[1] for k in root_events(extract(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Japan's foreign minister had intended to travel to Canberra to initial the treaty.",
        "Turkey had planned to send troops to Libya.",
        "Germany's chancellor had wanted to visit Beijing in May.",
    ],
)
def test_a_past_perfect_plan_is_not_asserted(extract: Extract, text: str) -> None:
    keys = root_events(extract(text))
    assert keys and all(k[3] == "possible" for k in keys)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Qatar or Oman might ask for the same deal.", False),
        ("Egypt could seek a similar loan before long.", False),
        ("Cuba said it would retaliate.", True),  # a threat
        ("Mexico City will deliver the frigates next year.", True),  # a plain future
    ],
)
def test_a_hedged_act_aimed_at_no_one(extract: Extract, text: str, kept: bool) -> None:
    assert bool(root_events(extract(text))) is kept


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Estonia accused Russia of jamming GPS signals, a charge Moscow denied.", ("EST", "RUS")),
        ("Poland accused Belarus of pushing migrants across the border, a charge Minsk has "
         "denied.", ("POL", "BLR")),
        ("Japan accused Caracas of arming the rebels late on Sunday, an allegation Venezuela has "
         "denied.", ("JPN", "VEN")),
    ],
)  # fmt: skip
def test_an_appositive_denial_leaves_the_accusation(
    extract: Extract, text: str, pair: tuple[str, str]
) -> None:
    assert (*pair, "11", "asserted") in root_events(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt has never gone to war for Libya.",
        "Jordan went to war for Kuwait in 1991.",
        "Iran launched a war for Syria.",
    ],
)
def test_force_for_a_state_is_on_its_side(extract: Extract, text: str) -> None:
    keys = root_events(extract(text))
    assert keys and all(k[1] == "" for k in keys)


def test_force_against_a_state_still_targets_it(extract: Extract) -> None:
    assert ("RUS", "UKR", "19", "asserted") in root_events(
        extract("Russia waged war against Ukraine.")
    )
