"""Wrong parties in a slot (issue 9 section 1, targets9): a weapon's maker, a statement's outlet
and the judging state itself are no targets. Minimal sentences through the real pipeline; the
suite crosses each with states and phrasings (phenomena_targets9.py)."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import WANT_NOT_WRONG, Extract, RootEvent, assert_read_not, root_events

from realpolitik.extract._channels import channel_tokens
from realpolitik.extract._instruments import instrument_tokens
from realpolitik.extract.parties import POLICY, instruments


@pytest.mark.parametrize(
    WANT_NOT_WRONG,
    [
        (
            "Russia attacked Odesa with Iranian drones.",
            ("RUS", "", "19", "asserted"),
            ("RUS", "IRN", "19", "asserted"),
        ),
        (
            "Russia launched Iranian drones at Kharkiv.",
            ("RUS", "", "19", "asserted"),
            ("RUS", "IRN", "19", "asserted"),
        ),
        (
            "Jordan attacked an ammunition depot with artillery shells bought from Germany.",
            ("JOR", "", "19", "asserted"),
            ("JOR", "DEU", "19", "asserted"),
        ),
        (
            "Iran fired Serbian artillery shells towards Hungary.",
            ("IRN", "HUN", "19", "asserted"),
            ("IRN", "SRB", "19", "asserted"),
        ),
        (
            "Peru struck Chile with Brazilian-made missiles.",
            ("PER", "CHL", "19", "asserted"),
            ("PER", "BRA", "19", "asserted"),
        ),
    ],
)
def test_weapon_maker_is_no_target(
    extract: Extract, text: str, want: RootEvent, wrong: RootEvent
) -> None:
    assert_read_not(extract(text), want, wrong)


def test_a_weapon_shot_down_is_its_owners(extract: Extract) -> None:
    """The control: a weapon hit, not sent, names the state the force is aimed at."""
    got = root_events(extract("Israel shot down Iranian drones on Monday."))
    assert ("ISR", "IRN", "19", "asserted") in got


def test_instrument_tokens(nlp: Any) -> None:
    doc = nlp("Russia struck Odesa with North Korean missiles supplied by Pyongyang.")
    struck = doc[1]
    means = {doc[i].text for i in instrument_tokens(struck, "19", doc[:])}
    assert {"North", "Korean", "missiles", "Pyongyang"} <= means
    assert "Odesa" not in means
    assert not instrument_tokens(struck, "04", doc[:])  # not an act of force: no means read


def test_weapon_maker_is_the_last_role_stage() -> None:
    """Every earlier stage that may read the maker ran before it drops it."""
    assert POLICY.roles[-1] is instruments.weapon_maker


@pytest.mark.parametrize(
    WANT_NOT_WRONG,
    [
        (
            "Brazil criticized the sanctions in an interview with a French newspaper.",
            ("BRA", "", "11", "asserted"),
            ("BRA", "FRA", "11", "asserted"),
        ),
        (
            "Hungary criticized the plan in comments to Austrian radio.",
            ("HUN", "", "11", "asserted"),
            ("HUN", "AUT", "11", "asserted"),
        ),
        (
            "Armenia denounced the blockade in a statement carried by Mexican state media.",
            ("ARM", "", "11", "asserted"),
            ("ARM", "MEX", "11", "asserted"),
        ),
        (
            "Kenya's president criticized Uganda in an interview with an Italian newspaper.",
            ("KEN", "UGA", "11", "asserted"),
            ("KEN", "ITA", "11", "asserted"),
        ),
    ],
)
def test_statement_outlet_is_no_target(
    extract: Extract, text: str, want: RootEvent, wrong: RootEvent
) -> None:
    assert_read_not(extract(text), want, wrong)


def test_channel_tokens_keep_the_topic(nlp: Any) -> None:
    """The outlet ("on X television") is skipped, the statement's topic ("on X's decision")
    is not."""
    doc = nlp("In an interview on Bolivian television, Chile criticized the plan.")
    assert {"Bolivian", "television"} <= {doc[i].text for i in channel_tokens(doc[8], doc[:])}
    doc = nlp("Chile made the remarks in a statement on Bolivia's decision.")
    assert "Bolivia" not in {doc[i].text for i in channel_tokens(doc[1], doc[:])}


@pytest.mark.parametrize(
    WANT_NOT_WRONG,
    [
        (
            "Japan's prime minister condemned the launch.",
            ("JPN", "", "11", "asserted"),
            ("JPN", "JPN", "11", "asserted"),
        ),
        (
            "Israel's ambassador to Germany criticized the decision.",
            ("ISR", "", "11", "asserted"),
            ("ISR", "ISR", "11", "asserted"),
        ),
        (
            "The Egyptian foreign ministry urged restraint.",
            ("EGY", "", "02", "asserted"),
            ("EGY", "EGY", "02", "asserted"),
        ),
        (
            "The Indian opposition criticized the decision.",  # the control: a domestic act
            ("IND", "IND", "11", "asserted"),
            ("IND", "", "11", "asserted"),
        ),
    ],
)
def test_judging_government_is_no_home_target(
    extract: Extract, text: str, want: RootEvent, wrong: RootEvent
) -> None:
    assert_read_not(extract(text), want, wrong)


@pytest.mark.parametrize(
    WANT_NOT_WRONG,
    [
        (
            "During a visit to Egypt, the Turkish president condemned the strikes.",
            ("TUR", "", "11", "asserted"),
            ("TUR", "EGY", "11", "asserted"),
        ),
        (
            "In a speech in Paris, the Ukrainian president thanked allies.",
            ("UKR", "", "05", "asserted"),
            ("UKR", "FRA", "05", "asserted"),
        ),
        (
            "The German chancellor said in Madrid that the attack was unacceptable.",
            ("DEU", "", "11", "asserted"),
            ("DEU", "ESP", "11", "asserted"),
        ),
        (
            "On a visit to Kyiv, the Polish president pledged more military aid.",  # the control
            ("POL", "UKR", "03", "asserted"),
            ("POL", "", "03", "asserted"),
        ),
    ],
)
def test_speaker_place_is_no_target(
    extract: Extract, text: str, want: RootEvent, wrong: RootEvent
) -> None:
    assert_read_not(extract(text), want, wrong)


@pytest.mark.parametrize(
    WANT_NOT_WRONG,
    [
        (
            "Japan called for closer security cooperation against North Korea's nuclear threat.",
            ("JPN", "", "02", "asserted"),
            ("JPN", "PRK", "02", "asserted"),
        ),
        (
            "Poland called for unity against Russian aggression.",
            ("POL", "", "02", "asserted"),
            ("POL", "RUS", "02", "asserted"),
        ),
        (
            "Japan and South Korea agreed to cooperate against North Korea's missile threat.",
            ("JPN", "KOR", "03", "asserted"),
            ("JPN", "PRK", "03", "asserted"),
        ),
        (
            "Canada imposed sanctions against Iran.",  # the control: a conflictual act
            ("CAN", "IRN", "16", "asserted"),
            ("CAN", "", "16", "asserted"),
        ),
    ],
)
def test_common_adversary_is_no_target(
    extract: Extract, text: str, want: RootEvent, wrong: RootEvent
) -> None:
    assert_read_not(extract(text), want, wrong)
