"""A recognised breakaway region is no recognition of its state (``parties.recognised_regions``),
while acts on the region stay acts on its state and a recognised state keeps its target."""

from __future__ import annotations

import pytest

from realpolitik import extract_text


def _events(text: str) -> set[tuple[str, str, str, str]]:
    out = set()
    for e in extract_text(text, date="2009-05-01").events:
        d = e.to_dict()
        src = d["source"]["country"] if d["source"] else ""
        tgt = d["target"]["country"] if d["target"] else ""
        out.add((src or "", tgt or "", e.cameo, e.factuality))
    return out


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "Russia recognised South Ossetia and Abkhazia as independent states.",
            ("RUS", "GEO", "054", "asserted"),
            ("RUS", "", "054", "asserted"),
        ),
        (
            "Nicaragua recognized Abkhazia on Thursday.",
            ("NIC", "GEO", "054", "asserted"),
            ("NIC", "", "054", "asserted"),
        ),
        (
            "Armenia has never recognised Nagorno-Karabakh.",
            ("ARM", "AZE", "054", "negated"),
            ("ARM", "", "054", "negated"),
        ),
    ],
)
def test_recognised_region_has_no_state_target(text: str, gone: tuple, kept: tuple) -> None:
    got = _events(text)
    assert gone not in got
    assert kept in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia recognised Georgia in 1992.", ("RUS", "GEO", "054", "asserted")),
        ("Britain recognised Kosovo on Monday.", ("GBR", "KSV", "054", "asserted")),
        ("Russian tanks rolled into South Ossetia.", ("RUS", "GEO", "190", "asserted")),
    ],
)
def test_states_and_acts_on_regions_keep_their_target(text: str, want: tuple) -> None:
    assert want in _events(text)
