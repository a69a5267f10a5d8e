"""Round 17 lexicon classes from the tune-half census (bench/lexicon_gaps.py) on minimal
sentences with several states: tear gas used on people is violent repression (175), emergency
rule imposed or extended (1724) and ended (0814), objects thrown at people (18x, a riot 145 when
protesters throw them), rape (1821: "raped" is no "rap"); "riot police" is no riot; a
hyphenated object ("a cease-fire") matches the rows that name it. The suite's tables:
``phenomena_lexmine.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events

from realpolitik.extract._hyphen_objects import hyphen_words
from realpolitik.extract._lexicon import lexicon
from realpolitik.extract._unit_nouns import unit_modifier


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Greek police fired tear gas at Turkish migrants on Tuesday.",
         ("GRC", "TUR", "175", "asserted")),
        ("Kenyan police used tear gas against Ugandan traders at the border.",
         ("KEN", "UGA", "175", "asserted")),
        ("Iranian police dispersed Afghan workers with tear gas.",
         ("IRN", "AFG", "175", "asserted")),
        ("Tear gas was fired at Syrian migrants by Turkish police.",
         ("TUR", "SYR", "175", "asserted")),
        ("Serbian riot police lobbed tear gas canisters at Albanian fans.",
         ("SRB", "ALB", "175", "asserted")),
        ("Kenyan police fired tear-gas at Ugandan asylum-seekers.",
         ("KEN", "UGA", "175", "asserted")),
        ("Hungarian police fired tear gas at Serbian protesters, witnesses said.",
         ("HUN", "SRB", "175", "reported")),
    ],
)  # fmt: skip
def test_tear_gas_is_repression_not_shooting(
    extract: Extract, text: str, want: tuple[str, str, str, str]
) -> None:
    got = code_events(extract(text))
    assert want in got, got
    assert not [e for e in got if e[2][:2] in ("14", "19")], got  # no riot, no shooting


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Ethiopian government imposed a state of emergency on Friday.",
         ("ETH", "ETH", "1724", "asserted")),
        ("The Armenian government extended martial law for another month.",
         ("ARM", "ARM", "1724", "asserted")),
        ("The Peruvian cabinet proclaimed a state of emergency in three provinces.",
         ("PER", "PER", "1724", "asserted")),
        ("Thai authorities introduced emergency rule in the south.",
         ("THA", "THA", "1724", "asserted")),
        ("The Syrian government lifted the state of emergency on Thursday.",
         ("SYR", "SYR", "0814", "asserted")),
        ("The Ukrainian government ended martial law in the east.",
         ("UKR", "UKR", "0814", "asserted")),
    ],
)  # fmt: skip
def test_emergency_rule(extract: Extract, text: str, want: tuple[str, str, str, str]) -> None:
    got = code_events(extract(text))
    assert want in got, got


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Sudanese protesters threw stones at the Egyptian embassy in Khartoum.", "14"),
        ("Serbian nationalists hurled petrol bombs at the Albanian embassy.", "14"),
        ("Greek rioters hurled rocks at Turkish police.", "14"),
    ],
)
def test_objects_thrown_at_a_state(extract: Extract, text: str, root: str) -> None:
    """Protesters who throw stones riot (145); the thrown object names the violence (18x) for
    other doers, never no event."""
    got = code_events(extract(text))
    assert any(e[2][:2] in (root, "18") and e[3] == "asserted" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Russian soldiers raped Ukrainian women.",
        "Sudanese women were raped by Ethiopian soldiers.",
        "The rape of Congolese civilians by Rwandan troops was documented.",
    ],
)
def test_rape_is_sexual_assault(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert any(e[2] == "1821" for e in got), got


def test_raped_is_lemmatised_as_rape(nlp: Any) -> None:
    """The verb row makes the lemma repair read "raped" as "rape" (the model says "rap")."""
    doc = nlp("Soldiers raped women.")
    assert doc[1].lemma_ == "rape"


@pytest.mark.parametrize(
    "text",
    [
        "Japanese riot police arrested German protesters.",
        "Kenyan riot police detained Ugandan traders.",
        "Indian riot squads detained Nepali students on Monday.",
    ],
)
def test_riot_police_is_no_riot(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert any(e[2] == "173" for e in got), got
    assert not [e for e in got if e[2][:2] == "14"], got


def test_riot_is_still_an_event(extract: Extract) -> None:
    got = code_events(extract("Afghan migrants staged a riot outside the Iranian embassy."))
    assert any(e[2] == "145" for e in got), got  # the noun heading its phrase keeps its reading


def test_unit_modifier_only_for_conflict_nouns(nlp: Any) -> None:
    rows = lexicon().triggers
    doc = nlp("Kenyan riot police met the peacekeeping force.")
    riot, peace = doc[1], doc[5]
    assert riot.dep_ == "compound" and unit_modifier(riot, rows[("riot", "N")])
    assert not unit_modifier(peace, rows.get(("peacekeeping", "N"), ()))


@pytest.mark.parametrize(
    "text",
    [
        "Colombia declared a unilateral cease-fire with Venezuela on Monday.",
        "The Philippines has declared a military cease-fire with Indonesia.",
    ],
)
def test_hyphenated_cease_fire(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert any(e[2] == "0871" and e[3] == "asserted" for e in got), got


def test_hyphen_words(nlp: Any) -> None:
    doc = nlp("They declared a cease-fire and staged protests.")
    fire = next(t for t in doc if t.lower_ == "fire")
    assert {"cease-fire", "ceasefire"} <= hyphen_words(fire)
    assert hyphen_words(next(t for t in doc if t.lower_ == "protests")) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Ethiopian government shut down the internet in Tigray.",
         ("ETH", "ETH", "1721", "asserted")),
        ("Iranian authorities cut off the internet during the protests.",
         ("IRN", "IRN", "1721", "asserted")),
        ("The Russian government blocked the websites of German broadcasters.",
         ("RUS", "DEU", "1721", "asserted")),
        ("Belarusian authorities closed the last independent newspaper.",
         ("BLR", "BLR", "1721", "asserted")),
    ],
)  # fmt: skip
def test_censorship(extract: Extract, text: str, want: tuple[str, str, str, str]) -> None:
    """Internet shutdowns, blocked websites and closed newspapers restrict political freedoms
    (1721), never an obstruction (144); a storm that cuts off electricity is no event."""
    got = code_events(extract(text))
    assert want in got, got
    assert not code_events(extract("The storm cut off electricity in the capital."))
