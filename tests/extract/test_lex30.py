"""fresh17's lexicon and actor classes (lex30) on minimal sentences with several states: people
flown home (FH), goods shipped (SH), a mission's protest "that ..." (PC), legislatures by their
own names (TT) and a crossing with an unknown name (RO). The suite's tables:
``phenomena_lex30.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired, word

from realpolitik.actors import ActorRegistry
from realpolitik.extract._lexicon import lexicon
from realpolitik.extract._mentions import DocActors, registry_mentions
from realpolitik.extract._seats_words import seat_words_in_ing
from realpolitik.extract._state_protests import stated_protest


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chile flew 60 Argentine migrants home on Monday.", ("CHL", "ARG", "174", "asserted")),
        ("Ghana flew the 30 Togolese nationals back to Lome.", ("GHA", "TGO", "174", "asserted")),
        ("Kenya airlifted 120 Ugandan migrants home.", ("KEN", "UGA", "174", "asserted")),
        ("Kenya shipped two more cargoes of maize to Uganda.", ("KEN", "UGA", "061", "asserted")),
        ("Chile shipped fuel to Argentina last week.", ("CHL", "ARG", "061", "asserted")),
        ("Kenya shipped food aid to Uganda.", ("KEN", "UGA", "073", "asserted")),
        ("Latvia's high commission in Tallinn protested that the men had been beaten.",
         ("LVA", "EST", "114", "asserted")),
        ("Togo reopened the Noepe Aflao crossing to Ghanaian lorries.",
         ("TGO", "GHA", "081", "asserted")),
        ("Storting President Anna Berzina visited Sweden.", ("NOR", "SWE", "042", "asserted")),
        ("Saeima Speaker Daiga Mierina met Riigikogu President Lauri Hussar.",
         ("LVA", "EST", "040", "asserted")),
    ],
)  # fmt: skip
def test_fresh17_lexicon(extract: Extract, text: str, want: tuple[str, str, str, str]) -> None:
    got = code_events(extract(text))
    assert want in got, got


def test_crossing_after_names_is_the_object(nlp: Any) -> None:
    """ "the Malaba Busia crossing": the tagger's gerund made the reopened place noun."""
    doc = repaired(nlp, "Kenya reopened the Malaba Busia crossing to Ugandan lorries.")
    crossing = word(doc, "crossing")
    assert (crossing.lemma_, crossing.dep_, crossing.head.text) == ("crossing", "dobj", "reopened")


def test_people_home_are_the_object(nlp: Any) -> None:
    """ "flew 120 Ugandan migrants home.": "migrants" the object, not a compound of "home"."""
    doc = repaired(nlp, "Kenya flew 120 Ugandan migrants home.")
    assert (word(doc, "migrants").dep_, word(doc, "migrants").head.text) == ("dobj", "flew")


def test_seat_name_in_ing_titles_the_name(nlp: Any) -> None:
    """ "Storting President Anna Berzina ... signed": the seat is a proper noun, the name the
    subject."""
    doc = repaired(nlp, "Storting President Anna Berzina and Bundestag President Elena Varga "
                        "signed a joint declaration.")  # fmt: skip
    assert word(doc, "Storting").pos_ == "PROPN"
    assert word(doc, "Berzina").dep_ == "nsubj"
    assert {"Storting", "Folketing", "Althing"} <= seat_words_in_ing()
    assert "Downing" not in seat_words_in_ing()  # (a word of "Downing Street" only)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Latvia's high commission protested that the men had been beaten.", True),
        ("The Kenyan embassy protested that its citizens were held.", True),
        ("Thousands of students protested that the fees were too high.", False),
        ("Riga protested that the men had been held for days.", True),  # a capital
        ("Latvia protested that the men had been held for days.", True),  # a state's name
    ],
)
def test_stated_protest(nlp: Any, registry: ActorRegistry, text: str, want: bool) -> None:
    doc = repaired(nlp, text)
    actors = DocActors(registry_mentions(registry, text, "2026-05-04"), lexicon().sectors)
    actors.bind(doc, 0)
    assert stated_protest(word(doc, "protested"), actors) is want


def test_complaint_content_is_no_negated_act(extract: Extract) -> None:
    """ "protested that the men had not been allowed to see consular officials": the protest
    (114 to the host), not a negated yield (080) of its own."""
    got = code_events(extract("Estonia deported four Latvian nationals. Latvia's embassy in "
                              "Tallinn protested that the men had not been allowed to see "
                              "consular officials."))  # fmt: skip
    assert ("LVA", "EST", "114", "asserted") in got, got
    assert not any(e[3] == "negated" for e in got), got
