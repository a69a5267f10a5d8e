"""Session fixtures for extraction tests: the spaCy pipeline and the registry load once.

``extract`` parses a test module's sentences in one batch: at its first call in a module it
extracts, through the batched path (``parallel.extract_chunk``: one ``nlp.pipe`` over all of
them, as the phenomenon suite does), every sentence the module's tests name (their string
parameters of three words or more, and the string literals passed to ``extract(...)`` in the
module's source), and each call with the default date, registry and background that asks for
one of them gets that extraction, once (a second call of the same text extracts again: an
``Extraction`` holds lists a test could change). A parse does not depend on its batch, so the
records are the ones ``extract_document`` gives one sentence at a time (the batched path's own
tests check that); a sentence the module does not name, another date, registry or
``background``, and every test that uses ``monkeypatch`` (its patches may change what is
extracted) extract one document as before. ~2.5 ms less a sentence (~6 -> ~3.5 ms).

``module_nlp`` does the same for tests that parse through their own call (``explain_parties``):
the pipeline, with the module's named sentences parsed in one batch, each handed out once.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.extract import extract_document, load_nlp
from realpolitik.extract._nlp import prepare_text
from realpolitik.extract.parallel import extract_chunk_or_fail
from realpolitik.models import Document, Extraction

DATE = "2024-06-20"  # ``extract``'s date when a test gives none
_now: dict[str, pytest.Item] = {}  # the test being run (pytest_runtest_setup)


def pytest_runtest_setup(item: pytest.Item) -> None:
    _now["item"] = item


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


@pytest.fixture(scope="session")
def registry() -> ActorRegistry:
    return ActorRegistry.default()


class ParsedOnce:
    """An ``nlp`` for the rule stages (``explain_parties``, ``extract_document``) whose ``pipe``
    hands out texts parsed beforehand in one batch (``nlp.pipe`` over all of them: ~2.5 ms less
    a sentence than one parse each), each once: the stages repair a parse in place. A text not
    parsed beforehand, or asked for again, is parsed alone by the real pipeline, so what a
    test gets is the parse it would get without this (a parse does not depend on its batch)."""

    def __init__(self, nlp: Any, texts: list[str]) -> None:
        self.nlp = nlp
        todo = list(dict.fromkeys(texts))
        self.docs = dict(zip(todo, nlp.pipe(todo, batch_size=max(1, len(todo))), strict=True))

    def pipe(self, texts: Iterable[str], batch_size: int | None = None) -> Iterator[Any]:
        for text in texts:
            doc = self.docs.pop(text, None)
            yield doc if doc is not None else self.nlp(text)


@pytest.fixture(scope="module")
def module_nlp(nlp: Any, request: pytest.FixtureRequest) -> ParsedOnce:
    """The session's pipeline with the module's named sentences (``named_texts``, the tests
    selected to run) parsed in one batch (``ParsedOnce``)."""
    items = [i for i in request.session.items if i.path == request.path]
    texts = [prepare_text(t) for t in named_texts(items, request.path)]
    return ParsedOnce(nlp, texts)


def named_texts(items: list[pytest.Item], source: Path) -> list[str]:
    """The sentences a module's tests name: string parameters of three words or more (in
    ``items``, the module's tests) and string literals passed first to ``extract`` in
    ``source``; each once, in order."""
    texts = [
        v
        for item in items
        for v in getattr(getattr(item, "callspec", None), "params", {}).values()
        if isinstance(v, str) and len(v.split()) >= 3
    ]
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "extract"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            texts.append(node.args[0].value)
    return list(dict.fromkeys(texts))


@pytest.fixture(scope="session")
def extract(
    nlp: Any, registry: ActorRegistry, request: pytest.FixtureRequest
) -> Callable[..., Extraction]:
    by_module: dict[Path, list[pytest.Item]] = {}
    for item in request.session.items:
        by_module.setdefault(item.path, []).append(item)
    batch: dict[str, Any] = {"path": None, "got": {}}  # the current module's extractions

    def batched(text: str) -> Extraction | None:
        item = _now.get("item")
        if item is None or "monkeypatch" in getattr(item, "fixturenames", ()):
            return None
        if batch["path"] != item.path:
            texts = named_texts(by_module.get(item.path, []), item.path)
            docs = [Document("t", t, "test", date=DATE) for t in texts]
            got = extract_chunk_or_fail(docs, registry, None, nlp)
            batch["path"] = item.path
            batch["got"] = {
                t: e for t, e in zip(texts, got, strict=True) if isinstance(e, Extraction)
            }
        found: Extraction | None = batch["got"].pop(text, None)
        return found

    def run(
        text: str, date: str | None = DATE, reg: Any = None, background: bool = False
    ) -> Extraction:
        if date == DATE and reg is None and not background:
            found = batched(text)
            if found is not None:
                return found
        doc = Document("t", text, "test", date=date)
        return extract_document(doc, reg or registry, None, nlp, background=background)

    return run
