"""Types at the extractor's seams, so callers and the extractor agree without ``Any``.

``Pipeline`` is what extraction parses with: spaCy's ``Language`` (``load_nlp()``) or a stand-in
with the same ``pipe``, which ``extract.batched`` calls with a ``batch_size`` keyword.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Doc


class Pipeline(Protocol):
    """Something that parses texts into spaCy Docs, in order."""

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]: ...


__all__ = ["Pipeline"]
