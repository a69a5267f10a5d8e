"""Bare datelines ("BRASILIA - Belarus expelled ...") blanked before the parse, and untitled
"NAME of STATE" (issue 9, dateline13: fresh5's class A): the text the parser sees, minimal
documents whose dateline city is neither the subject nor a party, the headlines that keep their
names, and the untitled person of a state with the institutions and titles that are none."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, root_events

from realpolitik.actors import ActorRegistry
from realpolitik.extract._dateline import dateline_state
from realpolitik.extract._nlp import prepare_text
from realpolitik.extract._untitled_names import untitled_names
from realpolitik.extract.batched import scan_mentions

BLANKED = [
    "BRASILIA - Belarus expelled two Polish diplomats.",
    "KIGALI -- Rwanda accused Burundi.",
    "PORT LOUIS \u2013 Mauritius protested to Britain on Friday.",
    "ADDIS ABABA \u2014 A Kenyan delegation met Ethiopian officials.",
    "Kenya protested.\n\nNAIROBI - Kenya recalled its envoy from Somalia.",
]
KEPT = [
    "US - China talks resume in Geneva next week.",  # too short a name
    "CHINA - Japan talks resumed on Monday after a break.",  # a state's name
    "NATO - Russia council meets in Brussels on Monday.",  # a body's name
    "MOSCOW - RUSSIA WARNS UKRAINE",  # no lower case after the dash
    "KIGALI -- Rwanda protested.",  # too short a clause for a story
    "Rwanda accused Burundi - KIGALI said so - of shelling.",  # no paragraph start
]


@pytest.mark.parametrize("text", BLANKED)
def test_bare_dateline_is_blanked(text: str) -> None:
    got = prepare_text(text)
    head = text.rsplit("\n", 1)[-1].split(" ", 1)[0]
    assert len(got) == len(text)
    assert head not in got


@pytest.mark.parametrize("text", KEPT)
def test_headline_or_sentence_is_kept(text: str) -> None:
    assert prepare_text(text) == text


def test_dateline_state_still_read_from_the_original(registry: ActorRegistry) -> None:
    text = "QUITO - Ecuador closed its border with Peru."
    assert "QUITO" not in prepare_text(text)
    assert dateline_state(registry, text, "2024-01-01") == "ECU"


# (document, the pair it reads, the dateline city's state: no party of any event)
READINGS = [
    ("BRASILIA - Belarus expelled two Polish diplomats on Monday.", ("BLR", "POL"), "BRA"),
    ("KIGALI -- The Ugandan foreign ministry accused Burundi of shelling.", ("UGA", "BDI"), "RWA"),
    ("PORT LOUIS \u2013 India criticized Pakistan on Friday.", ("IND", "PAK"), "MUS"),
    ("HANOI - Thailand condemned Cambodia on Tuesday.", ("THA", "KHM"), "VNM"),
]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("VICTORIA, SEYCHELLES, March 3 (Wire) - The president spoke.", "SYC"),
        ("VICTORIA, Seychelles, March 3 (Wire) - The president spoke.", "SYC"),
        ("GEORGETOWN, Guyana, Oct 18 (Wire) - The president spoke.", "GUY"),
        ("LIMA, Peru, Oct 18 - The president spoke.", "PER"),
        ("LIMA, Oct 18 (Wire) - The president spoke.", "PER"),  # the city alone, as before
        ("SPRINGFIELD, Illinois, Oct 18 (Wire) - The governor spoke.", None),  # no state's place
    ],
)
def test_dateline_names_its_country_after_the_city(
    registry: ActorRegistry, text: str, state: str | None
) -> None:
    """A dateline's written country places it when the city alone is ambiguous or unknown."""
    assert dateline_state(registry, text, "2025-03-03") == state


@pytest.mark.parametrize(("text", "pair", "city"), READINGS)
def test_dateline_city_is_no_party(
    extract: Extract, text: str, pair: tuple[str, str], city: str
) -> None:
    got = root_events(extract(text))
    assert pair in {(e[0], e[1]) for e in got}, got
    assert not [e for e in got if city in (e[0], e[1])], got


# Untitled "NAME of STATE" with no title in the record: (document, the pair it reads)
UNTITLED = [
    ("Duma Gideon of Eswatini criticized Mozambique on Monday.", ("SWZ", "MOZ")),
    ("On Monday, Kofi Temba of Ghana accused Togo of meddling.", ("GHA", "TGO")),
    ("Lina Vesk of Estonia took office last year. Vesk praised Latvia.", ("EST", "LVA")),
]
# Institutions, titles and longer names before "of STATE": no untitled person of the state
NOT_UNTITLED = [
    "The Central Bank of Kenya criticized Uganda on Monday.",
    "King Tomas Vesk of Norway criticized Sweden on Monday.",
    "Foreign Ministry Spokesman Ana Lopez of Peru criticized Chile.",
]


@pytest.mark.parametrize(("text", "pair"), UNTITLED)
def test_untitled_name_of_state_is_placed(
    extract: Extract, text: str, pair: tuple[str, str]
) -> None:
    assert pair in {(e[0], e[1]) for e in root_events(extract(text))}


@pytest.mark.parametrize("text", NOT_UNTITLED)
def test_no_untitled_person_in_an_institution_or_title(text: str) -> None:
    registry = ActorRegistry.default()
    mentions = scan_mentions(registry, text, "2025-03-01")
    assert untitled_names(text, mentions) == []


# Leaders the press calls by their given name (Malaysia, Thailand): the name's first word, where
# no other person of the tables has it (the surname rule stays for everyone else).
GIVEN_NAMES = [
    ("Anwar criticized Singapore on Monday.", "2024-03-01", "Anwar Ibrahim"),
    ("Singapore criticized Anwar on Monday.", "2024-03-01", "Anwar Ibrahim"),
    ("Srettha praised Laos on Monday.", "2024-01-10", "Srettha Thavisin"),
]


@pytest.mark.parametrize(("text", "date", "name"), GIVEN_NAMES)
def test_given_name_of_a_leader(text: str, date: str, name: str) -> None:
    registry = ActorRegistry.default()
    assert name in {m.ref.name for m in scan_mentions(registry, text, date)}


def test_given_name_rule_leaves_other_states_first_names() -> None:
    """Outside those states a first word names no leader ("Emmanuel" is not Macron)."""
    registry = ActorRegistry.default()
    names = {m.ref.name for m in scan_mentions(registry, "Emmanuel spoke.", "2024-03-01")}
    assert "Emmanuel Macron" not in names
