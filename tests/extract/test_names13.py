"""Named people and issued texts as actors (issue 9, names13: fresh5's class A), on minimal
documents: an office-holder the tables lack is placed by the story's own ties of his name to a
state (an apposition anywhere, "his DEMONYM counterpart NAME", "NAME of STATE"), then by the
dateline, never by a state named in a conjoined clause nor by his addressee; a tables' leader
named again by one word of his name is the same person; a decree or order that speaks is the
state that did the act it names. The suite crosses the same with many states
(phenomena_names13.py)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots

from realpolitik.actors import ActorRegistry
from realpolitik.extract._dateline import dateline_state
from realpolitik.extract._mention_parts import registry_mentions
from realpolitik.extract._name_ties import name_ties, short_forms

# -- the ties, read from the text --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surname", "code"),
    [
        (
            "President Kofi Temba spoke. Temba, Ghana's president since 2020, left.",
            "Temba",
            "GHAGOV",
        ),
        ("Ghana's prime minister, Kofi Temba, spoke.", "Temba", "GHAGOV"),
        ("Kofi Temba, Ghana's foreign minister, spoke.", "Temba", "GHAGOV"),
        ("Peru's minister met his Chilean counterpart Ana Rojas.", "Rojas", "CHLGOV"),
        ("Prime Minister Anders Kolstad arrived. Kolstad of Norway spoke.", "Kolstad", "NORGOV"),
    ],
)
def test_a_name_is_tied_to_a_state(
    registry: ActorRegistry, text: str, surname: str, code: str
) -> None:
    ties = name_ties(text, registry_mentions(registry, text, "2024-06-20"))
    assert [(t.surname, t.ref.code) for t in ties] == [(surname, code)]


@pytest.mark.parametrize(
    "text",
    [
        "Later, Ghana's president criticized Togo.",  # a sentence opener is no name
        "On Tuesday, Ghana's president criticized Togo.",
        "Temba, Ghana's president, spoke.",  # one word the record never writes as a name
        "In Accra, Ghana's president spoke.",  # a place
        "Kofi Temba, Ghana's president, met Kofi Temba, Togo's president.",  # two states
    ],
)
def test_no_tie(registry: ActorRegistry, text: str) -> None:
    assert name_ties(text, registry_mentions(registry, text, "2024-06-20")) == []


def test_short_forms_follow_the_full_name(registry: ActorRegistry) -> None:
    text = "Hun said so. Cambodian Prime Minister Hun Manet arrived. Hun said Thailand lied."
    got = short_forms(text, registry_mentions(registry, text, "2024-06-20"))
    spans = [(ref.country, [lo for lo, _ in sp]) for ref, sp in got]
    assert spans == [("KHM", [text.rindex("Hun said")])]  # not the "Hun" before the full name


def test_a_word_two_people_share_is_no_short_form(registry: ActorRegistry) -> None:
    text = "Hun Sen met Prime Minister Hun Manet. Hun said Thailand lied."
    got = short_forms(text, registry_mentions(registry, text, "2024-06-20"))
    assert not [sp for ref, sp in got if any(text[lo:hi] == "Hun" for lo, hi in sp)], got


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("ACCRA, March 3 (Wire) - Togo closed its border.", "GHA"),
        ("MEXICO CITY, Oct 18 (Reuters) - Peru spoke.", "MEX"),
        ("MANILA - Vietnam seized two boats.", "PHL"),
        ("NATO - Russia tensions rose.", None),  # a bare dash form names a capital only
        ("Accra said nothing.", None),
        ("TODAY, March 3 (Wire) - Peru spoke.", None),
    ],
)
def test_dateline_state(registry: ActorRegistry, text: str, state: str | None) -> None:
    assert dateline_state(registry, text, "2024-06-20") == state


# -- the events ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "President Kofi Temba criticized Togo. Temba, Ghana's president since 2020, is a "
            "former diplomat.",
            ("GHA", "TGO", "11"),
        ),
        (
            "Thailand's interior minister met his Lao counterpart Vilay Lakhamphong. "
            "Lakhamphong thanked Bangkok for the equipment.",
            ("LAO", "THA", "05"),
        ),
        (
            "Benin's president met his Ghanaian counterpart Kofi Temba in Accra. Temba, whose "
            "army patrols the border, asked Benin to share intelligence.",
            ("GHA", "BEN", "02"),
        ),
        (
            "Chile's president met Prime Minister Anders Kolstad in Santiago. Kolstad of Norway "
            "praised Chile.",
            ("NOR", "CHL", "05"),
        ),
        ("ACCRA, March 3 (Wire) - President Kofi Temba criticized Togo.", ("GHA", "TGO", "11")),
        (
            "Thai Prime Minister Paetongtarn Shinawatra met Cambodian Prime Minister Hun Manet. "
            "Paetongtarn later criticized Hun over the border closure.",
            ("THA", "KHM", "11"),
        ),
    ],
)
def test_a_tied_name_acts_for_its_state(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    assert want in country_roots(extract(text))


@pytest.mark.parametrize(
    ("text", "root", "placed_by_mistake"),
    [
        (
            "President Ahmed Velan asked the bloc for money, and India and Japan offered to "
            "train Maldivian police.",
            "02",
            "IND",
        ),
        (
            "A spokesman for Prime Minister Vilay Khamsing accused Bangkok of hoarding water.",
            "11",
            "THA",
        ),
        ("ACCRA, March 3 (Wire) - Visiting President Jean Koffi criticized Ghana.", "11", "GHA"),
    ],
)
def test_a_titled_name_is_not_placed_by_another_clause_or_his_addressee(
    extract: Extract, text: str, root: str, placed_by_mistake: str
) -> None:
    """His act is there, of no state (``---``), not of the state named beside it."""
    got = country_roots(extract(text))
    assert {s for s, _, r in got if r == root} == {"---"}, (placed_by_mistake, got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peru ordered Mexico's ambassador to leave. The expulsion decree accused Mexico of "
            "meddling.",
            ("PER", "MEX", "11"),
        ),
        (
            "Peru expelled Mexico's ambassador. The order accused Mexico of meddling.",
            ("PER", "MEX", "11"),
        ),
        (
            "Kenya ordered Uganda's envoy out of the country. The order condemned Uganda's "
            "interference.",
            ("KEN", "UGA", "11"),
        ),
    ],
)
def test_an_issued_text_speaks_for_its_issuer(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    assert want in country_roots(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "A decree accused Mexico of meddling.",  # no earlier act, no issuer
        "Peru hosted the summit. The border decree accused Mexico of meddling.",  # names no act
    ],
)
def test_an_issued_text_naming_no_earlier_act_is_no_one(extract: Extract, text: str) -> None:
    got = country_roots(extract(text))
    assert not any(t == "MEX" and s not in ("---", "") for s, t, _ in got), got


# -- "the government" of a dateline story ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "MANILA, March 3 (Wire) - The Philippines protested to Vietnam on Monday. In a "
            "statement, the government accused Hanoi of piracy.",
            ("PHL", "VNM", "11"),
        ),
        (
            "LIMA, Oct 18 (AP) - Peru summoned Chile's ambassador. The foreign ministry accused "
            "Santiago of lying.",
            ("PER", "CHL", "11"),
        ),
    ],
)
def test_the_government_is_the_acting_dateline_state(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text))
    assert want in got and (want[1], want[1], want[2]) not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "MANILA, March 3 (Wire) - Vietnam seized two Philippine boats. In a statement, the "
        "government demanded that Hanoi free the sailors.",
        "Vietnam seized two Philippine boats. The foreign ministry accused Hanoi of lying.",
    ],
)
def test_the_government_is_not_the_state_it_addresses(extract: Extract, text: str) -> None:
    got = country_roots(extract(text))
    assert ("VNM", "PHL", "17") in got and not any(s == t == "VNM" for s, t, _ in got), got


def test_leaders_facing_their_capital_stay_domestic(extract: Extract) -> None:
    """Only "the government" / "the ministry" is kept from its own state, not leaders."""
    text = "Leaders of the opposition coalition agreed to postpone the rally in Baku."
    assert any(s == "AZE" for s, _, _ in country_roots(extract(text)))
