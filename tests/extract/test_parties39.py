"""parties39: a condition opened by an inverted auxiliary after its main clause ("oil prices
would have soared had Iran attacked Israel") is hypothetical, as one that opens the sentence
is, and an ordinary "had" (a subordinator's, a relative's, or the subject's own) is not; the
trailing condition and "were" + a name read as its attribute are parsed as clauses; people
handed on by a conjoined verb do not make the arrest's target; a meeting's venue is no stricken
place that aid goes to."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import triples

from realpolitik.extract import factuality_of, load_nlp
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "verb", "level"),
    [("Oil prices would have soared had Iran attacked Israel.", "attacked", "possible"),
     ("Markets would fall were China to blockade Taiwan.", "blockade", "possible"),
     ("The region would be thrown into turmoil should Russia invade Poland.", "invade",
      "possible"),
     ("Had Modi ordered strikes on Pakistan, markets would have fallen.", "ordered",
      "possible"),
     ("Kyiv would need more air defences because Russia had attacked its cities.", "attacked",
      "asserted"),
     ("Iran had attacked Israel, and oil prices would soar.", "attacked", "asserted")],
)  # fmt: skip
def test_trailing_inverted_condition(text: str, verb: str, level: str) -> None:
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.text == verb)
    assert factuality_of(tok) == level


def test_trailing_condition_parsed_as_a_clause(extract: Extract) -> None:
    # the parser read "Britain fire missiles" as a noun phrase: no act before the repair
    ex = extract("The consequences would be grave should Britain fire missiles at Armenia.")
    assert {
        (e.source.code, e.target.code if e.target else "", e.factuality) for e in ex.events
    } == {("GBR", "ARM", "possible")}


def test_were_attribute_is_the_subject(extract: Extract) -> None:
    # "Were Viktor Orban to invade Mexico": the name read as the attribute of "were"
    ex = extract("Were Viktor Orban to invade Mexico, the consequences would be grave.")
    assert {(e.source.country, e.target.code if e.target else "") for e in ex.events} == {
        ("HUN", "MEX")
    }


def test_handed_on_people_are_no_target_of_the_arrest(extract: Extract) -> None:
    # the arrest of unnamed men is not aimed at the state they are then handed to
    ex = extract("Turkey arrested three men and handed them over to Iraq.")
    assert triples(ex) == {("TUR", "", "173"), ("TUR", "IRQ", "063")}


@pytest.mark.parametrize(
    "text",
    ["Leaders met at a summit in Nairobi on Monday. Japan pledged aid to the victims.",
     "At a summit in Nairobi on Monday, leaders discussed the floods. Japan pledged aid to the "
     "victims."],
)  # fmt: skip
def test_a_meeting_venue_is_no_stricken_place(extract: Extract, text: str) -> None:
    # stricken_recipient (the sentence before) and commitment_story_partner (the paragraph)
    assert triples(extract(text)) == {("JPN", "", "033")}
