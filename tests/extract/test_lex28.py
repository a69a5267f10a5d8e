"""fresh15's lexicon and clause classes (lex28) on minimal sentences with several states:
grants of what was asked (GR), "ease the pressure" idioms (ID), wanted persons handed over (HO),
a measure kept by a pronoun (L), goods ordered withdrawn (OC), judgements with "consider" (CN),
bare protests (BP) and "called the duty unfair" (CC). The suite's tables:
``phenomena_lex28.py``; the party stages' cases: ``party_cases_lex28.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired, word

from realpolitik.extract._measure_pronouns import antecedent, measure_words


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile's consulate asked for consular access to the detained Chilean sailors, and "
         "Argentina's foreign ministry granted it.", ("ARG", "CHL", "080")),
        ("Togo asked Benin for access to the traders, and Benin's government granted it a day "
         "later.", ("BEN", "TGO", "080")),
        ("Argentina granted Chile access to the detained sailors.", ("ARG", "CHL", "080")),
        ("Ghana granted Togo humanitarian access to the camps.", ("GHA", "TGO", "0863")),
        ("Japan granted Laos's request for a loan.", ("JPN", "LAO", "070")),
        ("Togo granted Benin's request for the extradition of the banker.", ("TGO", "BEN", "063")),
    ],
)  # fmt: skip
def test_grants(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    got = {e[:3] for e in code_events(extract(text))}
    assert want in got, got
    assert not any(e[2] == "070" for e in got if want[2] != "070")


@pytest.mark.parametrize(
    "text",
    [
        "Chile sought to ease tensions with Argentina.",
        "Latvia eased the pressure on Estonia last week.",
        "Togo hopes to relieve the strain on Beninese hauliers.",
        "The Estonian health ministry ordered the Latvian cheese withdrawn from sale.",
        "Latvia's foreign minister said he considered the matter closed.",
        "Cotonou said it was considering its options.",
    ],
)
def test_no_event(extract: Extract, text: str) -> None:
    assert not code_events(extract(text))


def test_the_act_of_the_by_phrase(extract: Extract) -> None:
    got = code_events(extract("Chile could ease the pressure by buying more Argentine beef."))
    assert got == {("CHL", "ARG", "061", "possible")}
    got = code_events(extract("Israel suspended its airstrikes on Gaza."))
    assert ("ISR", "PSE", "0871", "asserted") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Benin has not yet handed over the former general whom Lome wants to try.",
         ("BEN", "TGO", "063", "negated")),
        ("Ghana extradited the banker whom Abuja accuses of fraud.",
         ("GHA", "NGA", "063", "asserted")),
        ("Argentina lifted its curbs on Chilean apples in May but kept the one on pears.",
         ("ARG", "CHL", "163", "asserted")),
        ("Benin is considering its options against Togo.", ("BEN", "TGO", "014", "asserted")),
        ("Estonian guards detained three Latvian drivers. Riga protested at once.",
         ("LVA", "EST", "114", "asserted")),
        ("Argentina imposed a duty on Chilean wine. Chilean growers, who export most of their "
         "wine, called the duty unfair and a blow to regional trade.",
         ("CHL", "ARG", "111", "asserted")),
    ],
)  # fmt: skip
def test_parties_and_codes(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    assert want in code_events(extract(text))


def test_pronouns_for_measures_and_requests(nlp: Any) -> None:
    doc = repaired(nlp, "Benin's consulate asked for consular access, and Togo granted it.")
    assert measure_words(word(doc, "it")) == {"access"}  # (nearer than the consulate)
    doc = repaired(nlp, "Chile lifted its curbs on Peruvian apples but kept those on pears.")
    got = antecedent(word(doc, "those"))
    assert got is not None and got.text == "curbs"
    doc = repaired(nlp, "Chile lifted its curbs on Peruvian apples but kept those.")
    assert antecedent(word(doc, "those")) is not None  # (a plain plural pronoun)
    doc = repaired(nlp, "Chile sold apples to Peru and kept the one on the left.")
    assert antecedent(word(doc, "one")) is None  # (no measure named)


def test_the_judged_noun_read_as_a_compound(nlp: Any) -> None:
    doc = repaired(nlp, "Chilean farmers called the ban unfair.")
    ban = word(doc, "ban")
    assert ban.dep_ == "dobj" and ban.head.lemma_ == "call"
    assert word(doc, "the").head.i == ban.i
