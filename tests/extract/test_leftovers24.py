"""leftovers24 (issue 9 round 20): the helpers behind the suite's ``phenomena_leftovers24``
(``party_cases_leftovers24.py`` runs the party stage itself): the owner pronoun of a "when"
clause of harm is the victims', "pushed Y to V" keeps its infinitive as Y's act, "allege that"
is an accusation beside the reported act, and an adjective row may ask for its "of" phrase."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extract_helpers import root_events

from realpolitik.extract._role_repairs import object_infinitive
from realpolitik.models import Extraction

Run = Callable[..., Extraction]


def test_their_in_a_when_clause_is_the_victims(extract: Run) -> None:
    ex = extract("Kenyan soldiers were killed when Somali warplanes bombed their base.")
    assert ("SOM", "KEN", "19", "asserted") in root_events(ex)
    assert not any(k[0] == k[1] == "SOM" for k in root_events(ex))


def test_their_of_the_doers_own_victims_stays(extract: Run) -> None:
    ex = extract("Somali soldiers were killed when their base was bombed.")
    assert not any(k[1] == "KEN" for k in root_events(ex))


def test_pushed_infinitive_is_the_objects_act(nlp: Any) -> None:
    doc = nlp("France pushed Germany to raise its defence spending.")
    raise_ = next(t for t in doc if t.text == "raise")
    if raise_.dep_ == "advcl":  # (the parser's reading this repair is for)
        object_infinitive(raise_)
    assert raise_.dep_ == "xcomp"


def test_pushed_to_demand(extract: Run) -> None:
    assert ("FRA", "DEU", "10", "asserted") in root_events(
        extract("France pushed Germany to raise its defence spending.")
    )
    assert not any(
        k[2] == "10" for k in root_events(extract("China pushed its ships to the reef."))
    )


def test_alleged_that_is_an_accusation(extract: Run) -> None:
    keys = root_events(extract("Peru alleged that Chile had detained its fishermen."))
    assert ("PER", "CHL", "11", "asserted") in keys
    assert ("CHL", "PER", "17", "asserted") not in keys


def test_critical_of(extract: Run) -> None:
    assert root_events(extract("Brazil was sharply critical of Argentina.")) == {
        ("BRA", "ARG", "11", "asserted")
    }
