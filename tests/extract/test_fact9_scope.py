"""Issue 9 sections 3 and 4 in analysis text (task fact9): a stand-in noun does not negate the
act it is weighed against, an elided clause with its own hedge is no doer of the act it repeats,
a time phrase is no "call on" appeal, "what X calls a blockade by Y" asserts no blockade, and
"experts warned X might act" makes X the doer. Each with several states and phrasings; the
suite constructions f9_* (phenomena_fact9.py) cross them with many more."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from realpolitik.extract import factuality_of
from realpolitik.extract._warned_subject import repair_warned_subject
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Loans from Qatar are no substitute for Germany's military aid to Ukraine.", "aid",
         "asserted"),
        ("Japanese money is no replacement for American arms deliveries to Taiwan.",
         "deliveries", "asserted"),
        ("There is no alternative to France's economic aid to Mali.", "aid", "asserted"),
        # an evidential noun still denies what it lacks
        ("There is no evidence of Russia's attack on the pipeline.", "attack", "negated"),
        ("Canada did not provide aid to Kyiv.", "aid", "negated"),
    ],
)  # fmt: skip
def test_stand_in_noun_leaves_the_act(nlp: Any, text: str, trigger: str, expected: str) -> None:
    tok = next(t for t in nlp(text) if t.text == trigger)
    assert factuality_of(tok) == expected


@pytest.mark.parametrize(
    ("text", "main", "other"),
    [
        ("Belarus banned imports from Argentina, though Kenya may not follow suit.", "BLR",
         "KEN"),
        ("Turkey closed its airspace to Armenian airlines, even if Iran might not follow suit.",
         "TUR", "IRN"),
        ("Poland expelled two Russian diplomats, though Latvia may not do the same.", "POL",
         "LVA"),
    ],
)  # fmt: skip
def test_hedged_elided_clause_adds_no_doer(
    extract: Extract, text: str, main: str, other: str
) -> None:
    got = _events(extract(text))
    assert any(e[0] == main and e[3] == "asserted" for e in got), got
    assert not any(e[0] == other and e[3] == "asserted" for e in got), got


def test_plain_elided_clause_still_adds_its_doer(extract: Extract) -> None:
    got = _events(extract("Poland expelled two Russian diplomats, and Latvia followed suit."))
    assert {("POL", "RUS", "16", "asserted"), ("LVA", "RUS", "16", "asserted")} <= got


@pytest.mark.parametrize(
    "text",
    [
        'A spokesman for the Iraqi government called Turkey "a rogue state" on Monday.',
        'Algeria\'s president called France "an occupier" on Tuesday.',
        'The Saudi foreign minister called Iran "a nest of spies" on 12 June.',
    ],
)
def test_time_phrase_is_no_call_on(extract: Extract, text: str) -> None:
    assert not any(e[2] == "02" for e in _events(extract(text)))


def test_call_on_with_a_time_phrase_is_still_an_appeal(extract: Extract) -> None:
    got = _events(extract("Belarus called on Greece on Monday to release the sailors."))
    assert ("BLR", "GRC", "02", "asserted") in got


@pytest.mark.parametrize(
    "text",
    [
        "What Kyiv calls a blockade by Pakistan is, in the view of diplomats, a response.",
        "What Germany calls aggression by Venezuela is a response to years of pressure.",
        "Chile has stayed silent on what Peru calls an invasion by Bolivia.",
    ],
)
def test_free_relative_label_asserts_no_act(extract: Extract, text: str) -> None:
    got = _events(extract(text))
    assert not any(e[3] == "asserted" and e[2] in ("15", "17", "18", "19") for e in got), got


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Experts in Afghanistan have warned Athens might downgrade ties with France.", "GRC",
         "FRA"),
        ("Experts in Canada have warned Jordan may seize an Azerbaijani oil tanker.", "JOR",
         "AZE"),
        ("Analysts have warned Moscow could attack Estonia next year.", "RUS", "EST"),
    ],
)  # fmt: skip
def test_warned_state_is_the_doer(extract: Extract, text: str, doer: str, target: str) -> None:
    got = _events(extract(text))
    assert any(e[:2] == (doer, target) and e[3] == "possible" for e in got), got
    assert not any(e[3] == "asserted" for e in got), got


def test_warned_repair_keeps_a_warned_party(nlp: Any) -> None:
    """ "warned Seoul to withdraw", "warned Seoul that ...": the state stays the object."""
    for text in (
        "China warned Seoul to withdraw its ships.",
        "China warned Seoul that it would act.",
    ):
        sent = next(iter(nlp(text).sents))
        repair_warned_subject(sent)
        seoul = next(t for t in sent if t.text == "Seoul")
        assert seoul.dep_ == "dobj", text


@pytest.mark.parametrize(
    ("text", "doer", "other"),
    [
        ("If Iran attacks such a force, it is unclear whether Paris would defend it.", "IRN",
         "FRA"),
        ("Should Turkey attack such forces, Berlin would respond.", "TUR", "DEU"),
        ("Should Russia attack such a mission, few believe Ottawa would come to its aid.", "RUS",
         "CAN"),
    ],
)  # fmt: skip
def test_such_a_force_is_no_other_clauses_state(
    extract: Extract, text: str, doer: str, other: str
) -> None:
    """ "such a force" refers back to a force named before; the state of another clause is
    not its owner."""
    got = _events(extract(text))
    assert not any(e[0] == doer and e[1] == other for e in got), got


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Mexico and Venezuela say they might send soldiers to South Korea once a ceasefire "
         "holds, yet no government has committed a single brigade, and India has refused to "
         "send troops to South Korea.", "refused", "asserted"),
        ("Nigeria and Poland say they could deploy troops to Italy once a ceasefire holds, yet "
         "no government has committed a single brigade, and Hungary has refused to send troops "
         "to Italy.", "refused", "asserted"),
        ("Spain and Italy say they could send troops to Libya once a truce holds, yet no "
         "government has committed a brigade, and Greece has refused to send soldiers to "
         "Libya.", "refused", "asserted"),
        # a second complement with "that", or with no "yet"/"but", is still what was said
        ("Officials said Iran had seized a tanker, and that Oman had protested.", "protested",
         "reported"),
        ("Officials said Iran had seized a tanker and Oman had protested.", "protested",
         "reported"),
    ],
)  # fmt: skip
def test_writers_clause_after_a_report(nlp: Any, text: str, trigger: str, expected: str) -> None:
    tok = next(t for t in nlp(text) if t.text == trigger)
    assert factuality_of(tok) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Neither Moscow nor Kyiv has confirmed the prisoner exchange mediated by the UAE.",
        "Neither side confirmed the arms deal signed by Serbia and China.",
        "No official in Cairo has confirmed the ceasefire brokered by Qatar.",
    ],
)
def test_act_named_on_an_unconfirmed_noun_is_unconfirmed(extract: Extract, text: str) -> None:
    got = _events(extract(text))
    assert got and not any(e[3] == "asserted" for e in got), got


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Seoul's aid to Kyiv, however generous, cannot match Warsaw's arms deliveries to "
         "Ukraine.", "aid", "asserted"),
        ("Japan's loans to Manila cannot replace American military aid to the Philippines.",
         "loans", "asserted"),
        # a hypothetical act as the subject of another verb stays hypothetical
        ("A Russian attack on Estonia could trigger a wider war.", "attack", "possible"),
        ("Azerbaijan is unlikely to attack Armenia again soon, analysts say.", "attack",
         "possible"),
        ("Moscow is unlikely to send more troops to Belarus.", "send", "possible"),
    ],
)  # fmt: skip
def test_weighed_subject_and_unlikely(nlp: Any, text: str, trigger: str, expected: str) -> None:
    tok = next(t for t in nlp(text) if t.text == trigger)
    assert factuality_of(tok) == expected


def test_later_condition_does_not_reach_back(nlp: Any) -> None:
    """The parser hangs "held talks" on "should Japan attack"; the talks stay asserted."""
    text = (
        "Alexander Lukashenko held talks with Vladimir Putin on Friday and discussed how each "
        "would respond should Japan attack either of them."
    )
    doc = nlp(text)
    held = next(t for t in doc if t.text == "held")
    attack = next(t for t in doc if t.text == "attack")
    assert factuality_of(held) == "asserted"
    assert factuality_of(attack) == "possible"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The court stopped short of ordering a ceasefire.", "ordering"),
        ("Washington stopped short of imposing sanctions on Ankara.", "imposing"),
        ("The statement fell short of recognising Palestine.", "recognising"),
        ("The EU stopped short of a full embargo on Russian gas.", "embargo"),
    ],
)
def test_stopped_short_of_is_not_done(nlp: Any, text: str, trigger: str) -> None:
    tok = next(t for t in nlp(text) if t.text == trigger)
    assert factuality_of(tok) == "negated"
