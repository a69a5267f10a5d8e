"""fresh16's classes CS, OD, OR, TU, EX, ST and RB (issue 9, fact28): a speaker's act after a
finished reported clause (``_said_conjunct``), a fronted date with no comma
(``_fronted_time``), the participle on an ordered act's people (``_causative_orders``), a
refusal held out on an ultimatum (``_own_threats.refusal_ultimatum``), the evidential "is
expected to decide whether", "ought to stop V-ing" (``_advised``) and "retaliate by V-ing"
(trigger rows), on minimal documents with other states than the review's. The suite's tables:
``phenomena_fact28.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import (
    WANT_NOT_WRONG,
    Extract,
    RootEvent,
    assert_read_not,
    repaired,
    root_events,
    word,
)

# (document, the reading it gives, the reading it must not give)
READINGS: list[tuple[str, RootEvent, RootEvent]] = [
    # CS: after a finished reported clause the subjectless rejection is the speaker's
    (
        "Peru's foreign ministry said the trawler had been fishing illegally and rejected "
        "Ecuador's protest.",
        ("PER", "ECU", "12", "asserted"),
        ("PER", "ECU", "12", "reported"),
    ),
    (
        "Kenya's government complained that the traders had been held for days and asked "
        "Kampala to let its consul visit them.",
        ("KEN", "UGA", "02", "asserted"),
        ("", "UGA", "02", "asserted"),
    ),
    # OD: "On DAY X again V-ed": the subject kept
    (
        "On Monday Ghana again demanded that Togo release the fishermen.",
        ("GHA", "TGO", "10", "asserted"),
        ("TGO", "GHA", "10", "asserted"),
    ),
    # OR: the participle describes the people; the release is the orderer's
    (
        "Ghana's president ordered the release of the 14 Togolese fishermen held since February.",
        ("GHA", "TGO", "08", "asserted"),
        ("GHA", "TGO", "17", "asserted"),
    ),
    # TU: a refusal held out on an ultimatum is the threat
    (
        "Peru said it would refuse further deliveries unless Ecuador gave two days' notice.",
        ("PER", "ECU", "13", "asserted"),
        ("PER", "ECU", "12", "asserted"),
    ),
    # RB: "retaliate by V-ing" is the by-clause's act, never force
    (
        "Ghana could retaliate by cutting the licences it sold to Togolese trawlers.",
        ("GHA", "TGO", "16", "possible"),
        ("GHA", "TGO", "19", "possible"),
    ),
]


@pytest.mark.parametrize(WANT_NOT_WRONG, READINGS)
def test_fact28_reading(extract: Extract, text: str, want: RootEvent, wrong: RootEvent) -> None:
    assert_read_not(extract(text), want, wrong)


# (document, a reading it must not give)
NOT_READ: list[tuple[str, RootEvent]] = [
    # EX: the passive evidential is no appeal
    (
        "A judge in Lima is expected to decide on Friday whether the men can be released.",
        ("PER", "PER", "02", "asserted"),
    ),
    # ST: "stop sending people back" is no aid cut, and "ought to" hedges it as "should" does
    ("Ghana should stop sending people back across the border.", ("GHA", "GHA", "16", "possible")),
    ("Ghana ought to stop sending migrants home.", ("GHA", "GHA", "17", "asserted")),
    # TU: a condition the refuser itself must meet is no threat
    (
        "Peru said it would refuse further deliveries unless it got two days' notice.",
        ("PER", "", "13", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NOT_READ)
def test_fact28_not_read(extract: Extract, text: str, wrong: RootEvent) -> None:
    assert wrong not in root_events(extract(text))


def test_finished_clause_conjunct_rehung(nlp: Any) -> None:
    doc = repaired(nlp, "Peru said the decision was unfair and rejected the complaint.")
    assert word(doc, "rejected").head.text == "said"


def test_active_clause_conjunct_kept(nlp: Any) -> None:
    # ("said Russia had massed troops and demanded ...": the reported subject may do both)
    doc = repaired(nlp, "Peru said Chile had massed troops and demanded new talks.")
    assert word(doc, "demanded").head.text != "said"


def test_fronted_date_subject(nlp: Any) -> None:
    doc = repaired(nlp, "On Monday Uruguay again demanded that Argentina release the men.")
    assert word(doc, "Uruguay").dep_ == "nsubj"
    assert word(doc, "Monday").head.text == "On"


def test_act_noun_keeps_participle(nlp: Any) -> None:
    doc = repaired(nlp, "Peru ordered the release of the Chilean men held since May.")
    assert word(doc, "held").head.text == "men"
    assert word(doc, "release").dep_ == "dobj"


def test_causative_order_kept(nlp: Any) -> None:
    doc = repaired(nlp, "Peru ordered the six Chilean miners expelled.")
    assert word(doc, "expelled").dep_ == "ccomp"


def test_place_after_participle_particle(nlp: Any) -> None:
    doc = repaired(
        nlp, "President Boric ordered the release of the Argentine crew seized off Chiloe."
    )
    assert word(doc, "Chiloe").dep_ == "pobj"
    assert word(doc, "off").dep_ == "prep"


def test_fronted_date_read_as_root(nlp: Any) -> None:
    # ("On" parsed as the root, the verb a modifier of the subject)
    text = "On 5 May Jordan's foreign minister once more called on Beirut to free the sailors."
    doc = repaired(nlp, text)
    assert word(doc, "called").dep_ == "ROOT"
    assert word(doc, "minister").dep_ == "nsubj"
