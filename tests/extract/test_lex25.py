"""fresh13's lexicon and event-noun classes (lex25) on minimal sentences with several states:
goods bans coordinated and lifted, payments, open verdict adjectives, expectations, rows fought
(L); acts a call performs (NC); the rejected criticism (DN); an unasked stance (RF); a requested
stop's ongoing act (NA). The suite's tables: ``phenomena_lex25.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired, word

from realpolitik.extract._kind_clauses import kind_clause
from realpolitik.extract._lexicon import _sequences
from realpolitik.extract._ongoing_acts import ongoing_gerund
from realpolitik.extract._open_verdicts import open_verdict
from realpolitik.extract._performed_acts import contact_purpose, manner_call
from realpolitik.extract._shared_objects import shared_object


def test_hyphenated_row_words_match_the_tokenizers_pieces() -> None:
    assert _sequences("heavy-handed|slap in face") == (("heavy", "-", "handed"),
                                                       ("slap", "in", "face"))  # fmt: skip
    assert _sequences("---") == (("---",),)


def test_coordinated_verbs_share_the_object(nlp: Any) -> None:
    doc = repaired(nlp, "Tanzania has banned and then allowed rice exports to Kenya.")
    obj = shared_object(word(doc, "banned"))
    assert obj is not None and obj.text == "exports"
    two = repaired(nlp, "Tanzania banned rice and Kenya allowed exports.")
    assert shared_object(word(two, "banned")) is None


def test_unbanned_is_a_verb(nlp: Any) -> None:
    doc = repaired(nlp, "Ottawa has banned and unbanned sugar imports from France four times.")
    tok = word(doc, "unbanned")
    assert tok.pos_ == "VERB" and tok.lemma_ == "unban"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tanzania has banned and then allowed rice exports to Kenya several times.",
         {("TZA", "KEN", "163", "asserted"), ("TZA", "KEN", "085", "asserted")}),
        ("Zambia has banned and unbanned maize exports to Malawi four times.",
         {("ZMB", "MWI", "163", "asserted"), ("ZMB", "MWI", "085", "asserted")}),
        ("Zambia lifted its ban on maize sales to Malawi.", {("ZMB", "MWI", "085", "asserted")}),
        ("Japan announced 20 million dollars for flood shelters in Kenya.",
         {("JPN", "KEN", "071", "asserted")}),
        ("Kenya's energy minister said Nairobi had paid a first instalment of 10 million dollars "
         "to Ethiopia.", {("KEN", "ETH", "061", "reported")}),
        ("Chile fought a legal battle with Bolivia over the river.",
         {("CHL", "BOL", "115", "asserted")}),
        ("Nobody wants a row of the kind Chile once fought with Bolivia.", set()),
    ],
)  # fmt: skip
def test_lexicon_classes(extract: Extract, text: str, want: set[tuple[str, ...]]) -> None:
    assert code_events(extract(text)) == want


def test_a_kind_clause_names_no_act(nlp: Any) -> None:
    doc = repaired(nlp, "Peru wants no dispute of the sort Chile fought with Bolivia.")
    assert kind_clause(word(doc, "fought"))
    other = repaired(nlp, "Peru says Chile fought with Bolivia.")
    assert not kind_clause(word(other, "fought"))


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Kenya called Uganda's new tariffs cynical.", True),
        ("Kenya called Uganda's new tariffs needlessly harsh.", True),
        ("Kenya described Uganda's expulsions as vindictive.", True),
        ("Kenya called the talks with Uganda frank.", False),
        ("Kenya called the situation on the border tense.", False),
    ],
)
def test_open_verdict(nlp: Any, text: str, verdict: bool) -> None:
    doc = repaired(nlp, text)
    verb = next(t for t in doc if t.lemma_ in ("call", "describe"))
    nouns = {("tariff", "N"), ("expulsion", "N"), ("talk", "N")}
    assert (open_verdict(verb, nouns) is not None) is verdict


def test_a_verdict_verb_read_as_the_subjects_modifier(extract: Extract) -> None:
    got = code_events(extract("Kenya's foreign minister called Uganda's decision heavy-handed."))
    assert ("KEN", "UGA", "111", "asserted") in got


def test_expected_review_is_an_appeal_on_the_agent(extract: Extract) -> None:
    got = code_events(extract("Pretoria said it still expected the duties to be reviewed by "
                              "Washington."))  # fmt: skip
    assert ("ZAF", "USA", "020", "reported") in got


def test_a_call_and_its_purpose(nlp: Any, extract: Extract) -> None:
    doc = repaired(nlp, "Kenya's minister rang his Ugandan counterpart to express condolences.")
    assert contact_purpose(word(doc, "condolences"), "018", True) is not None
    got = code_events(extract("Kenya's interior minister called his Ugandan counterpart on "
                              "Tuesday to offer condolences."))  # fmt: skip
    assert {("KEN", "UGA", "041", "asserted"), ("KEN", "UGA", "018", "asserted")} <= got
    plan = repaired(nlp, "Kenya's president visited Uganda to sign a deal.")
    assert contact_purpose(word(plan, "sign"), "057", False) is None  # a plan, not a call


def test_a_call_named_by_its_manner(nlp: Any, extract: Extract) -> None:
    doc = repaired(nlp, "Ruto thanked his Tanzanian counterpart in a telephone call.")
    assert manner_call(word(doc, "call")) is not None
    got = code_events(
        extract(
            "President William Ruto thanked his Tanzanian counterpart, Samia "
            "Suluhu Hassan, in a telephone call on Sunday, his office said."
        )
    )
    assert ("KEN", "TZA", "041", "reported") in got


def test_rejected_criticism_is_a_denial(extract: Extract) -> None:
    got = code_events(
        extract(
            "Uganda criticised Kenya's arrests. Kenya's foreign minister "
            "rejected the criticism, saying the herders had broken the law."
        )
    )
    assert ("KEN", "UGA", "016", "asserted") in got
    assert not [e for e in got if e[2].startswith("12")]


def test_an_unasked_stance_is_no_refusal(extract: Extract) -> None:
    got = code_events(
        extract(
            "The Kenyan president also said his government would not allow "
            "any foreign power to build a naval base on its coast."
        )
    )
    assert not [e for e in got if e[2].startswith("12") and e[3] == "asserted"]


def test_a_requested_stop_leaves_its_act_under_way(nlp: Any, extract: Extract) -> None:
    doc = repaired(nlp, "Kenya asked Washington to stop expelling Kenyans.")
    assert ongoing_gerund(word(doc, "expelling"))
    warned = repaired(nlp, "Lebanon warned that its companies might stop investing in Israel.")
    assert not ongoing_gerund(word(warned, "investing"))
    got = code_events(
        extract(
            "The Kenyan president asked Washington to stop expelling Kenyans "
            "who had grown up in the United States."
        )
    )
    # (fresh20's gold and clauses32: the act a request asks to stop is no act of its own,
    # the request only; lex25 had read it as the writer's background fact, asserted)
    assert ("KEN", "USA", "020", "asserted") in got
    assert ("USA", "KEN", "174", "asserted") not in got
    called = code_events(extract("Spain called on Nigeria to stop deporting Spanish migrants."))
    assert ("ESP", "ESP", "174", "asserted") not in called
