"""The confidence scale: how an event's confidence moves with what extraction knew. Each
property is relative (a better-found argument never lowers it), so the scale can be retuned
without rewriting these tests; the ends of the scale are fixed."""

from __future__ import annotations

import itertools

import pytest

from realpolitik.extract import confidence as c
from realpolitik.extract.confidence import event_confidence

QUALITIES = sorted(
    {c.NAMED, c.COMPOSED, c.LISTED, c.OWNER, c.REFERRED, c.IN_PHRASE, c.DEFINITE, c.UNPLACED,
     c.SECTOR_WORD, c.GUESSED}
)  # fmt: skip


def test_the_argument_scale_is_ordered_as_documented() -> None:
    order = [c.NAMED, c.COMPOSED, c.LISTED, c.REFERRED, c.DEFINITE, c.UNPLACED, c.SECTOR_WORD,
             c.GUESSED]  # fmt: skip
    assert order == sorted(order, reverse=True) and len(set(order)) == len(order)
    assert c.OWNER == c.LISTED and c.IN_PHRASE == c.REFERRED  # ranked alike
    assert all(0 < f < 1 for f in (c.DEEP_IN_PHRASE, c.LOCATED, c.HOSTED, c.BACKGROUND))
    # a guessed argument never makes its event the news; a named one does
    assert c.GUESSED < c.NAMED_DOER <= c.NAMED


@pytest.mark.parametrize(("worse", "better"), list(itertools.pairwise(QUALITIES)))
def test_a_better_found_argument_never_lowers_confidence(worse: float, better: float) -> None:
    for code, conditions, path in (("190", 0, 1), ("0841", 2, 3)):
        assert event_confidence(code, conditions, better, c.NAMED, path) >= event_confidence(
            code, conditions, worse, c.NAMED, path
        )
        assert event_confidence(code, conditions, c.NAMED, better, path) >= event_confidence(
            code, conditions, c.NAMED, worse, path
        )


def test_specific_codes_conditions_and_short_paths_raise_it() -> None:
    base = event_confidence("190", 0, c.NAMED, c.NAMED, 1)
    assert event_confidence("193", 0, c.NAMED, c.NAMED, 1) > base  # a sub-code
    assert event_confidence("0841", 0, c.NAMED, c.NAMED, 1) > base
    assert event_confidence("190", 2, c.NAMED, c.NAMED, 1) > base  # a conditioned lexicon row
    assert event_confidence("190", 0, c.NAMED, c.NAMED, 3) < base  # two extra arcs
    assert event_confidence("190", 0, c.NAMED, c.NAMED, 0) == base  # the first arc is free


def test_no_target_ranks_below_a_named_one() -> None:
    named = event_confidence("042", 0, c.NAMED, c.NAMED, 1)
    none = event_confidence("042", 0, c.NAMED, None, 1)
    assert none < named


def test_the_scale_is_clamped() -> None:
    assert event_confidence("0841", 50, c.NAMED, c.NAMED, 1) == 0.99
    assert event_confidence("190", 0, 0.0, 0.0, 40) == 0.05
    for q, t in itertools.product(QUALITIES, [*QUALITIES, None]):
        assert 0.05 <= event_confidence("111", 1, q, t, 2) <= 0.99
