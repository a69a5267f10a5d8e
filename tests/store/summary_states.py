"""A built store read two ways: with its summaries fresh, or from a copy written to since, whose
summaries are stale (queries must then read the events themselves and answer the same)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from realpolitik.store import Store, summaries


@contextmanager
def fresh_or_stale(
    state: str, built: Path, tmp_path: Path, make_stale: Callable[[Store], None]
) -> Iterator[Store]:
    """``state`` "fresh": ``built`` read-only; "stale": a copy after ``make_stale`` wrote to it."""
    if state == "fresh":
        with Store(built, read_only=True) as store:
            assert store.summaries_fresh()
            yield store
        return
    copy = tmp_path / "stale.duckdb"
    copy.write_bytes(built.read_bytes())
    store = Store(copy)
    make_stale(store)
    assert not store.summaries_fresh()
    yield store
    store.close(refresh=False)


@contextmanager
def left_as_found(store: Store) -> Iterator[Store]:
    """``store`` shared by a module's tests (built once per state): each test must leave its
    rows and the freshness of its summaries as it found them, or the next test reads another
    state than its name says."""

    def state() -> tuple[bool, int, int, int]:
        counts = (store.count(t) for t in ("events", "documents", "claims"))
        return (summaries.fresh(store.con), *counts)

    before = state()
    yield store
    assert state() == before


def shared_readers(make_stale: Callable[[Store], None]) -> tuple[Any, Any]:
    """A test module's ``shared_reader`` and ``reader`` fixtures over its ``built`` store: the
    store read fresh and stale (``make_stale`` writes the copy), each built once per module, and
    every test given it through ``left_as_found``. Assign both: ``shared_reader, reader = ...``."""

    @pytest.fixture(scope="module", params=["fresh", "stale"])
    def shared_reader(
        request: pytest.FixtureRequest, built: Path, tmp_path_factory: pytest.TempPathFactory
    ) -> Iterator[Store]:
        folder = tmp_path_factory.mktemp("stale")
        with fresh_or_stale(request.param, built, folder, make_stale) as store:
            yield store

    @pytest.fixture
    def reader(shared_reader: Store) -> Iterator[Store]:
        with left_as_found(shared_reader) as store:
            yield store

    return shared_reader, reader
