"""fresh19's clause-structure, factuality and attribution classes (clauses31) on minimal
sentences with other states: a scheduled stay's purpose (F), a participle under a closing
attribution (G), a handed message's content (E), a wish for another's officers and a bare hint
(K). The suite's tables: ``phenomena_clauses31.py``; the party stage's cases:
``party_cases_clauses31.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired, word

from realpolitik.extract._closing_attribution import closing_attribution
from realpolitik.extract._mention_map import small_clause_subject
from realpolitik.extract._undone_plans import undone_plan
from realpolitik.extract.parties.message_content import message_content


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Peru's trade minister is due in Santiago next week to sign a fishing accord.", "sign"),
        ("Ruto is due in Tokyo on Monday to apologise to Japan for the incident.", "apologise"),
    ],
)
def test_a_scheduled_stays_purpose_is_not_done(
    extract: Extract, nlp: Any, text: str, act: str
) -> None:
    doc = repaired(nlp, text)
    assert undone_plan(word(doc, act))
    assert all(fact != "asserted" for *_, fact in code_events(extract(text)))


def test_a_past_stays_purpose_is_no_schedule(nlp: Any) -> None:
    doc = repaired(nlp, "Peru's trade minister was in Santiago last week to sign an accord.")
    assert not undone_plan(word(doc, "sign"))


@pytest.mark.parametrize(
    "text",
    [
        "Greek coastguard vessels intercepted a Turkish trawler and detained its crew, accusing "
        "them of fishing without a licence, Turkey's foreign ministry said.",
        "Italian naval patrol boats seized an Armenian trawler and detained its crew, accusing "
        "them of fishing illegally, according to Armenia's foreign ministry.",
        "British police boarded a Philippine trawler and arrested its crew, accusing them of "
        "spying, according to the Philippines' foreign ministry.",
    ],
)
def test_a_participle_under_a_closing_attribution_is_reported(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert {code[:2] for *_, code, _ in got} >= {"11", "17"}, got
    assert all(fact == "reported" for *_, fact in got), got


def test_closing_according_reaches_both_clauses(nlp: Any) -> None:
    doc = repaired(
        nlp,
        "British police boarded a Philippine trawler and arrested its crew, accusing them of "
        "spying, according to the Philippines' foreign ministry.",
    )
    assert closing_attribution(word(doc, "accusing"))
    plain = repaired(nlp, "British police arrested the crew, accusing them of spying.")
    assert not closing_attribution(word(plain, "accusing"))


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Japan's foreign minister met William Ruto in Nairobi and handed him a letter from "
         "Prime Minister Shigeru Ishiba inviting him to Tokyo.", "03"),
        ("Japan's foreign minister met William Ruto and passed on a message from Shigeru Ishiba "
         "asking him to release the detained Japanese fishermen.", "02"),
    ],
)  # fmt: skip
def test_a_handed_messages_content_is_the_writers_act(
    extract: Extract, nlp: Any, text: str, root: str
) -> None:
    got = code_events(extract(text))
    assert ("JPN", "KEN", "040", "asserted") in got
    assert any(
        s == "JPN" and t == "KEN" and c[:2] == root and f == "asserted" for s, t, c, f in got
    )
    doc = repaired(nlp, text)
    assert message_content(next(t for t in doc if t.tag_ == "VBG"))


def test_a_wish_for_anothers_officers_is_no_deployment(extract: Extract, nlp: Any) -> None:
    text = (
        "Kenya wants Ugandan officers stationed in Nairobi, and it has hinted that it might "
        "expel Ugandan diplomats."
    )
    doc = repaired(nlp, text)
    assert small_clause_subject(word(doc, "officers"))
    got = code_events(extract(text))
    assert all(s == "KEN" and t == "UGA" for s, t, _, _ in got), got
    assert ("KEN", "UGA", "020", "asserted") in got
    assert any(c[:2] == "13" and f == "asserted" for _, _, c, f in got), got  # (lex13)
