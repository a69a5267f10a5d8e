"""Round 19's future-time, conditional-threat and agentless-harm classes (fut25; fresh13's FT,
TH, AP) on minimal sentences. The suite's tables: ``phenomena_fut25.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, root_events

from realpolitik.extract._future_time import future_time_clause, time_clause_governor
from realpolitik.extract.factuality import factuality_of


@pytest.mark.parametrize(
    "text",
    [
        "Ruto said he would raise the matter with President Museveni when the two meet at the "
        "regional summit next month.",
        "Erdogan said he would raise the matter with Lukashenko when the two leaders meet in "
        "Baghdad next month.",
        "Turkey will press Belarus on the fishing dispute by the time Erdogan and Lukashenko "
        "meet in Baghdad.",
        "Chile said he would press Peru on the dispute by the time Boric and Boluarte meet in "
        "Lima, officials said.",
    ],
)
def test_future_time_clause_asserts_nothing(extract: Extract, text: str) -> None:
    """A present-tense time clause under a future main clause lies ahead: nothing asserted."""
    got = root_events(extract(text))
    assert all(f != "asserted" for *_, f in got), got


def test_past_time_clause_stays_asserted(extract: Extract) -> None:
    got = root_events(
        extract(
            "Erdogan raised the matter with Lukashenko when the two met at the summit last month."
        )
    )
    assert ("TUR", "BLR", "04", "asserted") in {(s[:3], t[:3], r, f) for s, t, r, f in got}, got


@pytest.mark.parametrize(
    ("text", "word", "ahead"),
    [
        ("Poland will sign the deal once it is ratified by Ukraine.", "ratified", True),
        ("Brazil will lift the tariffs as soon as the two governments sign the deal.", "sign", True),
        ("Egypt will ask Ethiopia to release water by the time the ministers meet.", "meet", True),
        ("Japan is expected to press China after the two leaders meet.", "meet", True),
        ("Japan pressed China after the two leaders met.", "met", False),
        ("Japan presses China whenever the two leaders meet.", "meet", False),
        ("Japan will press China because the two leaders disagree.", "disagree", False),
    ],
)  # fmt: skip
def test_future_time_clause(nlp: object, text: str, word: str, ahead: bool) -> None:
    doc = nlp(text)  # type: ignore[operator]
    tok = next(t for t in doc if t.text == word)
    assert future_time_clause(tok) is ahead
    if ahead:
        assert factuality_of(tok) == "possible"


def test_time_clause_governor_needs_present(nlp: object) -> None:
    doc = nlp("Japan will press China when the two leaders met.")  # type: ignore[operator]
    assert time_clause_governor(doc[-2]) is None
