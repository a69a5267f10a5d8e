"""Parser habits found by the suite at large samples: an active verb's "by" phrase read as its
agent, and an onlooker ("with an envoy present") read as the partner of talks."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, root_events

from realpolitik.extract._nlp import repair_parse

# Judges of an act whose doer is named by "by": the parser hangs "by X" on the active verb.
_ACTIVE_BY = [
    ("The Argentine ambassador to Azerbaijan condemned the arrests by Kabul on Monday.", "ARG", "AFG"),
    ("The Argentine ambassador to Azerbaijan condemned the arrests by North Korea this week.", "ARG", "PRK"),
    ("The Peruvian embassy in Nairobi condemned the arrests by Iran.", "PER", "IRN"),
    ("The Peruvian embassy in Nairobi denounced the vote by North Korea on Monday.", "PER", "PRK"),
    ("The Peruvian embassy in Nairobi condemned the launch by Kabul on Monday.", "PER", "AFG"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "judge", "doer"), _ACTIVE_BY)
def test_an_active_verbs_by_phrase_belongs_to_its_object(
    nlp: Any, text: str, judge: str, doer: str
) -> None:
    """An active verb has no agent: "by X" names the doer of the object before it."""
    sent = next(iter(nlp(text).sents))
    repair_parse(sent)
    by = next(t for t in sent if t.lower_ == "by")
    assert (by.dep_, by.head.dep_) == ("prep", "dobj"), [(t.text, t.dep_) for t in sent]


@pytest.mark.parametrize(("text", "judge", "doer"), _ACTIVE_BY)
def test_the_judge_judges_the_named_doer(
    extract: Extract, text: str, judge: str, doer: str
) -> None:
    assert root_events(extract(text)) == {(judge, doer, "11", "asserted")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Iran was condemned by Japan on Monday.", ("JPN", "IRN", "11", "asserted")),
        ("The Kenyan foreign ministry has condemned the seizure by Moscow.", ("KEN", "RUS", "11", "asserted")),
    ],
)  # fmt: skip
def test_a_passive_agent_and_a_perfect_stay(extract: Extract, text: str, want: tuple) -> None:
    assert want in root_events(extract(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Francois Hollande and the Colombian president held talks in Addis Ababa, with an Ethiopian envoy in attendance.", ("FRA", "COL")),
        ("Francois Hollande and the Colombian president held talks in Addis Ababa, with an Ethiopian envoy present.", ("FRA", "COL")),
        ("The Armenian foreign minister and the Venezuelan prime minister held talks in Pyongyang, with a North Korean envoy present.", ("ARM", "VEN")),
        ("Chile's foreign minister and Peru's foreign minister held talks in Quito, with an Ecuadorian envoy looking on.", ("CHL", "PER")),
    ],
)  # fmt: skip
def test_an_onlooker_of_talks_is_no_partner(extract: Extract, text: str, pair: tuple) -> None:
    a, b = pair
    assert root_events(extract(text)) == {(a, b, "04", "asserted"), (b, a, "04", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Petro Poroshenko and the American foreign minister met in Brasilia on Tuesday, with a Brazilian envoy present.",
        "Petro Poroshenko and the Greek foreign minister met in Cairo on Monday, with an Egyptian envoy present.",
    ],
)  # fmt: skip
def test_an_onlooker_is_never_a_fallback_target(extract: Extract, text: str) -> None:
    envoy = {"BRA", "EGY"}
    got = root_events(extract(text))
    assert not any(e[1] in envoy for e in got), got


# A trailing appositive's relative clause ("..., a plan T has rejected") the parser reads as
# the main clause: the sentence's news is the clause before the comma, the stance is background.
_TRAILING = [
    "Rabat carried on with the canal on Monday, a scheme Saudi Arabia has condemned.",
    "Moscow went ahead with the pipeline on Tuesday, a plan Caracas has repeatedly rejected.",
    "Indonesia carried on with the canal this week, a plan Mexico City has repeatedly rejected.",
    "Tokyo carried on with the canal, a scheme Morocco has criticised.",
    "Iraq kept building the port on Monday, a move the Cuban leaders have long opposed.",
    "Pakistan went ahead with the pipeline this week, a scheme Algeria has criticised.",
    "India carried on with the canal on Friday, a move South Africa has long opposed.",
]


@pytest.mark.parametrize("text", _TRAILING)
def test_a_trailing_relative_hangs_from_its_noun(nlp: Any, text: str) -> None:
    sent = next(iter(nlp(text).sents))
    repair_parse(sent)
    verb = sent[-2]
    assert (verb.dep_, verb.head.lower_) in {("relcl", w) for w in ("plan", "scheme", "move")}
    assert sent.root.lemma_ in {"go", "carry", "keep"}, sent.root


@pytest.mark.parametrize("text", _TRAILING)
def test_an_old_stance_in_a_trailing_relative_is_no_news(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    assert not any(e[3] == "asserted" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The talks collapsed on Monday, a senior official has said.",
        "The talks collapsed on Monday, an official in Kyiv has confirmed.",
    ],
)
def test_a_set_off_speaker_is_no_relative_clause(nlp: Any, text: str) -> None:
    sent = next(iter(nlp(text).sents))
    before = [(t.dep_, t.head.i) for t in sent]
    repair_parse(sent)
    assert [(t.dep_, t.head.i) for t in sent] == before


# A named subject's progressive the parser reads as a copula with an adjective ("was
# [brokering talks]"): the act had no doer.
_PROGRESSIVE = [
    ("Abdelaziz Bouteflika was brokering talks between Russia and the rebels.", ("DZA", "RUS")),
    ("Abdel Fattah el-Sisi was brokering talks between Sudan and the rebels.", ("EGY", "SDN")),
]


@pytest.mark.parametrize(("text", "want"), _PROGRESSIVE)
def test_a_named_subjects_progressive_is_its_verb(nlp: Any, text: str, want: tuple) -> None:
    sent = next(iter(nlp(text).sents))
    repair_parse(sent)
    assert sent.root.lower_ == "brokering"
    assert {c.dep_ for c in sent.root.children} >= {"nsubj", "aux", "dobj"}


@pytest.mark.parametrize(("text", "want"), _PROGRESSIVE)
def test_the_mediator_is_the_doer(extract: Extract, text: str, want: tuple) -> None:
    assert root_events(extract(text)) == {(*want, "04", "asserted")}


def test_a_copula_with_an_adjective_stays(nlp: Any) -> None:
    """A common-noun subject's "was crippling sanctions" is a copula and its attribute."""
    sent = next(iter(nlp("The problem was crippling sanctions on Iran.").sents))
    repair_parse(sent)
    assert (sent.root.lower_, sent[3].dep_) == ("was", "amod")


