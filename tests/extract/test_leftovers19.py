"""Round 18's second leftover classes (leftovers19) on minimal sentences: "going to" plans,
people sent back, people of another state beaten or mistreated, individuals expelled, a state's
promised protest. The suite's tables: ``phenomena_leftovers19.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events, root_events

from realpolitik.extract._going_plans import going_plan
from realpolitik.extract._people_objects import people_words
from realpolitik.extract._promised_protests import protest_reading


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("China is going to impose sanctions on Japan.", ("CHN", "JPN", "16", "possible")),
        ("Japan was going to send aid to the Philippines.", ("JPN", "PHL", "07", "possible")),
        ("Kenya says it is going to sign a trade deal with Uganda.",
         ("KEN", "UGA", "05", "possible")),
        ("Ottawa is going to recall its ambassador from Riyadh.",
         ("CAN", "SAU", "16", "possible")),
    ],
)  # fmt: skip
def test_going_to_is_a_plan(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """ "is going to V" plans the act: `possible` (GUIDE rule 4), as "is set to"."""
    got = {(s[:3], t[:3], r, f) for s, t, r, f in root_events(extract(text))}
    assert key in got, got


def test_not_going_to_denies_the_plan(extract: Extract) -> None:
    got = root_events(extract("China is not going to impose sanctions on Japan."))
    assert ("CHN", "JPN", "16", "negated") in got, got


def test_going_to_a_place_is_no_plan(nlp: object) -> None:
    """ "going to Uganda to sign": a trip with its purpose, not the periphrastic future."""
    doc = nlp("Kenya's minister is going to Uganda to sign a deal.")  # type: ignore[operator]
    sign = next(t for t in doc if t.lower_ == "sign")
    assert not going_plan(sign)
    doc = nlp("Kenya is going to sign a deal with Uganda.")  # type: ignore[operator]
    assert going_plan(next(t for t in doc if t.lower_ == "sign"))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Spain sent back 40 Moroccan migrants.", ("ESP", "MAR")),
        ("Greece sent 40 migrants back to Turkey.", ("GRC", "TUR")),
        ("Germany sent back 30 Afghan nationals to Afghanistan.", ("DEU", "AFG")),
        ("Britain sent back 200 Albanian people.", ("GBR", "ALB")),
    ],
)
def test_people_sent_back_are_removed(extract: Extract, text: str, pair: tuple[str, str]) -> None:
    """People sent back across a border: 174, never aid (07)."""
    got = {(s[:3], t[:3], c) for s, t, c, _ in code_events(extract(text))}
    assert (*pair, "174") in got, got
    assert not [k for k in got if k[2].startswith("07")], got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Greek coast guards roughed up Turkish fishermen.", ("GRC", "TUR")),
        ("Libyan guards whipped Sudanese migrants.", ("LBY", "SDN")),
        ("Saudi border guards mistreated Ethiopian migrants.", ("SAU", "ETH")),
        ("Ukraine's fishermen were roughed up by Russian coast guards.", ("RUS", "UKR")),
        ("Thai police manhandled Cambodian workers at the border.", ("THA", "KHM")),
    ],
)
def test_people_of_another_state_assaulted(
    extract: Extract, text: str, pair: tuple[str, str]
) -> None:
    """Beating, whipping or mistreating another state's people: physical assault (18x)."""
    got = {(s[:3], t[:3], r) for s, t, r, _ in root_events(extract(text))}
    assert (*pair, "18") in got, got


def test_whipped_up_is_no_assault(extract: Extract) -> None:
    got = root_events(extract("The Hungarian government whipped up anger against Austria."))
    assert not [k for k in got if k[2] == "18"], got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kuwait expelled 12 Filipino seafarers.", ("KWT", "PHL")),
        ("Kuwait expelled 12 of Egypt's seafarers.", ("KWT", "EGY")),
        ("Oman expelled 20 Bangladeshi crew members.", ("OMN", "BGD")),
        ("Moscow expelled the Norwegian crew of the trawler.", ("RUS", "NOR")),
    ],
)
def test_individuals_expelled_are_deported(
    extract: Extract, text: str, pair: tuple[str, str]
) -> None:
    """Individuals expelled: 174 (GUIDE rule 7 "Expulsions"), not a group (166)."""
    got = {(s[:3], t[:3], c) for s, t, c, _ in code_events(extract(text))}
    assert (*pair, "174") in got, got
    assert not [k for k in got if k[2] == "166"], got


def test_expelled_diplomats_stay_161(extract: Extract) -> None:
    got = {(s[:3], t[:3], c) for s, t, c, _ in code_events(extract("Kuwait expelled 12 Egyptian diplomats."))}  # fmt: skip
    assert ("KWT", "EGY", "161") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Seoul said it would protest the decision by Tokyo.", ("KOR", "JPN")),
        ("Beijing said it would protest Manila's move.", ("CHN", "PHL")),
        ("China would protest the sanctions imposed by Washington.", ("CHN", "USA")),
        ("Hanoi said it would protest China's deployment of an oil rig.", ("VNM", "CHN")),
    ],
)
def test_promised_protest_is_possible_not_a_threat(
    extract: Extract, text: str, pair: tuple[str, str]
) -> None:
    """A state's "would protest": the diplomatic protest (114) `possible` (rule 4), no 133."""
    got = {(s[:3], t[:3], c, f) for s, t, c, f in code_events(extract(text))}
    assert (*pair, "114", "possible") in got, got
    assert not [k for k in got if k[2].startswith("13")], got


def test_a_crowds_promised_protest_is_no_diplomatic_one(extract: Extract) -> None:
    got = code_events(extract("Students in Seoul will protest against Japan's decision."))
    assert not [k for k in got if k[2] == "114"], got


def test_protest_reading() -> None:
    assert protest_reading("140") and protest_reading("133")
    assert not protest_reading("131") and not protest_reading("114")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Italy sent back 120 Tunisians.", ("ITA", "TUN", "174")),
        ("Kenya sent 500 Somalis back to Somalia.", ("KEN", "SOM", "174")),
        ("Algeria expelled 300 Malians.", ("DZA", "MLI", "174")),
        ("Canada sent back dozens of Ukrainians.", ("CAN", "UKR", "174")),
        ("France sent back 40 North Koreans.", ("FRA", "PRK", "174")),
        ("Iran released 12 Pakistanis.", ("IRN", "PAK", "0841")),
    ],
)
def test_a_people_by_its_plural_demonym(
    extract: Extract, text: str, key: tuple[str, str, str]
) -> None:
    """ "120 Tunisians" are people, as "120 Tunisian migrants": removal, not aid (07)."""
    got = {(s[:3], t[:3], c) for s, t, c, _ in code_events(extract(text))}
    assert key in got, got


def test_a_demonym_adjective_is_no_people(nlp: object) -> None:
    doc = nlp("Italy sent back the Tunisian trade delegation.")  # type: ignore[operator]
    assert people_words(next(t for t in doc if t.lower_ == "delegation")) == set()
    doc = nlp("Italy sent back 120 Tunisians.")  # type: ignore[operator]
    assert people_words(next(t for t in doc if t.lower_ == "tunisians")) == {"people"}
