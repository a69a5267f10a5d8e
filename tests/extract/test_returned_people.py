"""Agentless passive returns of held people (leftovers67): their return (084), not a removal."""

from __future__ import annotations

import pytest

from realpolitik import extract_text


def _events(text: str) -> set[tuple[str, str, str]]:
    got = [e.to_dict() for e in extract_text(text, date="2025-05-01").events]
    return {(d["source"]["code"], (d["target"] or {}).get("code", ""), d["cameo"]) for d in got}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Forty children were returned to Ukraine on Tuesday.", ("---", "UKR", "084")),
        ("Two fishermen were repatriated to India.", ("---", "IND", "084")),
        ("The remains of 12 soldiers were handed back to Ukraine.", ("---", "UKR", "084")),
        (
            "India detained 12 Pakistani fishermen in March. The fishermen were repatriated to "
            "Pakistan on Friday.",
            ("IND", "PAK", "084"),
        ),
    ],
)
def test_returned_people(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two journalists were deported to Turkey.",
        "Thirty migrants were returned to Mexico on Friday.",
        "Forty children were returned to school on Tuesday.",
    ],
)
def test_removals_and_travel_are_no_return(text: str) -> None:
    assert not any(code.startswith("08") for _, _, code in _events(text))
