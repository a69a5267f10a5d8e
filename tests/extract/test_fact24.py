"""Factuality layering (task fact24, issue 9 section 4): evidential passives, acts held back,
refusals told in another state's voice, a speaker's own stated intent or threat, questions left
unsaid, a report continued by "adding that", and objects that deny the act. Stage tests on hand
parses, then whole sentences with several states; the suite constructions f24_*
(phenomena_fact24.py) cross them with many more."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hand_parse import parse, token

from realpolitik.extract._added_reports import added_report
from realpolitik.extract._held_back import held_back_verb, intending_verb
from realpolitik.extract._own_threats import asked_only, unsaid
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


def _stopped_short() -> Any:
    """ "Brazil stopped short of recalling its envoy"."""
    return parse([
        ("Brazil", 1, "nsubj", "PROPN", "Brazil"),
        ("stopped", 1, "ROOT", "VERB", "stop"),
        ("short", 1, "advmod", "ADV", "short"),
        ("of", 2, "prep", "ADP", "of"),
        ("recalling", 3, "pcomp", "VERB", "recall"),
        ("its", 6, "poss", "PRON", "its"),
        ("envoy", 4, "dobj", "NOUN", "envoy"),
    ])  # fmt: skip


def _stopped_from() -> Any:
    """ "France stopped Britain from sending troops": another doer, the object."""
    return parse([
        ("France", 1, "nsubj", "PROPN", "France"),
        ("stopped", 1, "ROOT", "VERB", "stop"),
        ("Britain", 1, "dobj", "PROPN", "Britain"),
        ("from", 1, "prep", "ADP", "from"),
        ("sending", 3, "pcomp", "VERB", "send"),
        ("troops", 4, "dobj", "NOUN", "troop"),
    ])  # fmt: skip


def test_held_back_verb_reads_short_of_and_refrain() -> None:
    doc = _stopped_short()
    held = held_back_verb(token(doc, "recalling"))
    assert held is not None and held.i == token(doc, "stopped").i
    assert held_back_verb(token(doc, "stopped")) is None
    assert held_back_verb(token(_stopped_from(), "sending")) is None  # not "from" of refrain
    assert intending_verb(token(doc, "recalling")) is None  # ("short of": no intention)


def _adding(mark: bool) -> Any:
    """ "X recalled its envoy, adding that it could cut trade" (with or without "that")."""
    rows = [
        ("X", 1, "nsubj", "PROPN", "X"),
        ("recalled", 1, "ROOT", "VERB", "recall"),
        ("envoy", 1, "dobj", "NOUN", "envoy"),
        (",", 1, "punct", "PUNCT", ","),
        ("adding", 1, "advcl", "VERB", "add"),
        ("that", 8, "mark", "SCONJ", "that"),
        ("it", 8, "nsubj", "PRON", "it"),
        ("could", 8, "aux", "AUX", "could"),
        ("cut", 4, "ccomp", "VERB", "cut"),
        ("trade", 8, "dobj", "NOUN", "trade"),
    ]
    if not mark:
        rows[5] = ("quickly", 8, "advmod", "ADV", "quickly")
    doc = parse(rows)
    for t in doc:  # (the tagger's VBG, which hand parses lack)
        if t.text == "adding":
            t.tag_ = "VBG"
    return doc


def test_added_report_is_a_continued_report() -> None:
    for mark in (True, False):
        doc = _adding(mark)
        assert added_report(token(doc, "adding"))
        assert not added_report(token(doc, "cut"))


def _did_not_say() -> Any:
    """ "Kenya did not say whether it would expel diplomats"."""
    return parse([
        ("Kenya", 2, "nsubj", "PROPN", "Kenya"),
        ("did", 2, "aux", "AUX", "do"),
        ("say", 2, "ROOT", "VERB", "say"),
        ("not", 2, "neg", "PART", "not"),
        ("whether", 7, "mark", "SCONJ", "whether"),
        ("it", 7, "nsubj", "PRON", "it"),
        ("would", 7, "aux", "AUX", "would"),
        ("expel", 2, "ccomp", "VERB", "expel"),
        ("diplomats", 7, "dobj", "NOUN", "diplomat"),
    ])  # fmt: skip


def test_unsaid_question_states_no_intent() -> None:
    doc = _did_not_say()
    assert unsaid(token(doc, "say"), token(doc, "expel"))
    assert asked_only(token(doc, "expel"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # evidential passives and appearance: the subject's act, reported
        ("China is said to have sent weapons to Iran.", ("CHN", "IRN", "07", "reported")),
        ("Russia was reported to have shelled Ukrainian border posts.",
         ("RUS", "UKR", "19", "reported")),
        ("Turkey is believed to have expelled Greek diplomats.", ("TUR", "GRC", "16", "reported")),
        ("Russia appears to have shelled Ukrainian positions.", ("RUS", "UKR", "19", "reported")),
        # held back: negated, with the subject as doer
        ("Brazil stopped short of recalling its ambassador from Israel.",
         ("BRA", "ISR", "16", "negated")),
        ("Brazil refrained from imposing sanctions on Israel.", ("BRA", "ISR", "16", "negated")),
        # a refusal told by another state is reported; told by the refuser, asserted
        ("Kenyan officials said Uganda would not send aid to Somalia.",
         ("UGA", "SOM", "12", "reported")),
        ("According to Kenyan officials, Uganda would not hold talks with Somalia.",
         ("UGA", "SOM", "12", "reported")),
        ("Uganda said it would not send aid to Somalia.", ("UGA", "SOM", "12", "asserted")),
        # the speaker's own stated intent or threat: made by saying it
        ("Iran said it was ready to hold talks with Oman.", ("IRN", "OMN", "03", "asserted")),
        ("Kenya said it was prepared to impose sanctions on Uganda.",
         ("KEN", "UGA", "13", "asserted")),
        # a question left unsaid: the act, possible
        ("Kenya did not say whether it would expel Ugandan diplomats.",
         ("KEN", "UGA", "16", "possible")),
        ("Kenya declined to say whether it would expel Ugandan diplomats.",
         ("KEN", "UGA", "16", "possible")),
        # a report continued by "adding that": news with its own hedge
        ("Serbia recalled its ambassador from Croatia, adding that it might cut trade with "
         "Croatia.", ("SRB", "HRV", "16", "possible")),
        # an object that denies the act
        ("Kenya sent no troops to Somalia.", ("KEN", "SOM", "07", "negated")),
        ("Azerbaijan confirmed shelling Armenian positions.", ("AZE", "ARM", "19", "reported")),
        # a weapon owned through "its", an intention's or a claim's holder as doer
        ("Uganda said its drones had bombed Somali positions.", ("UGA", "SOM", "19", "reported")),
        ("Kenya said it had no intention of invading Somalia.", ("KEN", "SOM", "19", "negated")),
        ("Israel claimed responsibility for shooting down a Kenyan drone.",
         ("ISR", "KEN", "19", "reported")),
    ],
)  # fmt: skip
def test_factuality_in_sentences(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    assert want in _events(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya would not say whether it would expel Ugandan diplomats.",
        "Pashinyan did not say whether Armenia would leave the bloc.",
        "Kenya gave no indication whether it would expel Ugandan diplomats.",
        "Kenya gave no aid to Somalia.",
        "Brazil abstained from condemning Israel.",
    ],
)
def test_nothing_asserted(extract: Extract, text: str) -> None:
    assert not any(e[3] == "asserted" for e in _events(extract(text))), text
