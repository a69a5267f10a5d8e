"""fresh19's lexicon and act-frame classes (lex32) on minimal sentences with several states:
visas scrapped for each other (D), visa exemptions ended and transit permits stopped (J),
people flown home after a release or by their own side (A). The suite's tables:
``phenomena_lex32.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kenya scrapped visas for Tanzanian citizens.", ("KEN", "TZA", "081", "asserted")),
        ("Kenya suspended the visa exemption for Tanzanian citizens.",
         ("KEN", "TZA", "172", "asserted")),
        ("Officials said Nairobi would not scrap the visa exemption for Tanzanian citizens.",
         ("KEN", "TZA", "172", "negated")),
        ("Kenya ended visa-free travel for Tanzanian citizens.", ("KEN", "TZA", "172", "asserted")),
        ("Kenya has stopped issuing transit permits to Tanzanian lorries at Namanga.",
         ("KEN", "TZA", "191", "asserted")),
        ("Kenya halted issuing permits to Tanzanian trucks at the border.",
         ("KEN", "TZA", "191", "asserted")),
        ("Peru released the six Chilean fishermen and flew them home on Friday.",
         ("PER", "CHL", "0841", "asserted")),
        ("Kenya reintroduced visas for Tanzanian citizens.", ("KEN", "TZA", "172", "asserted")),
        ("Kenya granted visa-free entry to Tanzanian citizens.",
         ("KEN", "TZA", "081", "asserted")),
        ("Kenya resumed issuing transit permits to Tanzanian lorries.",
         ("KEN", "TZA", "081", "asserted")),
    ],
)  # fmt: skip
def test_fresh19_lexicon(extract: Extract, text: str, want: tuple[str, str, str, str]) -> None:
    got = code_events(extract(text))
    assert want in got, got


def test_agreed_to_scrap_visas_is_no_threat(extract: Extract) -> None:
    got = code_events(
        extract("Chile and Argentina agreed to scrap visas for each other's citizens.")
    )
    roots = {(s, t, c[:2]) for s, t, c, _ in got}
    assert roots == {("CHL", "ARG", "03"), ("ARG", "CHL", "03")}, got


@pytest.mark.parametrize(
    "text",
    [
        "Peru released the six Chilean fishermen and flew them home on Friday.",
        "Peru freed the six Chilean fishermen and sent them home.",
        "Danish police detained three Norwegian sailors after a fight. Norway's defence ministry "
        "apologised and said the three men had been sent home.",
    ],
)
def test_no_deportation(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert not any(c.startswith("174") for _, _, c, _ in got), got


def test_detained_and_sent_home_is_a_deportation(extract: Extract) -> None:
    got = code_events(extract("Egypt detained 40 Sudanese workers and sent them home on Monday."))
    assert ("EGY", "SDN", "174", "asserted") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya stopped granting transit permits to Tanzanian hauliers.",
        "Kenya stopped granting visas to Tanzanian officials.",
    ],
)
def test_stopped_granting_is_one_act(extract: Extract, text: str) -> None:
    """The stopped granting is the stop's content (``ctl``), never a grant (08) of its own."""
    got = code_events(extract(text))
    assert got and not any(c.startswith("08") for _, _, c, _ in got), got
