"""fresh14's hedged-act classes (fact26) on minimal sentences: advice ("should not", "ought
(not) to") is possible, "does not plan to V" the act negated, an unrequested "ruled out V-ing"
the act negated (a requested one the refusal), a response or a complaint to a body aimed at the
state it answers. The suite's tables: ``phenomena_fact26.py``.
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, root_events

from realpolitik.extract._advised import advised
from realpolitik.extract._pending_acts import unplanned


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kenya should not expel Ugandan diplomats.", ("KEN", "UGA", "16", "possible")),
        ("Kenya ought not to expel Ugandan diplomats.", ("KEN", "UGA", "16", "possible")),
        ("Kenya ought to impose sanctions on Uganda.", ("KEN", "UGA", "16", "possible")),
        ("Kenya must not attack Uganda.", ("KEN", "UGA", "19", "possible")),
        ("Japan does not plan to impose sanctions on Russia.", ("JPN", "RUS", "16", "negated")),
        ("Japan is not planning to attack China.", ("JPN", "CHN", "19", "negated")),
        ("Chile ruled out imposing sanctions on Argentina.", ("CHL", "ARG", "16", "negated")),
        ("Peru ruled out holding talks with Bolivia.", ("PER", "BOL", "04", "negated")),
        ("Argentina asked Chile to close the border. Chile ruled out closing the border.",
         ("CHL", "ARG", "12", "asserted")),
        ("Togo expelled two Ghanaian diplomats. Accra would not retaliate.",
         ("GHA", "TGO", "19", "negated")),
        ("Togo imposed tariffs on Ghanaian goods. Accra responded with tariffs of its own.",
         ("GHA", "TGO", "16", "asserted")),
        ("Togo deported 40 Ghanaian traders. Ghana lodged a complaint with the African Union.",
         ("GHA", "TGO", "11", "asserted")),
        ("Ghana and Togo share a busy border. Ghana should not threaten to close the border "
         "over each robbery.", ("GHA", "TGO", "13", "possible")),
        ("Argentina imposed tariffs on Chilean wine. Boric said Chile wanted no row with Buenos "
         "Aires and ruled out sealing the border.", ("CHL", "ARG", "19", "negated")),
    ],
)  # fmt: skip
def test_fact26_keys(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """Each class gives its act with its own parties and factuality."""
    got = root_events(extract(text))
    assert key in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Chile ruled out imposing sanctions on Argentina.",
        "Kenya should not expel Ugandan diplomats.",
        "Togo deported 40 Ghanaian traders. Ghana did not complain to the African Union.",
        "Argentina imposed tariffs on Chilean wine. Chile ruled out closing the border.",
    ],
)
def test_no_refusal_or_body_target(extract: Extract, text: str) -> None:
    """Nothing asked, nothing refused (no 12x); a body is never the complaint's target; the
    act is never aimed at its doer's own state."""
    got = root_events(extract(text))
    assert all(r != "12" and not t.startswith("IGO") and s != t for s, t, r, _ in got), got


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("Kenya should not expel the envoy.", "expel", True),
        ("Kenya ought not to expel the envoy.", "expel", True),
        ("Kenya did not expel the envoy.", "expel", False),
        ("Kenya would not expel the envoy.", "expel", False),
    ],
)
def test_advised(nlp: Any, text: str, word: str, want: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert advised(tok) is want


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("Japan does not plan to attack China.", "attack", True),
        ("Japan never intended to attack China.", "attack", True),
        ("Japan plans to attack China.", "attack", False),
        ("Japan did not want to attack China.", "attack", False),
    ],
)
def test_unplanned(nlp: Any, text: str, word: str, want: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert unplanned(tok) is want


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda share a long border. Kenyan police did not arrest the protesters.",
        "Kenya and Uganda share a long border. Kenyan farmers did not protest.",
        "Canada has never gone to war for Britain.",
    ],
)
def test_home_acts_keep_no_neighbour(extract: Extract, text: str) -> None:
    """Arrests, a domestic protest and an act whose own phrase names the other state in another
    role are not aimed at the paragraph's other state."""
    got = root_events(extract(text))
    assert all(t not in ("UGA", "GBR") for _, t, _, _ in got), got


def test_inverted_should_is_no_advice(nlp: Any) -> None:
    """ "Should X attack such a force, ...": a condition by inversion, not advice."""
    tok = next(t for t in nlp("Should Turkey attack such forces, Berlin would respond.")
               if t.text == "attack")  # fmt: skip
    assert not advised(tok)
