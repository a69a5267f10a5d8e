"""Session fixtures for extraction tests: the spaCy pipeline and the registry load once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.extract import extract_document, load_nlp
from realpolitik.models import Document, Extraction


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


@pytest.fixture(scope="session")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.fixture(scope="session")
def extract(nlp: Any, registry: ActorRegistry) -> Callable[..., Extraction]:
    def run(
        text: str, date: str | None = "2024-06-20", reg: Any = None, background: bool = False
    ) -> Extraction:
        doc = Document("t", text, "test", date=date)
        return extract_document(doc, reg or registry, None, nlp, background=background)

    return run
