"""Clause classes of round 12 (issue 9, task clause12; fresh5 classes DN, BY, R, H and the
suite's seed-1/seed-2 false assertions): each rule on a minimal parsed sentence, then end to end
on a few states and phrasings (``phenomena_clause12.py`` crosses them with many more).

DN: a denial of a hostile deed is 016 aimed at the accuser (else the victim's state) beside
the negated deed; BY: "responded by V-ing" is the gerund's act, done by the subject; R: a
clause on what a plan needs, or in a noun-phrase main clause, is a scene; H: a possessive
threat never targets its maker's state, a conditional act aimed at no one is no event.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, root_events

from realpolitik.extract._asides import leading_condition, noun_content, scene_clause
from realpolitik.extract._denied_charge import denies_charge
from realpolitik.extract._found import Found
from realpolitik.extract._lexicon import Trigger
from realpolitik.extract._means import framed_by_means, probed
from realpolitik.extract.parties._reading import by_means_governor


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


# -- the rules on one parsed sentence ------------------------------------------------------------
def test_a_denied_hostile_deed_is_a_denial(nlp: Any) -> None:
    doc = nlp("Serbia denied that its soldiers had fired on Kosovar police.")
    unsure = nlp("Kenya would neither confirm nor deny that Somalia had fired on its boats.")
    denied = _tok(doc, "denied")
    assert denies_charge(denied, "193")
    assert not denies_charge(denied, "042")  # "denied that it planned a visit": no charge
    assert not denies_charge(_tok(unsure, "deny"), "190")


def test_a_gerund_of_means_takes_the_governors_subject(nlp: Any) -> None:
    doc = nlp("Vietnam responded by expelling three Chinese diplomats.")
    passive = nlp("Cuba was punished by losing its seat.")
    gov = by_means_governor(_tok(doc, "expelling"))
    assert gov is not None and gov.i == _tok(doc, "responded").i
    assert by_means_governor(_tok(passive, "losing")) is None


def test_a_response_verb_with_a_means_is_no_second_act(nlp: Any) -> None:
    doc = nlp("Poland retaliated by expelling three Russian diplomats.")
    row = Trigger("retaliate", "V", frozenset(), frozenset(), frozenset(), "190", frozenset())
    found = Found(_tok(doc, "retaliated"), row, "190")
    assert framed_by_means(found, {_tok(doc, "expelling").i})
    assert not framed_by_means(found, set())  # no act in the means: the retaliation stays


def test_a_clause_on_what_a_plan_needs_is_a_scene(nlp: Any) -> None:
    doc = nlp("The mission would require a resolution that Russia and China have refused to "
              "support.")  # fmt: skip
    object_clause = nlp("Kenya condemned the troops that Uganda sent to Somalia.")
    assert scene_clause(_tok(doc, "refused"))
    assert not scene_clause(_tok(object_clause, "sent"))


def test_a_relative_clause_in_a_noun_phrase_sentence_is_a_scene(nlp: Any) -> None:
    doc = nlp("The first of two shipments that Japan pledged to the Philippines after the "
              "typhoon.")  # fmt: skip
    assert scene_clause(_tok(doc, "pledged"))


def test_a_condition_clause(nlp: Any) -> None:
    iff = nlp("If Slovakia keeps vetoing joint purchases, the deal would collapse.")
    should = nlp("Should Hungary carry out its threat to halt exports, Slovenia would suffer.")
    plain = nlp("Slovakia vetoed the joint purchases on Monday.")
    assert leading_condition(_tok(iff, "vetoing"))
    assert leading_condition(_tok(should, "threat"))
    assert not leading_condition(_tok(plain, "vetoed"))


def test_an_arranged_act_and_a_probed_act(nlp: Any) -> None:
    doc = nlp("Kim Jong Un condemned on Monday the arrangement for Saudi Arabia to train "
              "soldiers in Morocco.")  # fmt: skip
    urged = nlp("France urged Germany to send tanks to Ukraine.")
    probe = nlp("Syrian officials have opened an investigation into Morocco's role in the "
                "attack.")  # fmt: skip
    assert noun_content(_tok(doc, "train"))
    assert not noun_content(_tok(urged, "send"))
    opened, into = _tok(probe, "opened"), _tok(probe, "into")
    if into.head.i == opened.i:  # the parse this rule is for
        assert probed(opened, into)
    assert not probed(opened, _tok(probe, "Syrian"))


# -- end to end -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("Croatia accused Serbia of shelling the border. Serbia denied that its troops fired on "
         "Croatian villages.", ("SRB", "HRV", "01", "asserted")),
        ("Ghana's defence ministry denied that its soldiers had fired on Togolese police.",
         ("GHA", "TGO", "01", "asserted")),
        ("Egypt denied that it had launched a cyberattack on Poland.",
         ("EGY", "POL", "01", "asserted")),
        ("Uganda accused Kenya of arming rebels. Kenya rejected the accusation.",
         ("KEN", "UGA", "01", "asserted")),
    ],
)  # fmt: skip
def test_a_denied_charge_is_016_at_the_accuser(
    extract: Extract, text: str, denial: tuple[str, str, str, str]
) -> None:
    got = root_events(extract(text))
    assert denial in got
    assert not any(k[2] == "19" and k[3] == "asserted" for k in got)


def test_a_denied_visit_is_no_denial(extract: Extract) -> None:
    assert {k[2] for k in root_events(extract("India denied that it had visited Nepal."))} <= {"04"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Vietnam responded by expelling China's consul.", ("VNM", "CHN", "16", "asserted")),
        ("Poland retaliated by expelling three Russian diplomats.",
         ("POL", "RUS", "16", "asserted")),
        ("Indonesia's president has answered by praising Malaysia's Anwar Ibrahim.",
         ("IDN", "MYS", "05", "asserted")),
        ("Japan retaliated by imposing tariffs on Chinese steel.",
         ("JPN", "CHN", "16", "asserted")),
    ],
)  # fmt: skip
def test_an_act_by_its_means(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    assert root_events(extract(text)) == {want}


@pytest.mark.parametrize(
    "text",
    [
        "If the bloc were to send troops, it would need a mandate that Kenya and Uganda have so "
        "far declined to back.",
        "Any deployment would require a vote that the Moroccan government has so far declined "
        "to back.",
        "The first of two shipments that Japan pledged to the Philippines after the typhoon.",
        "Should Orban carry out his threat to halt exports, Slovenia would suffer.",
        "If Serbia blocks the reform again, the deal would collapse.",
        "If Slovakia keeps vetoing joint purchases, the deal would collapse.",
        "Lebanon ordered its forces to prepare a rescue mission in France on Monday.",
    ],
)
def test_scenes_and_conditions_are_no_news(extract: Extract, text: str) -> None:
    assert root_events(extract(text)) == set()


def test_a_possessive_threat_keeps_its_maker_out_of_the_target(extract: Extract) -> None:
    got = root_events(extract("Erdogan's threat to expel ten ambassadors alarmed Washington."))
    assert ("TUR", "TUR", "13", "asserted") not in got
    assert ("TUR", "", "13", "asserted") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kim Jong Un condemned on Monday the arrangement for Saudi Arabia to train soldiers in "
         "Morocco.", {("PRK", "SAU", "11", "asserted"), ("PRK", "MAR", "11", "asserted")}),
        ("Syrian officials have opened an investigation into Morocco's role in the attack.",
         {("SYR", "MAR", "09", "asserted")}),
        ("Ukraine ordered Saudi Arabia's ambassador to leave late on Sunday.",
         {("UKR", "SAU", "16", "asserted")}),
    ],
)  # fmt: skip
def test_the_suites_seed_1_and_2_false_assertions(
    extract: Extract, text: str, want: set[tuple[str, ...]]
) -> None:
    assert root_events(extract(text)) == want
