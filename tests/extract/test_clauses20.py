"""Clause structures of round 16 (issue 9, clauses20: fresh10's SA, RQ, V, OR and AC classes):
a speaker's act conjoined after a reported clause (``_said_conjunct``), a people's "the
government" (``parties.citizens``), an act conjoined to a meeting or call
(``parties.conjoined_partner``), doers joined by "or" (``_alternatives``) and people sent back
as an accused act (trigger rows), on minimal documents with other states than the review's.
The suite's tables: ``phenomena_clauses20.py``."""

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

from realpolitik.extract._alternatives import alternative_doers

# (document, the reading it gives, the reading it must not give)
READINGS: list[tuple[str, RootEvent, RootEvent]] = [
    # SA: the appeal after "said X had V-ed" is the speaker's own, asserted
    (
        "Ecuador said Peru's new tariffs had seriously broken trade rules and urged Lima to "
        "lift them.",
        ("ECU", "PER", "02", "asserted"),
        ("ECU", "PER", "02", "reported"),
    ),
    (
        "Tanzania said Kenya would keep closing the border and called on Nairobi to reopen it.",
        ("TZA", "KEN", "02", "asserted"),
        ("TZA", "KEN", "02", "reported"),
    ),
    (
        "Romania said that the Bulgarian measures were unfair, and asked Bulgaria to withdraw "
        "them.",
        ("ROU", "BGR", "02", "asserted"),
        ("ROU", "BGR", "02", "reported"),
    ),
    # RQ: a people's "the government" is its own state's, never the requested act's party
    (
        "Chilean fishermen urged the government to press Argentina for new licences.",
        ("CHL", "CHL", "02", "asserted"),
        ("CHL", "ARG", "02", "asserted"),
    ),
    (
        "Thai exporters called on the government to seek talks with Cambodia.",
        ("THA", "THA", "02", "asserted"),
        ("THA", "KHM", "02", "asserted"),
    ),
    # V: the act conjoined to a call, meeting or hosting is aimed at the party met
    (
        "Uruguay's president telephoned Paraguay's president on Friday and pledged his "
        "government's support for the inquiry.",
        ("URY", "PRY", "03", "asserted"),
        ("URY", "", "03", "asserted"),
    ),
    (
        "Ghana's president received Togo's president in Accra on Monday and praised what he "
        "called a new chapter in ties.",
        ("GHA", "TGO", "05", "asserted"),
        ("GHA", "", "05", "asserted"),
    ),
    # AC: the accused act of "accused X of sending back people" is X's, reported
    (
        "Slovenia has accused Croatia of sending back people who had never set foot in Slovenia.",
        ("HRV", "SVN", "17", "reported"),
        ("HRV", "", "17", "asserted"),
    ),
    (
        "Bulgaria accused Turkey of pushing back Bulgarian migrants at the border.",
        ("TUR", "BGR", "17", "reported"),
        ("TUR", "BGR", "17", "asserted"),
    ),
]


@pytest.mark.parametrize(WANT_NOT_WRONG, READINGS)
def test_clause_reading(extract: Extract, text: str, want: RootEvent, wrong: RootEvent) -> None:
    assert_read_not(extract(text), want, wrong)


# (document, a reading it must not give)
NO_READING: list[tuple[str, RootEvent]] = [
    # OR: alternatives are no pair, either way
    ("If Norway or Iceland agreed to mediate, the dispute could end.", ("NOR", "ISL", "03", "possible")),
    ("If Norway or Iceland agreed to mediate, the dispute could end.", ("ISL", "NOR", "03", "possible")),
    # RQ: a state addressing "the government" is not placed by this rule (its own "the
    # government" would be a state asking itself): the farmers' rule needs a people's group
    ("Uganda urged the government to free the Kenyan fishermen.", ("UGA", "KEN", "02", "reported")),
    # SA: a conjunct with its own auxiliary continues the report
    (
        "Malawi said Zambia had closed the border and had turned back its lorries.",
        ("MWI", "ZMB", "17", "asserted"),
    ),
    # SA: a warning after the report stays the reported party's (a reported party warns too)
    (
        "Georgia said Russia had moved troops to the line and warned Tbilisi against any "
        "provocation.",
        ("GEO", "GEO", "13", "asserted"),
    ),
    # V: an appeal to the doer's own people after thanks is not aimed at the party thanked
    (
        "Peru's president thanked Ecuador's president for his help and urged his own ministers "
        "to speed up the inquiry.",
        ("PER", "ECU", "02", "asserted"),
    ),
    # V: an act naming its own party keeps it
    ("Ghana's president met Togo's president and criticised Benin.", ("GHA", "TGO", "11", "asserted")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wrong"), NO_READING)
def test_no_wrong_reading(extract: Extract, text: str, wrong: RootEvent) -> None:
    assert wrong not in root_events(extract(text))


def test_joint_doers_still_paired(extract: Extract) -> None:
    """ "A and B agreed to mediate" stays a joint commitment (the guard is "or" only)."""
    got = root_events(extract("Qatar and Oman agreed to mediate."))
    assert ("QAT", "OMN", "03", "asserted") in got


def test_speaker_conjunct_rehung(nlp: Any) -> None:
    doc = repaired(nlp, "Peru said Chile had broken the accord and urged Santiago to respect it.")
    assert word(doc, "urged").head.text == "said"


def test_report_conjunct_kept(nlp: Any) -> None:
    doc = repaired(nlp, "Peru said Chile had broken the accord and had ignored its courts.")
    assert word(doc, "ignored").head.text != "said"


def test_alternative_doers(nlp: Any) -> None:
    doc = nlp("If Norway or Iceland agreed to mediate, the dispute could end.")
    assert alternative_doers(doc, [word(doc, "Norway").i, word(doc, "Iceland").i])
    joint = nlp("Norway and Iceland agreed to mediate.")
    assert not alternative_doers(joint, [word(joint, "Norway").i, word(joint, "Iceland").i])
