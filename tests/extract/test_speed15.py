"""speed15: the collector's young generation widened once the heap is settled (``batched``)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from realpolitik.extract import batched
from realpolitik.extract.batched import YOUNG_OBJECTS, settle_heap, widen_young_generation


@pytest.fixture
def thresholds() -> Iterator[None]:
    """The collector's thresholds as they were, put back after the test."""
    kept = gc.get_threshold()
    yield
    gc.set_threshold(*kept)


@pytest.mark.usefixtures("thresholds")
def test_widening_raises_the_young_threshold_and_keeps_the_older_ones() -> None:
    gc.set_threshold(700, 7, 9)
    widen_young_generation()
    assert gc.get_threshold() == (YOUNG_OBJECTS, 7, 9)
    widen_young_generation()  # (twice: the same)
    assert gc.get_threshold() == (YOUNG_OBJECTS, 7, 9)


@pytest.mark.usefixtures("thresholds")
def test_widening_never_lowers_a_higher_threshold() -> None:
    gc.set_threshold(YOUNG_OBJECTS * 5, 10, 10)
    widen_young_generation()
    assert gc.get_threshold() == (YOUNG_OBJECTS * 5, 10, 10)


@pytest.mark.usefixtures("thresholds")
def test_settling_the_heap_widens_the_young_generation_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    frozen: list[bool] = []
    monkeypatch.setattr(batched, "_HEAP_SETTLED", False)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    gc.set_threshold(700, 10, 10)
    settle_heap()
    assert frozen == [True] and gc.get_threshold() == (YOUNG_OBJECTS, 10, 10)
    gc.set_threshold(700, 10, 10)
    settle_heap()  # once per process: a caller's later setting stands
    assert frozen == [True] and gc.get_threshold() == (700, 10, 10)
