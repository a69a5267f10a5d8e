"""Session fixtures for claim checking: the fixture stores (built once, then read-only) and
the spaCy pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from check_fixtures import build_store

from realpolitik.store import Store

VARIANTS = ("full", "empty", "products")


@pytest.fixture(scope="session")
def fixture_dbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("check-data")
    return {variant: build_store(root / variant, variant) for variant in VARIANTS}


@pytest.fixture(scope="session")
def stores(fixture_dbs: dict[str, Path]) -> Iterator[dict[str, Store]]:
    opened = {v: Store(p, read_only=True) for v, p in fixture_dbs.items()}
    yield opened
    for store in opened.values():
        store.close()


@pytest.fixture(scope="session")
def nlp() -> Any:
    from realpolitik.extract import load_nlp

    return load_nlp()
