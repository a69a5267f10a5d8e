"""practice27's classes (bench/gold/reviews/practice27_classes.md) on minimal sentences: a
territory, town or border "sealed off" is a closure (191), never a signing; "rocketed" with an
object is a missile strike (195); asking, begging or seeking forgiveness is an apology (055),
no appeal. The suite's w10_ rows cross them with every state
(tests/extract/phenomena_wire10.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import root_events

from realpolitik.models import Extraction

Key = tuple[str, str, str, str]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Israel sealed off the West Bank and Gaza Strip on Sunday.", ("ISR", "PSE")),
        ("Turkish troops sealed off the border with Iraq on Monday.", ("TUR", "IRQ")),
        ("Egypt sealed the Gaza Strip on Tuesday.", ("EGY", "PSE")),
        ("Indian troops sealed off the Pakistani border.", ("IND", "PAK")),
        ("The border with Syria was sealed off by Jordanian troops.", ("JOR", "SYR")),
    ],
)
def test_sealed_off_is_a_closure(
    text: str, want: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    keys = root_events(extract(text, date="1996-05-01"))
    assert (*want, "19", "asserted") in keys
    assert not any(k[2] == "05" for k in keys)


def test_sealed_deal_stays_a_signing(extract: Callable[..., Extraction]) -> None:
    keys = root_events(
        extract("Israel and Jordan sealed the deal with a handshake.", date="1994-07-25")
    )
    assert ("ISR", "JOR", "05", "asserted") in keys


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Israeli helicopter gunships rocketed Syrian positions on Sunday.", ("ISR", "SYR")),
        ("Iraqi jets rocketed an Iranian army convoy near the border.", ("IRQ", "IRN")),
        ("Russian warplanes rocketed Georgian border posts.", ("RUS", "GEO")),
    ],
)
def test_rocketed_is_a_strike(
    text: str, want: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    assert (*want, "19", "asserted") in root_events(extract(text, date="1996-05-01"))


def test_rocketing_prices_are_no_event(extract: Callable[..., Extraction]) -> None:
    assert not root_events(extract("Japan's exports to China rocketed in May.", date="1996-05-01"))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Germany asked Poland for forgiveness on Friday.", ("DEU", "POL")),
        ("Japan's prime minister begged China's forgiveness for the war.", ("JPN", "CHN")),
        ("Belgium's king sought the forgiveness of the Congolese people.", ("BEL", "COD")),
    ],
)
def test_asked_forgiveness_is_an_apology(
    text: str, want: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    keys = root_events(extract(text, date="2000-05-01"))
    assert (*want, "05", "asserted") in keys
    assert not any(k[2] == "02" for k in keys)


def test_asked_for_help_stays_an_appeal(extract: Callable[..., Extraction]) -> None:
    keys = root_events(extract("Kenya asked Uganda for help on Friday.", date="2000-05-01"))
    assert ("KEN", "UGA", "02", "asserted") in keys
