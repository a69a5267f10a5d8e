"""The common news phrasings of each CAMEO root (issue 9, lexicon round two), coded by the
CAMEO codebook's rules, and the trigger mechanisms they need. Sentences are the project's own.

Each class is also crossed with every construction in the phenomenon suite
(``phenomena_tables.py``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from extract_helpers import country_triples, triples

from realpolitik.extract import load_lexicon, load_nlp
from realpolitik.extract._lexicon import ANY_OBJECT, NO_OBJECT
from realpolitik.extract._triggers import find_triggers
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def roots(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in country_triples(ex)}


def codes(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(s, t, c or "") for s, t, c in country_triples(ex)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 11: disapproval verbs, phrasal verbs and labels (the call is the event, the label none)
        ("Chile regretted Peru's decision to close the consulate.", ("CHL", "PER", "11")),
        ("Ecuador lashed out at Colombia over the raid.", ("ECU", "COL", "11")),
        ("Kenya hit out at Uganda over the tariffs.", ("KEN", "UGA", "11")),
        ("Norway castigated Sweden for the decision.", ("NOR", "SWE", "11")),
        ("Greece called Turkey's survey mission a provocation.", ("GRC", "TUR", "11")),
        ("Poland expressed outrage over Belarus's decision.", ("POL", "BLR", "11")),
        # 12: "would not" and "did not accept" refuse; ruling out what was asked is a refusal
        # (one nobody asked for is the act negated, GUIDE rule 5: test_fact26.py)
        ("Egypt said it would not join the alliance with Ethiopia.", ("EGY", "ETH", "12")),
        ("Peru said it did not accept Bolivia's decision.", ("PER", "BOL", "12")),
        ("Ukraine asked Hungary to send weapons. Hungary ruled out sending weapons to Ukraine.",
         ("HUN", "UKR", "12")),
        # 13: forecast punishment and measures are threats
        ("Iran vowed harsh punishment for Israel.", ("IRN", "ISR", "13")),
        ("China said it would take countermeasures against Lithuania.", ("CHN", "LTU", "13")),
        # 15: warning shots, missile tests and unilateral drills show force
        ("Greek troops fired warning shots at Turkish fishing boats.", ("GRC", "TUR", "15")),
        # (the target is whom the move is directed at: CAMEO 150/154 usage notes)
        ("Morocco held military drills near Algeria.", ("MAR", "DZA", "15")),
        # 16: tariffs, sanctions lists, leaving organisations, revoked agreements
        ("Canada imposed tariffs on Chinese steel.", ("CAN", "CHN", "16")),
        ("Japan added Russian firms to its sanctions list.", ("JPN", "RUS", "16")),
        ("Mali said it was leaving the Economic Community of West African States.",
         ("MLI", "IGO", "16")),
        ("Niger revoked its defence agreement with France.", ("NER", "FRA", "16")),
        ("Chad withdrew its ambassador from Sudan.", ("TCD", "SDN", "16")),
        # 17: ramming and boarding vessels damage property; a state of emergency
        ("A Chinese coast guard ship rammed a Vietnamese fishing boat.", ("CHN", "VNM", "17")),
        ("Iranian forces boarded a Greek tanker.", ("IRN", "GRC", "17")),
        # 19: closed borders and airspace restrict movement (191)
        ("Pakistan closed its border with Afghanistan.", ("PAK", "AFG", "19")),
        # 04/05/16: views exchanged, relations resumed, aid withheld
        ("Chile exchanged views with Argentina on the crisis.", ("CHL", "ARG", "04")),
        ("Qatar resumed diplomatic relations with Bahrain.", ("QAT", "BHR", "05")),
        ("Sweden withheld aid from Zambia.", ("SWE", "ZMB", "16")),
        ("Ukraine said its forces had liberated the village from Russia.", ("UKR", "RUS", "19")),
    ],
)  # fmt: skip
def test_root_classes(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    assert want in roots(extract(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russian troops fired warning shots at Estonian border guards.", "150"),
        ("North Korea fired two ballistic missiles into the sea.", "150"),
        ("Russia declared a state of emergency in the Belgorod region.", "1724"),
        ("North Korea blew up roads connecting it with the South.", "1712"),
        ("The Philippine coast guard rammed a Chinese vessel.", "171"),
    ],
)
def test_codebook_codes(extract: Extract, text: str, want: str) -> None:
    assert want in {c for _, _, c in triples(extract(text))}


def test_drills_are_a_show_of_force_unless_joint(extract: Extract) -> None:
    # the target is whom the show of force is directed at (CAMEO 150/154 usage notes)
    assert roots(extract("China held large exercises around Taiwan.")) == {("CHN", "TWN", "15")}
    joint = roots(extract("India and France held joint naval exercises."))
    assert joint == {("IND", "FRA", "06"), ("FRA", "IND", "06")}
    # conjoined modifiers name two parties too (the codebook's own example of 062)
    ex = extract("French and Egyptian warships launched ten days of war games.")
    assert {c[:2] for _, _, c in triples(ex)} == {"06"}


def test_an_ordered_act_is_the_act(extract: Extract) -> None:
    ex = extract("The president ordered new tariffs on imports from Brazil.")
    assert roots(ex) == {("USA", "BRA", "16")} or {r[2] for r in roots(ex)} == {"16"}
    # ordering someone out is an expulsion, not a demand
    ex = extract("Venezuela ordered Argentine diplomats to leave the country.")
    assert {c[:2] for _, _, c in triples(ex)} == {"16"}


def test_would_not_refuses_but_did_not_negates(extract: Extract) -> None:
    ex = extract("Brazil said it would not send its ambassador back to Israel.")
    assert [(e.cameo[:2], e.factuality) for e in ex.events] == [("12", "asserted")]
    ex = extract("Brazil did not send its ambassador back to Israel.")
    assert all(e.factuality == "negated" for e in ex.events) and ex.events
    # a hostile act left undone is no rejection of cooperation
    ex = extract("Russia said it would not attack Finland.")
    assert all(e.cameo[:2] != "12" for e in ex.events)


def test_conjoined_promises_keep_their_own_parties(extract: Extract) -> None:
    ex = extract("France agreed to tighten sanctions on Iran and to keep supporting Iraq.")
    got = {(t, c[:2]) for _, t, c in country_triples(ex)}
    assert ("IRQ", "03") in got and ("IRN", "13") in got
    # what was agreed to do later is not reported as done
    ex = extract("Japan and Korea agreed to consult each other and to hold annual naval drills.")
    assert all(e.factuality != "asserted" or e.cameo[:2] == "03" for e in ex.events)


def test_punishment_that_will_not_go_unanswered_is_a_threat(extract: Extract) -> None:
    ex = extract("Iran vowed that the attack on its consulate would not go unanswered.")
    vowed = {c[:2] for _, _, c in triples(ex)} - {"19"}  # the attack named is an event too
    assert vowed == {"13"}


def test_labels_and_names_are_no_acts(extract: Extract) -> None:
    ex = extract("Sweden joined the North Atlantic Treaty Organization on Thursday.")
    assert {c for _, _, c in triples(ex)} == {"057"}  # joining; "Treaty" is a name
    ex = extract("Seoul called the deployment a serious security threat.")
    assert {c[:2] for _, _, c in triples(ex)} == {"11"}  # no threat (13) from the label


def test_hosting_is_also_the_visit(extract: Extract) -> None:
    ex = extract("Narendra Modi welcomed Vladimir Putin to New Delhi.")
    assert roots(ex) == {("IND", "RUS", "04"), ("RUS", "IND", "04")}
    assert codes(ex) == {("IND", "RUS", "043"), ("RUS", "IND", "042")}


def test_a_phone_call_told_of(extract: Extract) -> None:
    ex = extract(
        "Denmark's prime minister told Donald Trump in a phone call that the island was not for sale."
    )
    assert ("DNK", "USA", "041") in codes(ex)
    # an interview "by phone" is no call between states
    ex = extract("Two commanders told reporters by phone that they had withdrawn.")
    assert all(e.cameo != "041" for e in ex.events)


def test_stopping_hostilities_is_a_ceasefire(extract: Extract) -> None:
    ex = extract("India and Pakistan agreed to stop all firing along the border.")
    assert {c[:2] for _, _, c in triples(ex)} == {"03"}  # an intent to de-escalate (035)
    assert {c for _, _, c in triples(ex)} == {"035"}


def test_object_conditions(tmp_path: Path) -> None:
    nlp = load_nlp()
    path = tmp_path / "mine.tsv"
    path.write_text(
        "protest\tV\tobj=*\t114\t\twith an object: a government's protest\n"
        "protest\tV\tobj=-\t141\t\twithout: a demonstration\n",
        encoding="utf-8",
    )
    lex = load_lexicon([path])
    row = lex.triggers[("protest", "V")][0]
    assert row.obj in (frozenset({ANY_OBJECT}), frozenset({NO_OBJECT})) and row.specificity == 1
    for text, want in (
        ("Japan protested the decision.", "114"),
        ("Thousands protested in the capital.", "141"),
    ):
        sent = next(iter(nlp(text).sents))
        assert [f.code for f in find_triggers(sent, lex)] == [want]


def test_a_noun_the_tagger_read_as_a_verb() -> None:
    nlp = load_nlp()
    lex = load_lexicon()
    sent = next(
        iter(nlp("Japanese troops are taking part in the Balikatan drills with Manila.").sents)
    )
    assert [(f.tok.lower_, f.code) for f in find_triggers(sent, lex)] == [("drills", "062")]
