"""Fixtures for the measures: real DuckDB stores filled with small hand-made datasets."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from measures_data import fill_votes

from realpolitik.store import Store


@pytest.fixture(scope="session")
def votes_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The votes store, written once a session; each test gets its own copy to read or change."""
    path = tmp_path_factory.mktemp("votes") / "votes.duckdb"
    store = Store(path)
    fill_votes(store)
    store.close(refresh=False)  # as the tests found it before: summaries not built yet
    return path


@pytest.fixture
def votes_store(tmp_path: Path, votes_file: Path) -> Iterator[Store]:
    shutil.copyfile(votes_file, tmp_path / "votes.duckdb")
    with Store(tmp_path / "votes.duckdb") as store:
        yield store
