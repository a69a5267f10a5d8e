"""fresh14's lexicon and clause classes (lex27) on minimal sentences with several states: troops
moved to a border, a border kept shut, people kept, troops arriving for drills, a sealed post
(L); causative orders (OC); boats kept from leaving (PV); warnings to people of no state (W);
police sent to a home region (V); a request's second infinitive and people sent home (RQ). The
suite's tables: ``phenomena_lex27.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired, word

from realpolitik.extract._causative_orders import caused_participle
from realpolitik.extract._mention_parts import owned_count, subject_slot
from realpolitik.extract.parties.role_places import home_destination


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Estonia shifted two battalions to the Latvian frontier on Tuesday, a spokesman said.",
         {("EST", "LVA", "154", "reported")}),
        ("Namibia moved two companies of soldiers to the Angolan border.",
         {("NAM", "AGO", "154", "asserted")}),
        ("Togo has kept its frontier posts with Ghana closed since Friday, officials said.",
         {("TGO", "GHA", "191", "reported")}),
        ("Pakistan has kept its airspace to Colombian flights shut.",
         {("PAK", "COL", "191", "asserted")}),
        ("Togolese police detained 12 Ghanaian sailors in April. Togo kept the Ghanaian sailors "
         "for six weeks.", {("TGO", "GHA", "173", "asserted")}),
        ("Peru's army said 150 of its soldiers had arrived in Bolivia for an exercise with the "
         "Bolivian army.", {("PER", "BOL", "062", "reported")}),
        ("Chile sealed its border with Argentina on Monday.", {("CHL", "ARG", "191", "asserted")}),
    ],
)  # fmt: skip
def test_lexicon_rows(extract: Extract, text: str, want: set[tuple[str, ...]]) -> None:
    assert code_events(extract(text)) >= want
    assert not any(e[2] in ("057", "070", "042") for e in code_events(extract(text)))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hungarian police arrested 30 Slovak fans in Budapest. A court in Budapest ordered "
         "twelve of them deported.",
         {("HUN", "SVK", "173", "asserted"), ("HUN", "SVK", "174", "asserted")}),
        ("A court in Budapest ordered the twelve Slovak fans released.",
         {("HUN", "SVK", "084", "asserted")}),
        ("Hungary ordered the border with Slovakia closed.", {("HUN", "", "191", "asserted")}),
        ("Twelve Slovak fans were ordered deported by a court in Budapest.",
         {("HUN", "SVK", "174", "asserted")}),
        ("A court in Bratislava ordered Hungary to release the fans.",
         {("SVK", "HUN", "105", "asserted")}),
    ],
)  # fmt: skip
def test_causative_orders(extract: Extract, text: str, want: set[tuple[str, ...]]) -> None:
    assert code_events(extract(text)) == want


def test_the_causative_participle_is_hung_on_the_order(nlp: Any) -> None:
    for text, part in (
        ("A court in Budapest ordered twelve of them deported.", "deported"),
        ("The judge ordered the six miners expelled from the country.", "expelled"),
        ("A Hungarian court ordered them freed on Monday.", "freed"),
        ("A court in Paris then ordered eight of the traders expelled.", "expelled"),
    ):
        doc = repaired(nlp, text)
        tok = word(doc, part)
        assert caused_participle(tok), text
        assert tok.head.lemma_ == "order"
    asked = repaired(nlp, "A court ordered Hungary to release the fans.")
    assert not caused_participle(word(asked, "release"))


def test_boats_kept_from_leaving_are_prevented_at_home(extract: Extract) -> None:
    text = ("Cypriot police returned 40 migrants to Lebanon. The Lebanese army said it had "
            "stopped four other boats from leaving the coast and arrested three smugglers.")  # fmt: skip
    got = code_events(extract(text))
    assert ("LBN", "LBN", "120", "reported") in got
    assert ("LBN", "LBN", "173", "reported") in got
    assert not any(e[0] == "LBN" and e[1] == "CYP" for e in got)


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("President John Mahama warned outsiders not to stir up trouble during the vote.", False),
        ("Tanzania warned foreign activists against meddling in its affairs.", False),
        ("Kenya warned foreign journalists not to cover the protests.", False),
        ("Kenya warned Tanzania against meddling in its affairs.", True),
        ("Tanzania warned foreign activists of serious consequences.", True),
    ],
)
def test_warnings_to_people_of_no_state(extract: Extract, text: str, threat: bool) -> None:
    got = code_events(extract(text))
    assert any(e[2].startswith("13") for e in got) == threat, got


def test_police_sent_home_borrow_no_target(extract: Extract) -> None:
    got = code_events(extract("Chile's government sent riot police to its northern border region "
                              "and asked Buenos Aires to remove the blockade."))  # fmt: skip
    assert ("CHL", "", "153", "asserted") in got
    assert not any(e[0] == "CHL" and e[1] == "ARG" and e[2][:2] in ("07", "15") for e in got)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Chile sent riot police to its northern border region.", True),
        ("Peru sent 400 police officers to the Puno region.", True),
        ("Peru sent 400 police officers to the Bolivian border region.", False),
        ("Kenya sent troops to Somalia.", False),
    ],
)
def test_home_destination(nlp: Any, text: str, home: bool) -> None:
    doc = repaired(nlp, text)
    assert home_destination(word(doc, "sent")) == home


def test_a_requests_second_infinitive_is_asked(extract: Extract) -> None:
    text = ("Kenyan police arrested 40 Tanzanians in Nairobi. Tanzania called on Kenya to try "
            "them quickly or send them home.")  # fmt: skip
    got = code_events(extract(text))
    assert ("TZA", "KEN", "020", "asserted") in got
    assert not any(e[0] == "KEN" and e[2][:2] in ("07", "17") and e[3] == "asserted"
                   and e[2] != "173" for e in got)  # fmt: skip
    home = code_events(extract("Kenyan police arrested 40 Tanzanians in Nairobi. Kenya sent them "
                               "home on Friday."))  # fmt: skip
    assert ("KEN", "TZA", "174", "asserted") in home


def test_counted_owned_groups(nlp: Any) -> None:
    doc = repaired(nlp, "Peru's army said 150 of its soldiers had arrived in Bolivia.")
    assert owned_count(word(doc, "150"))
    assert subject_slot(word(doc, "soldiers"))
    other = repaired(nlp, "Peru said 150 of the Bolivian soldiers had left.")
    assert not owned_count(word(other, "150"))
