"""Mention resolution of issue 9 section 1 (coref10), on minimal sentences: a pointing phrase
("the country", "his government") in reported content is the speaker's state; "its own people"
the subject's; an office-holder introduced with title and state is found again by surname; a
countryless role noun is no target; a catcher of agents "working for X" is not X's. The suite
crosses the same classes with many states (phenomena_coref10.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.extract._mention_parts import registry_mentions
from realpolitik.extract._titled_names import titled_names
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2])
        for e in ex.events
        if e.factuality != "negated"
    }


# -- (a) the speaker's state --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        (
            "Chile's foreign minister said after talks with Argentina that the country would "
            "expel two Bolivian diplomats.",
            ("CHL", "BOL", "13"),
            ("ARG", "BOL", "13"),
        ),
        (
            "Mexico's president said on Monday that his government had asked Washington for an "
            "explanation.",
            ("MEX", "USA", "02"),
            ("USA", "USA", "02"),
        ),
        (
            "The kingdom will expel two Algerian diplomats, Morocco's foreign minister said.",
            ("MAR", "DZA", "13"),
            ("DZA", "DZA", "13"),
        ),
        (
            "The nation had expelled two Ukrainian diplomats, Turkey's prime minister said.",
            ("TUR", "UKR", "16"),
            ("UKR", "UKR", "16"),
        ),
    ],
)
def test_pointing_phrase_is_the_speakers_state(
    extract: Extract, text: str, want: tuple[str, str, str], not_want: tuple[str, str, str]
) -> None:
    got = _events(extract(text))
    assert want in got and not_want not in got, got


def test_the_country_outside_reported_content_is_the_state_named_last(extract: Extract) -> None:
    got = _events(extract("Russia attacked Ukraine. The country asked Poland for air defence."))
    assert ("UKR", "POL", "02") in got, got


# -- (c) "its own people" -----------------------------------------------------------------------


def test_own_people_are_the_subjects(extract: Extract) -> None:
    ex = extract("Russia is repressing its own people while helping Iran, Britain said.")
    codes = {(e.source.code, e.target.code if e.target else "") for e in ex.events}
    assert ("RUS", "RUSCVL") in codes and ("RUS", "IRNCVL") not in codes, codes


# -- (b) a surname of an office-holder introduced with title and state ---------------------------


def test_titled_name_places_the_later_surname(registry: ActorRegistry) -> None:
    text = "Foreign Minister Ana Lopez of Peru arrived in Quito. Lopez criticized Colombia."
    got = {
        text[m.start : m.end]: m.ref.code
        for m in titled_names(text, registry_mentions(registry, text, "2024-06-20"))
    }
    assert got["Ana Lopez"] == "PERGOV" and got["Lopez"] == "PERGOV", got


def test_known_person_is_left_to_the_tables(registry: ActorRegistry) -> None:
    text = "President Emmanuel Macron of France arrived. Macron met Scholz."
    before = registry_mentions(registry, text, "2024-06-20")
    assert titled_names(text, before) == before


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Defence Minister Tran Van Minh of Vietnam visited Manila. Minh met a Chinese "
            "delegation on Tuesday.",
            ("VNM", "CHN", "04"),
        ),
        (
            "Peruvian Foreign Minister Ana Lopez arrived in Quito. Lopez criticized Colombia.",
            ("PER", "COL", "11"),
        ),
    ],
)
def test_surname_acts_for_its_state(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = _events(extract(text))
    assert want in got and ("VEN", "COL", "11") not in got, got


# -- (e) countryless role nouns; (d) agents working for X ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Egypt urged the warring parties to return to talks.",
        "Vladimir Putin urged the warring parties to return to talks.",
        "China urged officials to show restraint.",
        "Qatar asked the negotiators to resume talks.",
    ],
)
def test_role_noun_is_no_target(extract: Extract, text: str) -> None:
    ex = extract(text)
    assert ex.events and all(e.target is None for e in ex.events), ex.events


def test_arrest_of_officials_keeps_the_domestic_convention(extract: Extract) -> None:
    got = _events(extract("Kenyan police arrested two officials on Monday."))
    assert ("KEN", "KEN", "17") in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The security service arrested two agents working for Minsk, Lithuanian officials "
            "said.",
            ("LTU", "BLR", "17"),
        ),
        (
            "Latvia expelled a Russian diplomat. The security service said it had arrested two "
            "agents working for Moscow.",
            ("LVA", "RUS", "17"),
        ),
    ],
)
def test_catcher_is_not_the_state_spied_for(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = _events(extract(text))
    assert want in got and (want[1], want[1], "17") not in got, got


# -- "he", "his guest", "praised him" -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Vietnam's president met Xi Jinping in Hanoi. He assured his visitor that Hanoi "
            "would not let its land be used against China.",
            ("VNM", "CHN", "03"),
        ),
        (
            "Kenya's president hosted Ethiopia's prime minister in Nairobi. He promised his guest "
            "more support.",
            ("KEN", "ETH", "03"),
        ),
        (
            "Poland's foreign minister met Olaf Scholz in Warsaw and praised him.",
            ("POL", "DEU", "05"),
        ),
    ],
)
def test_person_reference_follows_the_clause(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = _events(extract(text))
    assert want in got, got


# -- (f) a state company named by its role -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Britain accused Belarus of funding rebels. It also blacklisted the state carrier "
            "Avialta.",
            ("GBR", "BLR", "16"),
        ),
        (
            "Japan accused Greece of funding rebels. Japan also imposed sanctions on the state "
            "oil company Estaroil.",
            ("JPN", "GRC", "16"),
        ),
    ],
)
def test_state_company_is_the_storys_state(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = _events(extract(text))
    assert want in got and (want[0], want[0], "16") not in got, got
