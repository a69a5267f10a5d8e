"""Focused tests of seeds39 (issue 9 round 26): an acceptance of an invitation is never by the
inviter's own state (a name the parser split is still the one invited; with the invitee
unread, no event rather than a state accepting its own invitation), and a call on a verb
conjoined after a restrictive relative clause is the main subject's (c30's PU). The suite
crosses the same classes (p6_pronoun_accepts, c30_restrictive_conjunct)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from extract_helpers import root_events

from realpolitik.extract._answering_pronouns import answering_addressee
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def test_a_split_name_is_the_one_invited(nlp: Any) -> None:
    doc = nlp("Kenya's prime minister invited Lee Myung-bak to Nairobi, and she accepted.")
    she = next(t for t in doc if t.lower_ == "she")
    got = answering_addressee(she)
    assert got is not None and got.text == "bak"


def test_the_split_name_accepts(extract: Extract) -> None:
    got = root_events(
        extract("Kenya's prime minister invited Lee Myung-bak to Nairobi, and she accepted.")
    )
    assert ("KOR", "KEN", "03", "asserted") in got
    assert not any(k[0] == k[1] == "KEN" for k in got)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya invited a Ugandan delegation to Nairobi, and it accepted.",
        "Kenya's prime minister invited Lee Myung-bak to Nairobi, and she accepted.",
    ],
)
def test_no_inviter_accepts_its_own_invitation(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    assert not any(k[0] == "KEN" and k[1] in ("KEN", "") and k[2] == "03" for k in got)


def test_an_unaddressed_call_keeps_its_agreement(extract: Extract) -> None:
    """ "urged restraint, and he agreed": nobody addressed, so no answer is dropped."""
    got = root_events(
        extract("Kenya's president urged restraint, and he agreed to meet Uganda's president.")
    )
    assert ("KEN", "UGA", "03", "asserted") in got


@pytest.mark.parametrize(
    "text",
    [
        "Tran Dai Quang cited the plight of the Vietnamese nurses who commute each day and "
        "called Recep Tayyip Erdogan to discuss the checks.",
        "Nikol Pashinyan cited the plight of the Armenian traders who cross the border every "
        "week and called King Abdullah II to discuss the checks.",
    ],
)
def test_the_citer_calls(extract: Extract, text: str) -> None:
    got = {k[:3] for k in root_events(extract(text)) if k[3] == "asserted"}
    assert any(k[2] == "04" and k[0] != k[1] for k in got)
    assert not any(k[0] == k[1] for k in got)


def test_an_adjective_read_verb_takes_the_known_lemma(nlp: Any) -> None:
    """ "phoned" tagged an adjective and made a verb by the conjunct repair: its lemma is the
    known verb "phone", not the form less "-ed" ("phon")."""
    from realpolitik.extract._nlp import repair_parse

    doc = nlp(
        "Justin Trudeau cited the plight of the Canadian workers who live near the border "
        "and phoned Recep Tayyip Erdogan to discuss the new rules."
    )
    repair_parse(next(iter(doc.sents)))
    tok = next(t for t in doc if t.lower_ == "phoned")
    if tok.pos_ == "VERB":  # (only where the tagger read it as an adjective and it was repaired)
        assert tok.lemma_ == "phone"
