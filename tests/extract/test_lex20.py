"""fresh10's lexicon classes (lex20) on minimal sentences with several states: routine border
and migration acts (a joint post 061 both ways, lorries turned back and border checks 191,
people sent back and migrants returned 174, people stopped 173), a wanted person handed over
(063, with the parse repair of "handed over to Y a man wanted over X"), verbs whose object is
no act ("regretted the answer", "returned the favour"), an acceptance conjoined after the
invitation it answers (the guest's 036 to the inviter: ``parties/joined_offers.py``,
``_accepted_invitations.py``), sanctions not
joined (163 negated), invitations (036, GUIDE rule 7) and conditional bars (a threat). The
suite's tables: ``phenomena_lex20.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired, root_events, word


# -- border and migration acts -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile and Bolivia opened a joint border post on Monday.",
         {("CHL", "BOL", "06", "asserted"), ("BOL", "CHL", "06", "asserted")}),
        ("Tanzanian customs officers turned back dozens of lorries bound for Zambia.",
         {("TZA", "ZMB", "19", "asserted")}),
        ("Austria started checking lorries at its border with Slovenia on Tuesday.",
         {("AUT", "SVN", "19", "asserted")}),
        ("Slovakia reintroduced border controls with Hungary.", {("SVK", "HUN", "19", "asserted")}),
        ("Croatian police sent nine people back into Bosnia.", {("HRV", "BIH", "17", "asserted")}),
        ("Malta returned 30 Libyan migrants.", {("MLT", "LBY", "17", "asserted")}),
        ("Kuwait handed over to Iraq on Thursday a man wanted over a bombing.",
         {("KWT", "IRQ", "06", "asserted")}),
        ("Oman handed a man wanted for fraud to Yemen.", {("OMN", "YEM", "06", "asserted")}),
        ("Tunisian police stopped 40 Libyan migrants at the border.",
         {("TUN", "LBY", "17", "asserted")}),
        ("Egyptian police stopped a convoy of Sudanese lorries.", {("EGY", "SDN", "19", "asserted")}),
        ("Poland began checks at its border with Germany on Monday.",
         {("POL", "DEU", "19", "asserted")}),
    ],
)  # fmt: skip
def test_border_and_migration_acts(
    extract: Extract, text: str, want: set[tuple[str, str, str, str]]
) -> None:
    got = root_events(extract(text))
    assert want <= got, got
    assert not [e for e in got if e[2] in ("07", "08") and e[3] == "asserted"], got


def test_an_open_crossing_stays_an_easing(extract: Extract) -> None:
    """Only a joint post is cooperation: "reopened the border crossing with X" eases (081)."""
    got = code_events(extract("Chile reopened the border crossing with Bolivia on Monday."))
    assert ("CHL", "BOL", "081", "asserted") in got


def test_released_prisoners_stay_a_release(extract: Extract) -> None:
    """ "returned N prisoners" is a release (084); only migrants returned are deported."""
    got = root_events(extract("Malta returned 30 Libyan prisoners."))
    assert [e for e in got if e[2] == "08"], got
    assert not [e for e in got if e[2] == "17"], got


def test_wanted_object_is_rehung(nlp: Any) -> None:
    doc = repaired(nlp, "Kuwait handed over to Iraq on Thursday a man wanted over a bombing.")
    man, wanted = word(doc, "man"), word(doc, "wanted")
    assert man.dep_ == "dobj" and man.head.text == "handed"
    assert wanted.dep_ == "acl" and wanted.head.i == man.i


def test_a_coordinated_wanted_clause_is_left(nlp: Any) -> None:
    doc = repaired(nlp, "Kuwait freed the sailors and the court wanted a new hearing.")
    assert word(doc, "court").dep_ != "dobj"


# -- no act named ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Peru asked Chile to reopen the border. Lima regretted the answer.",
        "Peru asked Chile to reopen the border. Lima said it regretted the outcome.",
    ],
)
def test_regretting_an_answer_is_no_criticism(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    assert not [e for e in got if e[2] == "11"], got


def test_regretting_a_decision_stays_criticism(extract: Extract) -> None:
    got = root_events(extract("Turkey regretted Greece's decision to close the consulate."))
    assert ("TUR", "GRC", "11", "asserted") in got


def test_returning_the_favour_is_no_release(extract: Extract) -> None:
    got = code_events(extract("Serbia has returned the favour by easing visa rules for Croatians."))
    assert [e for e in got if e[2] == "081" and e[1] == "HRV"], got
    assert not [e for e in got if e[2] == "084"], got


def test_sanctions_not_joined_are_negated(extract: Extract) -> None:
    got = code_events(extract("Hungary did not join the bloc's latest sanctions on Belarus."))
    assert ("HUN", "BLR", "163", "negated") in got, got
    assert not [e for e in got if e[2] == "057" or e[3] == "asserted"], got


# -- invitations (GUIDE rule 7) and conditional bars ---------------------------------------
@pytest.mark.parametrize(
    ("text", "inviter", "guest"),
    [
        ("Modi invited Lula to visit New Delhi, and Lula accepted.", "IND", "BRA"),
        ("Kenya's president invited Uganda's president to a summit, and Uganda accepted.",
         "KEN", "UGA"),
        ("Ghana invited Togo's president to Accra. Lome accepted on Monday.", "GHA", "TGO"),
    ],
)  # fmt: skip
def test_an_accepted_invitation_agrees_to_meet(
    extract: Extract, text: str, inviter: str, guest: str
) -> None:
    """The guest's 036 to the inviter (GUIDE rule 7): no yield, never at its own state."""
    got = code_events(extract(text))
    assert (guest, inviter, "036", "asserted") in got, got
    assert not [e for e in got if e[2][:2] == "08" or e[0] == e[1]], got


def test_an_accepted_loan_stays_a_yield(extract: Extract) -> None:
    got = code_events(extract("Japan offered Vietnam a loan on Monday, and Vietnam accepted."))
    assert ("VNM", "JPN", "080", "asserted") in got, got


def test_an_accepted_invitation_is_the_guests_036(extract: Extract) -> None:
    got = code_events(extract("Uganda accepted Kenya's invitation to visit Nairobi."))
    assert ("UGA", "KEN", "036", "asserted") in got


def test_a_conditional_bar_is_a_threat(extract: Extract) -> None:
    text = "Senegal's customs service said it would bar Malian cattle if the ban was not lifted."
    got = root_events(extract(text))
    assert ("SEN", "MLI", "13", "asserted") in got, got


def test_a_held_out_expulsion_stays_possible(extract: Extract) -> None:
    text = "Ecuador could also expel the remaining Colombian diplomats if the standoff dragged on."
    got = code_events(extract(text))
    assert ("ECU", "COL", "161", "possible") in got, got
    assert not [e for e in got if e[3] == "asserted"], got
