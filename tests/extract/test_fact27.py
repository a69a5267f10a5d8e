"""Round 21's factuality classes (fact27; fresh15's FT, NC, PA, RD) on minimal sentences. The
suite's tables: ``phenomena_fact27.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, root_events


def _keys(got: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str, str]]:
    return {(s[:3], t[:3], r, f) for s, t, r, f in got}


@pytest.mark.parametrize(
    "text",
    [
        "Togo and Benin share a long border. Togo's president said the border would reopen once "
        "the two governments had agreed on joint customs checks.",
        "Chile and Peru share a long border. Lima said the crossing would be reopened as soon as "
        "the two governments had signed a transit accord.",
    ],
)
def test_shifted_perfect_asserts_nothing(extract: Extract, text: str) -> None:
    """A past perfect time clause under a past modal (reported speech) lies ahead (FT)."""
    got = root_events(extract(text))
    assert got and all(f != "asserted" for *_, f in got), got


def test_plain_past_perfect_stays_asserted(extract: Extract) -> None:
    got = _keys(
        root_events(
            extract("The border reopened once Togo and Benin had agreed on joint customs checks.")
        )
    )
    assert any(f == "asserted" for *_, f in got), got


def test_threat_never_carried_out_negates_the_act(extract: Extract) -> None:
    got = _keys(
        root_events(
            extract(
                "Lome's threat to retaliate against Benin's cement, never carried out, soured "
                "relations."
            )
        )
    )
    assert ("TGO", "BEN", "19", "negated") in got, got


def test_pledged_supply_is_possible_trade(extract: Extract) -> None:
    got = _keys(root_events(extract("Estonia pledged to keep supplying electricity to Latvia.")))
    assert ("EST", "LVA", "03", "asserted") in got, got
    assert not any(r in ("06", "07") and f == "asserted" for *_, r, f in got), got


def test_unplaced_minister_states_readiness(extract: Extract) -> None:
    got = _keys(
        root_events(
            extract("The defence minister said Togo was ready to hold joint patrols with Benin.")
        )
    )
    assert ("TGO", "BEN", "03", "asserted") in got, got
    placed = _keys(
        root_events(
            extract(
                "Benin's defence minister said Togo was ready to hold joint patrols with Benin."
            )
        )
    )
    assert ("TGO", "BEN", "03", "asserted") not in placed, placed


@pytest.mark.parametrize(
    "text",
    [
        "Chile's fishing ban was never really about fish.",
        "Chile's trade with Argentina crawled through a narrow corridor for years.",
        "Argentina took Chile's ban on its apples as an insult.",
    ],
)
def test_characterised_act_noun_is_background(extract: Extract, text: str) -> None:
    """An act noun a clause only characterises is no event (NB)."""
    assert not root_events(extract(text))


def test_raised_act_noun_is_background(extract: Extract) -> None:
    got = root_events(
        extract(
            "Chilean coast guards detained 12 Argentine fishermen. President Milei said he "
            "would raise the detentions with President Boric when the two meet."
        )
    )
    assert ("CHL", "ARG", "17", "asserted") in got, got
    assert all(s != "---" for s, *_ in got), got  # (the detentions noun: no doerless act)
    assert all(f != "asserted" for s, *_, f in got if s == "ARG"), got


def test_told_participle_shares_the_report(extract: Extract) -> None:
    """A participle trailing a reported deed shares its report (FA); one trailing an
    announcement made as the speaker speaks stays asserted."""
    got = root_events(
        extract(
            "Latvia's foreign ministry said it had delivered a protest note to Tallinn, accusing "
            "Estonian border guards of beating a Latvian driver."
        )
    )
    assert got and all(f != "asserted" for *_, f in got), got
