"""practice3 (issue 9, round 16): classes found by a practice set of the round's own, each
tested on short sentences with states and words other than the set's.

- a person noun counted as a definite pair ("the two men", "both envoys", "the two foreign
  ministers", "the two heads of state") is the story's pair (``_counted_people``);
- "the country's" / "the nation's" before an office is "its": the state the story is about
  (``_pointing_owner``);
- an act on a measure ("lifted / eased / extended the sanctions it imposed on X") is aimed at
  the state its own relative clause names (``parties.imposed_on``);
- a "similar" / "the same" act repeats the latest earlier act of its root and is aimed at its
  target (``parties.similar_acts``).
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, country_roots, word

from realpolitik.extract._counted_people import counted_people
from realpolitik.extract._pointing_owner import owner_word

_MET = "President William Ruto flew to Kampala on Monday to see President Yoweri Museveni. "


@pytest.mark.parametrize(
    ("text", "head", "want"),
    [
        ("The two men signed a deal.", "men", True),
        ("Both men signed a deal.", "men", True),
        ("The two envoys signed a deal.", "envoys", True),
        ("The two foreign ministers signed a deal.", "ministers", True),
        ("The two heads of state signed a deal.", "heads", True),
        ("Two men signed a deal.", "men", False),  # (no definite pair)
        ("The men signed a deal.", "men", False),
        ("The two Ugandan envoys signed a deal.", "envoys", False),  # (placed by a state)
        ("The two heads of the delegation signed a deal.", "heads", False),
        ("The two countries signed a deal.", "countries", False),  # (no person noun)
        ("Police arrested two men. The two men were charged.", "men", False),  # (counted before)
    ],
)  # fmt: skip
def test_counted_people(nlp: Any, text: str, head: str, want: bool) -> None:
    doc = nlp(text)
    tok = [t for t in doc if t.text == head][-1]
    assert counted_people(tok) is want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_MET + "The two men signed a pipeline deal.", {("KEN", "UGA", "05"), ("UGA", "KEN", "05")}),
        (_MET + "Both men agreed to reopen the border.", {("KEN", "UGA", "03"), ("UGA", "KEN", "03")}),
        ("Ghana's foreign minister met Togo's foreign minister in Lome. The two foreign ministers "
         "signed a border pact.", {("GHA", "TGO", "05"), ("TGO", "GHA", "05")}),
        ("President Gabriel Boric hosted President Luis Arce in Santiago. The two envoys signed "
         "a trade deal.", {("CHL", "BOL", "05"), ("BOL", "CHL", "05")}),
    ],
)  # fmt: skip
def test_the_two_men_are_the_pair(extract: Extract, text: str, want: set[Any]) -> None:
    assert want <= country_roots(extract(text, date="2025-03-10"))


def test_arrested_men_are_not_the_pair(extract: Extract) -> None:
    """Counted before as a group of their own, "the two men" are not the leaders."""
    text = (
        "President Kais Saied met President Abdelmadjid Tebboune in Algiers. Tunisian police "
        "arrested two men near the border on Monday. The two men were deported to Algeria."
    )
    got = country_roots(extract(text, date="2025-03-10"))
    assert ("---", "DZA", "17") in got  # (deported by no one named; not by the leaders)
    assert not {k for k in got if k[2] == "17" and k[0] == "DZA"}


@pytest.mark.parametrize(
    ("text", "owner", "want"),
    [
        ("The country's ambassador met them.", "country", "its"),
        ("The kingdom's envoy met them.", "kingdom", "its"),
        ("The nation's minister met them.", "nation", "its"),
        ("The neighbouring country's ambassador met them.", "country", "country"),
        ("The government's envoy met them.", "government", "government"),
    ],
)  # fmt: skip
def test_owner_word(nlp: Any, text: str, owner: str, want: str) -> None:
    assert owner_word(word(nlp(text), owner)) == want


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        ("Costa Rica asked the United States on Thursday to exempt its exports from the tariff. "
         "The country's ambassador met U.S. trade officials on Friday.",
         ("CRI", "USA", "04"), ("USA", "USA", "04")),
        ("Kenya sent aid to Somalia on Monday. The country's foreign minister condemned the "
         "attack by Ethiopia.", ("KEN", "ETH", "11"), ("SOM", "ETH", "11")),
        ("Peru signed a fishing deal with Chile. The nation's envoy praised Chile.",
         ("PER", "CHL", "05"), ("CHL", "CHL", "05")),
    ],
)  # fmt: skip
def test_the_countrys_office_is_the_storys_state(
    extract: Extract, text: str, want: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text, date="2025-03-10"))
    assert want in got and wrong not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The European Union has begun lifting the financial measures it imposed on Kosovo "
         "two years ago.", ("IGO", "KSV", "08")),
        ("The United States lifted the sanctions it had imposed on Syria in 2011.",
         ("USA", "SYR", "08")),
        ("Japan eased the export curbs it placed on South Korea in 2019.", ("JPN", "KOR", "08")),
        ("China removed the restrictions that it had imposed on Australian wine.",
         ("CHN", "AUS", "08")),
        ("The European Union extended the sanctions it imposed on Russia in 2014.",
         ("IGO", "RUS", "16")),
        ("Cuba lifted the export curbs it had put on Hungary two years ago.", ("CUB", "HUN", "08")),
        ("Germany scrapped the sanctions it had imposed on Iran.", ("DEU", "IRN", "08")),
        ("Turkey extended the export curbs it imposed on Syria.", ("TUR", "SYR", "16")),
    ],
)  # fmt: skip
def test_the_measure_was_imposed_on(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    assert want in country_roots(extract(text, date="2025-03-10"))


def test_a_criticised_measure_is_aimed_at_its_imposer(extract: Extract) -> None:
    """Condemning a measure is aimed at whoever imposed it (GUIDE rule 6), not read here."""
    got = country_roots(extract("Mexico criticised the tariffs Washington imposed on Canada."))
    assert ("MEX", "USA", "11") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ghana asked Togo on Monday to reopen the border. Benin has made a similar request.",
         ("BEN", "TGO", "02")),
        ("Peru protested to Chile over the arrest of its fishermen. Ecuador lodged a similar "
         "protest on Tuesday.", ("ECU", "CHL", "11")),
        ("Kenya accused Uganda of grabbing land. Tanzania made the same accusation a week later.",
         ("TZA", "UGA", "11")),
        ("Ghana asked Togo to reopen the border on Monday, and Benin made a similar request.",
         ("BEN", "TGO", "02")),
    ],
)  # fmt: skip
def test_a_similar_act_repeats_the_earlier_target(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    assert want in country_roots(extract(text, date="2025-03-10"))


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        ("Peru signed a trade deal with Chile. Ecuador signed a similar deal with Colombia.",
         ("ECU", "COL", "05"), ("ECU", "CHL", "05")),
        ("Kenya accused Uganda of grabbing land. Uganda made a similar accusation.",
         ("KEN", "UGA", "11"), ("UGA", "UGA", "11")),
    ],
)  # fmt: skip
def test_a_similar_act_keeps_its_own_partner(
    extract: Extract, text: str, want: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    """A partner of its own wins; the earlier act's target is never the doer itself."""
    got = country_roots(extract(text, date="2025-03-10"))
    assert want in got and wrong not in got
