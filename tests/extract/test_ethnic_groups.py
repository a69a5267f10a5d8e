"""Ethnic groups are coded as the state they live in (PLOVER coders' convention)."""

from __future__ import annotations

from collections.abc import Callable

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _pairs(ex: Extraction) -> set[tuple[str, str]]:
    return {(e.source.code[:3], e.target.code[:3] if e.target else "") for e in ex.events}


def test_ethnic_group_takes_its_host_state(extract: Extract) -> None:
    ex = extract("Georgian police arrested four ethnic Armenians in southern Georgia.")
    assert _pairs(ex) == {("GEO", "GEO")}
    ex = extract("Ethnic Uzbek militants operating in Kyrgyzstan attacked a border post.")
    assert {s for s, _ in _pairs(ex)} == {"KGZ"}


def test_a_people_of_a_state(extract: Extract) -> None:
    ex = extract("The Hungarians of northern Serbia demanded more autonomy from Belgrade.")
    assert _pairs(ex) == {("SRB", "SRB")}


def test_without_ethnic_or_of_the_demonym_stays(extract: Extract) -> None:
    ex = extract("Armenian troops shelled Azerbaijani positions in Karabakh.")
    assert _pairs(ex) == {("ARM", "AZE")}
    ex = extract("Ethnic Armenians protested in Yerevan on Monday.")  # no other state named
    assert {s for s, _ in _pairs(ex)} == {"ARM"}


def test_a_peoples_acts_without_target_are_domestic(extract: Extract) -> None:
    ex = extract("Ethnic Uzbeks in Kyrgyzstan have vowed to fight on.")
    assert _pairs(ex) == {("KGZ", "KGZ")}
    ex = extract("Kyrgyzstan has vowed to fight on.")  # the state itself names no home target
    assert _pairs(ex) == {("KGZ", "")}


def test_a_stance_prefix_names_the_other_side(extract: Extract) -> None:
    ex = extract("An anti-Iran journalist was shot dead in Baghdad on Monday.")
    assert {t for _, t in _pairs(ex)} == {"IRQ"}
    ex = extract("Pro-Russian separatists shelled government positions in eastern Ukraine.")
    assert {s for s, _ in _pairs(ex)} == {"UKR"}
