"""Fixtures for the measures: real DuckDB stores filled with small hand-made datasets."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from measures_data import fill_votes

from realpolitik.store import Store


@pytest.fixture
def votes_store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "votes.duckdb") as store:
        fill_votes(store)
        yield store
