"""Leftovers35 (issue 9): "will / would not V unless / until Y ..." is a refusal held against
a condition (``_codebook.would_not``); a denied or charged support gerund read as a compound
is the act (``_charged_gerunds``) and support for an armed group is a charge
(``_denied_charge.charged_deed``); "of having V-ed" reads as the gerund
(``parties.reason_clauses``); "X's envoy is to be summoned" takes the raised subject as the
summoned (``_raised_passives``); a criticism or complaint discarded is 016."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events


def _roots(ex: object) -> set[tuple[str, str, str, str]]:
    return {(s, t, c[:2], f) for s, t, c, f in code_events(ex)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey would not resume talks with Greece unless Athens withdrew its ships.",
        "India will not hold talks with Pakistan until Islamabad ends its attacks.",
        "Kenya will not sign the accord unless Uganda lifts its tariffs.",
    ],
)
def test_a_refusal_held_against_a_condition(extract: Extract, text: str) -> None:
    got = _roots(extract(text))
    assert any(c == "12" and f == "asserted" and t != "" for _, t, c, f in got)
    assert not any(f == "negated" for *_, f in got)


def test_a_hypothetical_would_not_stays_no_refusal(extract: Extract) -> None:
    got = _roots(extract("Chile would not attack Peru if Peru withdrew its troops."))
    assert not any(c == "12" for _, _, c, _ in got)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Russia denied funding separatists in Ukraine.", "07"),
        ("Iran denied training militants in Iraq.", "06"),
        ("Nigeria denied supplying weapons to rebels in Chad.", "07"),
        ("Colombia again denied spying on Mexico.", "09"),
    ],
)
def test_denied_support_or_spying_is_a_denied_charge(
    extract: Extract, text: str, root: str
) -> None:
    got = _roots(extract(text))
    assert any(c == "01" and f == "asserted" for _, _, c, f in got)
    assert any(c == root and f == "negated" for _, _, c, f in got)
    assert not any(c == root and f == "asserted" for _, _, c, f in got)


def test_spying_for_a_state_is_no_spying_on_it(extract: Extract) -> None:
    got = _roots(extract("Police arrested a man spying for Turkey, Greek officials said."))
    assert not any(c == "09" for _, _, c, _ in got)


def test_accused_of_having_v_ed(extract: Extract) -> None:
    got = _roots(extract("Kenya accused Somalia of having detained Kenyan traders."))
    assert ("KEN", "SOM", "11", "asserted") in got
    assert ("SOM", "KEN", "17", "reported") in got


def test_an_accused_ceasefire_breach_wrongs_the_accuser(extract: Extract) -> None:
    got = _roots(extract("Armenia accused Azerbaijan of violating the ceasefire."))
    assert ("AZE", "ARM", "19", "reported") in got


def test_a_friendly_accused_act_stays_background(extract: Extract) -> None:
    text = "The United States accused Rwanda of supporting M23 rebels in eastern Congo."
    assert not any(s == "RWA" for s, *_ in _roots(extract(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Uganda's ambassador is to be summoned, Kenya said.",
        "The Ugandan envoy is expected to be summoned by Kenya.",
        "Uganda's ambassador is set to be summoned, Kenya said.",
    ],
)
def test_a_summons_ahead_is_the_summoners(extract: Extract, text: str) -> None:
    got = _roots(extract(text))
    assert ("KEN", "UGA", "11", "possible") in got
    assert not any(s == "UGA" for s, *_ in got)


@pytest.mark.parametrize(
    "verb", ["rebuffed", "brushed aside", "shrugged off", "spurned", "waved away", "dismissed"]
)
def test_a_discarded_criticism_is_a_denial(extract: Extract, verb: str) -> None:
    got = _roots(extract(f"China {verb} Japan's criticism."))
    assert ("CHN", "JPN", "01", "asserted") in got
    assert not any(c == "12" for _, _, c, _ in got)


def test_accused_spying_on_its_ground_is_aimed_at_the_accuser(extract: Extract) -> None:
    got = _roots(extract("Japan accused Taiwan of spying on its military bases."))
    assert ("JPN", "TWN", "11", "asserted") in got
    assert ("TWN", "JPN", "09", "reported") in got


def test_denied_spying_with_its_target_hung_on_the_denial(extract: Extract) -> None:
    got = _roots(extract("Brasilia flatly denied spying on Vietnam."))
    assert ("BRA", "VNM", "09", "negated") in got