# An act noun's doer the parser hangs on the place before it ("to Britain by Mexico").
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The extradition of a suspect to Britain by Mexico City dominated the headlines on Wednesday.", ("MEX", "GBR", "06")),
        ("The extradition of a suspect to Budapest by Baghdad caught many diplomats off guard.", ("IRQ", "HUN", "06")),
        ("The extradition of a suspect to Addis Ababa by Venezuela caught many diplomats off guard.", ("VEN", "ETH", "06")),
    ],
)  # fmt: skip
def test_a_doer_hung_on_a_place_is_the_acts(extract: Extract, text: str, want: tuple) -> None:
    assert root_events(extract(text)) == {(*want, "asserted")}


def test_the_by_phrase_moves_to_the_act_noun(nlp: Any) -> None:
    doc = nlp(
        "The extradition of a suspect to Budapest by Baghdad caught many diplomats off guard."
    )
    sent = next(iter(doc.sents))
    repair_parse(sent)
    assert doc[7].head.lower_ == "extradition"


# A closing "..., X said" the parser reads as a second verb of the clause (or the reporter as
# an apposition of the last object): the act is reported, the reporter no party.
@pytest.mark.parametrize(
    ("text", "want", "reporter"),
    [
        ("Hungary has been arresting its own people and arming South Korea, South Africa said late on Sunday.", ("HUN", "KOR", "07"), "ZAF"),
        ("Colombia launched a cyberattack on Brasilia, a senior official said on Monday.", ("COL", "BRA", "17"), ""),
    ],
)  # fmt: skip
def test_a_closing_reporter_reports_the_clause(
    extract: Extract, text: str, want: tuple, reporter: str
) -> None:
    got = root_events(extract(text))
    assert (*want, "reported") in got, got
    assert not any(e[3] == "asserted" for e in got), got
    assert not any(reporter in e[:2] for e in got if reporter), got


