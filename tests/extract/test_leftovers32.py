"""Round 24's leftovers (leftovers32) on minimal sentences: portfolio ministers as titles, checks
on another state's goods, "each ... the other", ranks owned against a namesake, counted
delegations, a refused request "it", passive threats of force, "cautioned that Y would pay".
The suite's tables: ``phenomena_leftovers32.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events


def _has(got: set[tuple[str, str, str, str]], src: str, tgt: str, root: str) -> bool:
    return any(e[0] == src and e[1] == tgt and e[2][:2] == root for e in got)


@pytest.mark.parametrize(
    ("text", "src", "tgt", "root"),
    [
        (
            "Hungarian Energy Minister Gabor Kovacs spoke on Monday. He offered aid to Austria.",
            "HUN",
            "AUT",
            "03",
        ),
        (
            "Chile's agriculture minister Ana Soto spoke on Monday. She accused Peru of dumping.",
            "CHL",
            "PER",
            "11",
        ),
        ("Poland imposed checks on Czech lorries.", "POL", "CZE", "16"),
        ("Italy imposed inspections on Slovenia's goods.", "ITA", "SVN", "16"),
        (
            "Armenia and Azerbaijan clashed on Monday. Each side accused the other of shelling.",
            "AZE",
            "ARM",
            "11",
        ),
        ("General Kim of South Korea's army met Japan's defence minister.", "KOR", "JPN", "04"),
        ("South Korea's General Kim accused North Korea of firing shells.", "KOR", "PRK", "11"),
        (
            "Kenya and Uganda opened talks on Monday. The two delegations signed a trade deal.",
            "UGA",
            "KEN",
            "05",
        ),
        (
            "Italy received a request from Azerbaijan to hand over the suspects but rejected it.",
            "ITA",
            "AZE",
            "12",
        ),
        ("Nepal got an appeal from India for aid.", "IND", "NPL", "02"),
        ("Serbia said Kosovo's forces would be met with force.", "SRB", "KSV", "13"),
        ("Turkey cautioned that Greece would pay a heavy price.", "TUR", "GRC", "13"),
    ],
)
def test_leftover_classes(extract: Extract, text: str, src: str, tgt: str, root: str) -> None:
    got = code_events(extract(text))
    assert _has(got, src, tgt, root), got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda opened talks on Monday. The two football teams met on Tuesday.",
        "Kenya, Uganda and Tanzania met on Monday. Each country will send troops to Somalia.",
    ],
)
def test_no_pair_read(extract: Extract, text: str) -> None:
    """A sports team, or "each" with no "the other", names no pair of the story's states."""
    got = [e for e in extract(text).events if e.sentence_index == 1]
    assert not [e for e in got if e.target is not None and e.cameo[:2] == "04"], got


def test_table_person_kept(extract: Extract) -> None:
    """A table person of the owner's own state stays the table's."""
    got = code_events(extract("North Korea's leader Kim Jong Un criticised South Korea."))
    assert _has(got, "PRK", "KOR", "11"), got


def test_protesters_met_with_force_no_threat(extract: Extract) -> None:
    """ "met with force" with no reporting state is no threat."""
    got = code_events(extract("The protesters were met with force."))
    assert not got, got
