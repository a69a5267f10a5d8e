"""Round 19's leftovers (leftovers22) on minimal sentences: denied reports, acts held in
prospect by a noun (no plans, talks, verge), acts another is kept from, a modal set off by an
attribution ("X could, officials said, V Y") and troops rushed or redeployed. The suite's tables:
``phenomena_leftovers22.py``.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, root_events


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Egypt dismissed reports that it had shelled Sudan.", ("EGY", "SDN", "19", "negated")),
        ("Egypt dismissed reports that it had shelled Sudan.", ("EGY", "SDN", "01", "asserted")),
        ("China denied claims that it had sent troops to Myanmar.",
         ("CHN", "MMR", "07", "negated")),
        ("Poland rejected allegations that it had attacked Belarus.",
         ("POL", "BLR", "19", "negated")),
        ("Japan has no plans to impose sanctions on Russia.", ("JPN", "RUS", "16", "negated")),
        ("Canada has no intention to expel Indian diplomats.", ("CAN", "IND", "16", "negated")),
        ("Turkey is in talks to buy jets from Sweden.", ("TUR", "SWE", "06", "possible")),
        ("Israel is on the verge of invading Lebanon.", ("ISR", "LBN", "19", "possible")),
        ("Russia is on the brink of attacking Georgia.", ("RUS", "GEO", "19", "possible")),
        ("Kenya prevented Somalia from sending troops to Ethiopia.",
         ("KEN", "SOM", "12", "asserted")),
        ("Japan stopped Vietnam from sending warships to Cuba.", ("JPN", "VNM", "12", "asserted")),
        ("Algeria stopped Italy from exporting grain to Chile.", ("DZA", "ITA", "12", "asserted")),
        ("China could, diplomats said, impose sanctions on Japan.",
         ("CHN", "JPN", "16", "possible")),
        ("Taiwan could, officials said, impose tariffs on the Philippines.",
         ("TWN", "PHL", "16", "possible")),
        ("Amman may, officials said, impose sanctions on Vietnam.",  # "may" tagged a name
         ("JOR", "VNM", "16", "possible")),
        ("Russia is set to rush thousands more troops to Belarus.",
         ("RUS", "BLR", "15", "possible")),
    ],
)  # fmt: skip
def test_leftover_keys(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """Each class gives its act with its own parties and factuality."""
    got = root_events(extract(text))
    assert key in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Israel is on the verge of invading Lebanon.",
        "Kenya prevented Somalia from sending troops to Ethiopia.",
        "India barred Pakistan from attacking Afghanistan.",
        "Iran dismissed reports that it had sent drones to Russia.",
        "Minsk would, two officials said, impose tariffs on Morocco.",
    ],
)
def test_nothing_kept_or_denied_is_asserted(extract: Extract, text: str) -> None:
    """The act close at hand, kept from or denied is never asserted (only the keeping, 120, and
    the denial, 016, are)."""
    got = root_events(extract(text))
    assert all(f != "asserted" or r in ("12", "01") for _, _, r, f in got), got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("China barred Taiwan's officials from entering the country.", "172"),
        ("Russia stopped Georgian lorries from entering the country.", "191"),
        ("Russia stopped imports from Georgia.", "163"),
    ],
)
def test_kept_from_keeps_object_readings(extract: Extract, text: str, code: Any) -> None:
    """An entry ban or a restriction of movement keeps its own code, not the generic 120."""
    got = {c for _, _, c, _ in code_events(extract(text))}
    assert code in got, got