def test_a_coordinated_speech_stays_the_subjects(extract: Extract) -> None:
    """ "Iran fired missiles at Israel and said ...": a conjoined verb with its own content."""
    got = root_events(extract("Iran fired missiles at Israel and said it would fire more."))
    assert ("IRN", "ISR", "19", "asserted") in got, got


# A past-tense verb the parser reads as an adjective of the noun after it ("pressed
# lawmakers"): the subject then seems to do what the others are pressed to do.
_PRESSED = [
    "The Afghan prime minister pressed lawmakers to approve aid to Vietnam late on Sunday.",
    "The Jordanian prime minister pressed parliament to approve the new defence spending this week.",
    "The Afghan prime minister pressed legislators to back the deal late on Sunday.",
]


@pytest.mark.parametrize("text", _PRESSED)
def test_a_past_tense_read_as_a_modifier_is_the_verb(nlp: Any, text: str) -> None:
    sent = next(iter(nlp(text).sents))
    repair_parse(sent)
    assert sent.root.lower_ == "pressed"
    assert {c.dep_ for c in sent.root.children} >= {"nsubj", "dobj", "xcomp"}


@pytest.mark.parametrize("text", _PRESSED)
def test_pressing_ones_own_parliament_is_a_demand_at_home(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    state = "AFG" if "Afghan" in text else "JOR"
    assert got == {(state, state, "10", "asserted")}, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Ethiopian foreign ministry extradited suspects to Israel on Friday.", ("ETH", "ISR")),
        ("The Iranian foreign minister extradited suspects to Qatar on Tuesday.", ("IRN", "QAT")),
    ],
)
def test_a_past_tense_read_as_a_compound_is_the_verb(
    extract: Extract, text: str, want: tuple
) -> None:
    """ "extradited suspects" read as a compound noun: the ministry extradites."""
    assert root_events(extract(text)) == {(*want, "06", "asserted")}


# A participle between a past-tense verb and its object ("released detained sailors") the
# parser reads as the verb: the sentence then reports a detention, not a release.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("South Korean officials released detained Argentine sailors late on Sunday.", ("KOR", "ARG", "08", "asserted")),
        ("India claims Iraq released detained Lebanese sailors on Monday.", ("IRQ", "LBN", "08", "reported")),
        ("Jair Bolsonaro returned captured Venezuelan soldiers on Tuesday.", ("BRA", "VEN", "08", "asserted")),
    ],
)  # fmt: skip
def test_a_participle_before_the_object_describes_it(
    extract: Extract, text: str, want: tuple
) -> None:
    assert root_events(extract(text)) == {want}


def test_a_participle_with_its_own_object_stays_a_verb(extract: Extract) -> None:
    """ "Iran detained Israeli-linked suspects": one verb, its own act."""
    got = root_events(extract("Iran detained Israeli-linked suspects."))
    assert ("IRN", "", "17", "asserted") in got, got


# An object noun the parser reads as a clause of its own ("rejected [a ceasefire] deal"):
# the modifier becomes the subject and the verb has no object.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Italian foreign minister rejected a ceasefire deal with Brazil on Tuesday.", ("ITA", "BRA", "12")),
        ("Trinidadian warplanes struck Tajik targets late on Sunday.", ("TTO", "TJK", "19")),
    ],
)  # fmt: skip
def test_an_object_read_as_a_clause_is_the_object(extract: Extract, text: str, want: tuple) -> None:
    assert root_events(extract(text)) == {(*want, "asserted")}


def test_a_reported_clause_stays_a_clause(extract: Extract) -> None:
    # The attack stays Ukraine's, reported; "its ships" in a clause Russia voices are Russia's
    # (leftovers46's ``voiced_owned_object``: no state complains of an attack on its own ships),
    # where this test once asked for no target at all.
    got = root_events(extract("Russia said Ukraine attacked its ships."))
    assert got == {("UKR", "RUS", "19", "reported")}, got
