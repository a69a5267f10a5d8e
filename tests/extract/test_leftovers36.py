"""leftovers36's rules, one sentence each: a resolved act is no asserted act, troops sent
along a border are a buildup, and the states listed after "N countries, including" are each
a target."""

from __future__ import annotations

from collections.abc import Callable

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.country or "", e.target.country if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


def test_a_resolved_attack_is_not_asserted(extract: Extract) -> None:
    got = _events(extract("Turkey has made up its mind to invade Syria."))
    assert ("TUR", "SYR", "19", "possible") in got
    assert not any(f == "asserted" for *_, f in got)
    got = _events(extract("Brazil is resolved to strike Italy."))
    assert any(s == "BRA" and t == "ITA" and f == "possible" for s, t, _, f in got)


def test_troops_sent_along_a_border_are_a_buildup(extract: Extract) -> None:
    got = _events(extract("Ecuador dispatched troops along its border with Colombia."))
    assert ("ECU", "COL", "15", "asserted") in got
    assert not any(r == "07" for _, _, r, _ in got)


def test_each_state_after_including_is_a_target(extract: Extract) -> None:
    got = _events(
        extract("Russia invited leaders of several states, including France, Germany and Italy.")
    )
    assert {t for _, t, r, _ in got if r == "03"} == {"FRA", "DEU", "ITA"}
    # a count of other things lists no states of the count
    got = _events(extract("Russia invited leaders of several groups, including France."))
    assert {t for _, t, r, _ in got if r == "03"} <= {"FRA"}
