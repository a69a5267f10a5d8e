"""practice1's classes (issue 9 round 16, bench/gold/reviews/practice1_classes.md) on minimal
sentences with several states: a diplomat told or asked to leave is expelled (EX); an object
condition reads through a count, "all but one of" and a wrapper noun (PT, SU); hosting talks
between two others is mediation (MD); a promised inquiry is an intent, no threat (PI); regret
for a death or an incident is remorse, no criticism of the victims' state (RG); "an unfriendly
act" is criticism (PJ); the topic of a joint signing is no party (JT); the verb after an
apposition is the subject's (AV). The suite's tables:
``phenomena_practice1.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, word

from realpolitik.extract._apposed_verb import apposed_verb_root
from realpolitik.extract._object_heads import carried_words
from realpolitik.extract._promised_acts import promise_threatens
from realpolitik.extract._regret import APOLOGY, regret_code
from realpolitik.extract._trigger_objects import PARTITIVE
from realpolitik.models import Extraction


def _roots(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c, _ in code_events(ex)}


# -- EX: told / asked / instructed to leave ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Chile's consul was told to leave Peru within a week.", ("PER", "CHL", "16")),
        ("The Kenyan ambassador in Kampala was asked to leave Uganda by Friday.",
         ("UGA", "KEN", "16")),
        ("Two Ghanaian diplomats were instructed to leave Togo.", ("TGO", "GHA", "16")),
        ("Senegal asked Mali's envoy to leave the country within 48 hours.", ("SEN", "MLI", "16")),
    ],
)  # fmt: skip
def test_a_diplomat_told_to_leave_is_expelled(
    extract: Extract, text: str, key: tuple[str, str, str]
) -> None:
    got = _roots(extract(text))
    assert key in got
    assert not [k for k in got if k[2] == "02"]  # no appeal to the envoy's state


def test_asked_to_leave_a_meeting_is_no_expulsion(extract: Extract) -> None:
    got = _roots(extract("Kenya asked Uganda to leave the talks if it would not compromise."))
    assert not [k for k in got if k[2] == "16"]


# -- PT / SU: the object behind a count or a wrapper noun -------------------------------------
def test_carried_words_reads_through_counts_and_wrappers(nlp: Any) -> None:
    doc = nlp("Chile withdrew two of its diplomats from Lima.")
    assert "diplomat" in carried_words(word(doc, "two"), PARTITIVE)
    doc = nlp("Chile suspended its implementation of the peace declaration.")
    assert "declaration" in carried_words(word(doc, "implementation"), PARTITIVE)
    doc = nlp("Chile withdrew all but one of its diplomats from Lima.")
    assert "diplomat" in carried_words(word(doc, "all"), PARTITIVE)
    doc = nlp("Chile praised the work of its diplomats.")
    assert carried_words(word(doc, "work"), PARTITIVE) == set()  # no count, no wrapper


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Oman withdrew three of its diplomats from Sanaa.", ("OMN", "YEM", "16")),
        ("Russia expelled two of Finland's diplomats.", ("RUS", "FIN", "16")),
        ("Chile has suspended its implementation of the fisheries agreement with Peru.",
         ("CHL", "PER", "16")),
        ("Kenya suspended key provisions of the border treaty with Somalia.",
         ("KEN", "SOM", "16")),
        ("Thailand suspended the peace declaration with Cambodia.", ("THA", "KHM", "16")),
    ],
)  # fmt: skip
def test_the_row_for_the_real_object_holds(
    extract: Extract, text: str, key: tuple[str, str, str]
) -> None:
    ex = extract(text)
    assert key in _roots(ex)
    assert not [e for e in ex.events if e.cameo == "0874"]  # no troop withdrawal


# -- MD: hosted talks between two others -------------------------------------------------------
def test_hosting_talks_between_two_states_is_mediation(extract: Extract) -> None:
    got = code_events(extract("Norway hosted talks between Armenia and Azerbaijan on Monday."))
    assert ("NOR", "ARM", "045", "asserted") in got
    assert ("NOR", "AZE", "045", "asserted") in got
    hosted = code_events(extract("Norway hosted the Armenian president on Monday."))
    assert not [e for e in hosted if e[2] == "045"]  # a visit hosted stays a hosting


# -- PI: a promised inquiry --------------------------------------------------------------------
def test_a_promised_investigation_is_no_threat() -> None:
    assert not promise_threatens("090")
    assert promise_threatens("190") and promise_threatens("163")
    assert not promise_threatens("071")


def test_a_promised_inquiry_is_an_intent(extract: Extract) -> None:
    got = _roots(extract("Kenya promised a full inquiry into the death of a Ugandan trader."))
    assert ("KEN", "UGA", "03") in got
    assert not [k for k in got if k[2] == "13"]
    vowed = _roots(extract("Kenya vowed retaliation against Uganda."))
    assert ("KEN", "UGA", "13") in vowed  # a promised hostile act is still a threat


# -- RG: regret for a situation ----------------------------------------------------------------
def test_regret_over_a_death_is_remorse(nlp: Any) -> None:
    doc = nlp("Ghana expressed deep regret on Monday over the death of a Togolese fisherman.")
    regret = word(doc, "regret")
    assert regret_code(regret, "111") == APOLOGY
    assert word(doc, "over").head.i == regret.i  # the phrase now belongs to the noun
    other = nlp("Japan expressed regret over China's decision to ban imports.")
    assert regret_code(word(other, "regret"), "111") == "111"


@pytest.mark.parametrize(
    "text",
    [
        "Ghana expressed deep regret on Monday over the death of a Togolese fisherman.",
        "Ghana voiced regret for the deaths of three Togolese miners.",
        "Ghana regretted the death of a Togolese sailor.",
    ],
)
def test_regret_for_a_death_aims_remorse_at_the_victims_state(extract: Extract, text: str) -> None:
    got = _roots(extract(text))
    assert ("GHA", "TGO", "05") in got
    assert not [k for k in got if k[2] == "11"]


# -- PJ: an unfriendly act -----------------------------------------------------------------------
def test_an_unfriendly_act_is_criticism_of_the_earlier_actor(extract: Extract) -> None:
    text = (
        "Finland expelled a Russian diplomat on Friday. Moscow called the move an unfriendly act."
    )
    assert ("RUS", "FIN", "11") in _roots(extract(text))
    text = "Peru expelled two Chilean diplomats. Santiago described the decision as an affront."
    assert ("CHL", "PER", "11") in _roots(extract(text))


# -- JT: the topic of a joint act ---------------------------------------------------------------
def test_topic_only_needs_unknown_targets_from_topic_phrases(extract: Extract) -> None:
    text = "Prabowo met Anwar in Jakarta. The two leaders also signed memoranda on migrant workers."
    got = _roots(extract(text))
    assert ("IDN", "MYS", "05") in got and ("MYS", "IDN", "05") in got
    assert not [k for k in got if k[1] == "---"]


def test_a_named_state_on_the_topic_phrase_is_still_read(extract: Extract) -> None:
    got = _roots(extract("Kenya signed an agreement on refugees from Somalia."))
    assert not [k for k in got if k[1] == "---"]
    ex = extract("Norway and Finland signed a protocol on refugees.")
    assert ("NOR", "FIN", "05") in _roots(ex) and ("FIN", "NOR", "05") in _roots(ex)


# -- AV: the verb after an apposition -----------------------------------------------------------
def test_the_verb_after_an_apposition_is_the_main_verb(nlp: Any) -> None:
    doc = nlp(
        "Chile's foreign minister, Alberto van Klaveren, called on Peru to respect the ruling."
    )
    sent = next(iter(doc.sents))
    apposed_verb_root(sent)
    called = word(doc, "called")
    assert called.dep_ == "ROOT" and word(doc, "minister").head.i == called.i


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Greenland's premier, Jens-Frederik Nielsen, called on Washington to respect its vote.",
         ("GRL", "USA", "02")),
        ("Germany's top diplomat, Maria Lindqvist, called on Nigeria to release the sailors.",
         ("DEU", "NGA", "02")),
        ("The Ghanaian president, John Mahama, called on Togo to reopen the border.",
         ("GHA", "TGO", "02")),
    ],
)  # fmt: skip
def test_an_apposed_subject_keeps_its_act(
    extract: Extract, text: str, key: tuple[str, str, str]
) -> None:
    assert key in _roots(extract(text))


def test_a_true_reduced_relative_stays(extract: Extract) -> None:
    got = _roots(extract("The minister, called to testify by parliament, said nothing about Peru."))
    assert not [k for k in got if k[2] == "02"]
