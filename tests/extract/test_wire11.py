"""practice27's classes MV, IN, AC and OT (bench/gold/reviews/practice27_classes.md) on minimal
sentences: a person flown to Y by X (him, the freed cleric, the defectors) is no visit of X's
(042); an initialled agenda, draft text or framework of talks is a signing (057), as an
initialled accord; a clause with its own subject after a closed ", one of whom ..." is the
main clause's conjunct, no part of the relative clause; a place named by its people's faith
("the Christian enclave") lies in the paragraph's other state, else the doer's home. The
suite's w11_ rows cross them with every state (tests/extract/phenomena_wire11.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import root_events

from realpolitik.models import Extraction

Key = tuple[str, str, str, str]


@pytest.mark.parametrize(
    "text",
    [
        "Chile freed the Peruvian dissident on Monday and flew him to Lima.",
        "Egypt flew the freed Libyan pilot to Tripoli on Sunday.",
        "Turkey released two Syrian defectors and flew them to Damascus.",
    ],
)
def test_flying_someone_is_no_visit(text: str, extract: Callable[..., Extraction]) -> None:
    keys = root_events(extract(text, date="1997-10-01"))
    assert not any(k[2] == "04" for k in keys)


def test_flying_oneself_stays_a_visit(extract: Callable[..., Extraction]) -> None:
    keys = root_events(extract("Egypt's president flew to Libya on Sunday.", date="1997-10-01"))
    assert ("EGY", "LBY", "04", "asserted") in keys


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru and Chile initialled an agenda for peace negotiations on Tuesday.", ("PER", "CHL")),
        ("Russia and Ukraine initialled a framework for talks.", ("RUS", "UKR")),
        ("India and Pakistan initialled a draft text on trade.", ("IND", "PAK")),
    ],
)
def test_initialled_text_is_signed(
    text: str, pair: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    keys = root_events(extract(text, date="1993-09-14"))
    a, b = pair
    assert (a, b, "05", "asserted") in keys
    assert (b, a, "05", "asserted") in keys


def test_discussed_agenda_is_no_signing(extract: Callable[..., Extraction]) -> None:
    keys = root_events(
        extract("Peru and Chile discussed an agenda for peace talks.", date="1993-09-14")
    )
    assert not any(k[2] == "05" for k in keys)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Jordan granted asylum on Thursday to two of the Iraqi leader's sons-in-law, one of"
            " whom ran Iraq's weapons programmes, and Baghdad accused Amman of harbouring traitors.",
            ("IRQ", "JOR"),
        ),
        (
            "The king gave refuge on Monday to three of the Syrian president's nephews, one of"
            " whom ran Syria's secret police, and Damascus accused Amman of sheltering criminals.",
            ("SYR", "JOR"),
        ),
    ],
)
def test_clause_after_one_of_whom_is_the_main_conjunct(
    text: str, want: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    keys = root_events(extract(text, date="1995-08-10"))
    assert (*want, "11", "asserted") in keys


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lebanon declared war on Syria's troops in Lebanon on Tuesday, and Syrian artillery"
            " pounded the Christian enclave in reply.",
            ("SYR", "LBN"),
        ),
        (
            "Chad accused Libya of massing troops on its border, and Libyan gunners shelled"
            " Moslem villages hours later.",
            ("LBY", "TCD"),
        ),
        ("Iraqi troops pounded Shiite villages on Monday.", ("IRQ", "IRQ")),
    ],
)
def test_faith_named_place_lies_in_the_other_state(
    text: str, want: tuple[str, str], extract: Callable[..., Extraction]
) -> None:
    keys = root_events(extract(text, date="1989-03-14"))
    assert any(k[:3] == (*want, "19") for k in keys)
