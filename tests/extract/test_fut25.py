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
        ("Chile would raise the dispute with Lima as soon as Chile and Lima sign the pact.", "sign", True),
        ("Kenya will sign the pact once Uganda and Lima ratify it.", "ratify", True),
        ("Japan will press China to sign the pact.", "sign", False),
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


def _keys(ex: object) -> set[tuple[str, str, str, str]]:
    return {(s[:3], t[:3], r, f) for s, t, r, f in root_events(ex)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Gunmen attacked a convoy of Kenyan lorries in northern Uganda on Monday. Kenya's "
         "transport minister said Nairobi would ship its goods via Tanzania if another lorry "
         "was ambushed.", ("KEN", "UGA", "13", "asserted")),
        ("Chile would buy its gas from Argentina instead if Bolivia raised prices again, the "
         "minister said.", ("CHL", "BOL", "13", "asserted")),
        ("Kenya said it would route its exports through Tanzania unless Uganda protected the "
         "convoys.", ("KEN", "UGA", "13", "asserted")),
        ("Kenya will close the border unless Uganda releases the traders.",
         ("KEN", "UGA", "13", "asserted")),
    ],
)  # fmt: skip
def test_held_out_step_is_a_threat(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """An economic or coercive step held out on another's condition is a threat (13) against
    the state that must meet it; the route state is no target."""
    got = _keys(extract(text))
    assert key in got, got
    assert not any(t in ("TZA", "ARG") for _, t, _, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Chile would buy more gas from Argentina if Argentina lowered its prices.",
        "Kenya said Nairobi would ship its goods via Tanzania next year.",
        "Kenya could close the border if the rains stopped.",
    ],
)
def test_no_threat_without_anothers_condition(extract: Extract, text: str) -> None:
    """A conditional offer to the partner itself, a plan, a hedge on the weather: no threat."""
    got = _keys(extract(text))
    assert not any(r == "13" for _, _, r, _ in got), got


def test_route_state_is_no_aid_recipient(extract: Extract) -> None:
    got = _keys(extract("Kenya shipped its goods via Tanzania after the attacks."))
    assert not any(r == "07" for _, _, r, _ in got), got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kenyan police detained 15 Ugandan traders at Busia on Monday. Three of the traders "
         "were beaten in custody, their union said.", ("KEN", "UGA", "18", "reported")),
        ("Chilean police arrested 20 Peruvian fishermen near Arica on Sunday. Several of the "
         "fishermen were tortured, Peru's foreign ministry said.", ("CHL", "PER", "18", "reported")),
        ("Indian border guards detained 12 Bangladeshi farmers on Tuesday. Two of them were "
         "beaten, their families said.", ("IND", "BGD", "18", "reported")),
        ("Kenyan police detained 15 Ugandan traders on Monday. They were assaulted in a cell.",
         ("KEN", "UGA", "18", "asserted")),
    ],
)  # fmt: skip
def test_agentless_harm_of_the_story_victims(
    extract: Extract, text: str, key: tuple[str, ...]
) -> None:
    got = _keys(extract(text))
    assert key in got, got


def test_agentless_harm_needs_a_story_act(extract: Extract) -> None:
    """Victims of no earlier act by another state get no doer from the story."""
    got = _keys(
        extract("Kenya hosted 15 Ugandan traders at a fair. Three of the traders were beaten.")
    )
    assert not any(s == "KEN" and r == "18" for s, _, r, _ in got), got
