"""parties41's functions outside the party stages: the states a count of states lists
(``_composed_actors.named_instances``), a region's state (``struck_regions.region_state``) and
the repair of a second clause's subject read as a second object (``_object_subjects``), and a
defence ministry under its other names as the military (``actors/data/sectors.tsv``)."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract import extract_document
from realpolitik.extract._composed_actors import named_instances
from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._nlp import repair_parse
from realpolitik.extract.parties.struck_regions import region_state
from realpolitik.models import Document


@pytest.mark.parametrize(
    "text",
    [
        "Russia expelled diplomats of five countries, among them Poland, Latvia and Estonia.",
        "Russia expelled diplomats of several countries, such as Poland, Latvia and Estonia.",
        "China sanctioned firms of several countries, notably Poland, Latvia and Estonia.",
        "Russia banned flights from 30 countries (Poland, Latvia and Estonia among them).",
        "Russia expelled diplomats of five countries, including Poland, Latvia and Estonia.",
    ],
)
def test_a_count_of_states_names_its_list(nlp: Any, text: str) -> None:
    doc = nlp(text)
    count = next(t for t in doc if t.lemma_ == "country")
    first = named_instances(count)
    assert first is not None and first.text == "Poland"
    assert [t.text for t in conjuncts(first)] == ["Latvia", "Estonia"]


def test_a_count_with_no_list_names_none(nlp: Any) -> None:
    doc = nlp("Russia expelled diplomats of five countries, among them two envoys.")
    assert named_instances(next(t for t in doc if t.lemma_ == "country")) is None


@pytest.mark.parametrize(
    ("text", "word", "state"),
    [
        ("Missiles struck the Kharkiv region.", "region", "UKR"),
        ("Troops shelled Idlib province.", "province", "SYR"),
        ("Jets struck Pakistan-administered Kashmir.", "Kashmir", "PAK"),
        ("Troops fired on Indian-administered Kashmir.", "Kashmir", "IND"),
        ("Troops fired on Kashmir.", "Kashmir", None),  # two states' region: no one state
        ("Missiles struck the region.", "region", None),
    ],
)
def test_region_state(nlp: Any, text: str, word: str, state: str | None) -> None:
    doc = nlp(text)
    assert region_state(next(t for t in doc if t.text == word)) == state


@pytest.mark.parametrize(
    "text",
    [
        "Kenya expelled two Ugandan journalists and Uganda's embassy complained.",
        "India expelled a Vietnamese diplomat and Vietnam's foreign ministry complained.",
        "Kenya expelled two Ugandan journalists, and Uganda's embassy complained.",  # as parsed
    ],
)
def test_second_subject_read_as_object(nlp: Any, text: str) -> None:
    doc = nlp(text)
    for sent in doc.sents:
        repair_parse(sent)
    first = next(t for t in doc if t.lower_ == "expelled")
    complaint = next(t for t in doc if t.lower_ == "complained")
    assert first.dep_ == "ROOT"
    assert complaint.head.i == first.i and complaint.dep_ == "conj"
    assert [c.lower_ for c in complaint.children if c.dep_ == "nsubj"] in (
        ["embassy"],
        ["ministry"],
    )


def test_a_said_clause_stays_said(nlp: Any) -> None:
    doc = nlp("Uganda's embassy complained Kenya had expelled two Ugandan journalists.")
    for sent in doc.sents:
        repair_parse(sent)
    complaint = next(t for t in doc if t.lower_ == "complained")
    assert complaint.dep_ == "ROOT"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("China's Ministry of National Defense warned Taiwan.", "CHNMIL"),
        ("The Ministry of National Defense of China warned Taiwan.", "CHNMIL"),
        ("South Korea's National Defense Ministry warned North Korea.", "KORMIL"),
        ("France's Ministry of the Armed Forces signed a deal with India.", "FRAMIL"),
        ("Australia's Department of Defence signed a deal with Japan.", "AUSMIL"),
        ("Russia's Defence Ministry accused Ukraine of shelling.", "RUSMIL"),
    ],
)
def test_a_defence_ministry_is_the_military(nlp: Any, text: str, code: str) -> None:
    """A defence ministry under any of its names is its state's military (CAMEO MIL)."""
    ex = extract_document(Document("t", text, "test", date="2024-06-20"), nlp=nlp)
    assert [e.source.code for e in ex.events if e.source is not None][:1] == [code]
