"""Many documents through one stream of parser batches, rule stages per parsed paragraph.

spaCy is fastest on batches of tens of texts; news articles and dev items are a few short
paragraphs each, so parsing document by document leaves most of that speed unused. Here the
paragraphs of consecutive documents are cut into batches bounded by count and by characters
(``BATCH_PARAGRAPHS``, ``BATCH_CHARS``), each batch is parsed in one ``nlp.pipe`` call and every
parsed paragraph goes straight to its document's rule stages (``_Run.paragraph``), so a parse
is dropped once read. A document is handed back as soon as its last paragraph is done, in input
order. Memory is bounded by one batch plus the records of the documents in flight: a document
of 20 MB is parsed in pieces like any other and never held as one parse. Offsets stay
document-relative because each paragraph carries its start.

Parsing runs inside ``nlp.memory_zone()`` where the pipeline has one, a new zone every
``ZONE_PARAGRAPHS`` paragraphs, so that the vocabulary and the tokenizer's cache do not grow
with every new word of a long run (a zone per batch would re-create the lexemes of every
uncommon word batch after batch, some 5% of the parse). The results
are those of ``extract_document`` document by document (tests/extract/test_batched.py).
"""

from __future__ import annotations

import contextlib
import gc
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from realpolitik.models import Document, Extraction

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from realpolitik.actors import ActorRegistry
    from realpolitik.extract._extract import _Run
    from realpolitik.extract._lexicon import Lexicon
    from realpolitik.extract._mentions import Mention
    from realpolitik.extract.seams import Pipeline

# A batch closes at this many paragraphs or characters, whichever comes first. spaCy's own
# default (256 texts) costs ~200 MB of transient arrays on news paragraphs for no speed gain
# over 64 (bench/throughput.py --batch-size); 200,000 characters bound a batch of long lines.
BATCH_PARAGRAPHS = 64
BATCH_CHARS = 200_000
ZONE_PARAGRAPHS = 10_000
# The actor registry scans a text as one list of tokens (four Python objects a word): a text
# longer than this is scanned in pieces cut at line ends, so a 20 MB document does not hold
# some 600 MB of tokens at once. Shorter texts are scanned whole, as ever.
SCAN_CHARS = 200_000
SCAN_CONTEXT = 1_000  # characters scanned on either side of a piece (names are shorter)


class _Item:
    """One document on its way through: its run, paragraphs not yet parsed, or its failure.

    (A plain class: as a dataclass compiled by mypyc it would read ``_Run`` at run time, and
    ``_extract`` imports this module.)"""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.run: _Run | None = None
        self.left = 0
        self.error: BaseException | None = None


def extract_batched(
    docs: Iterable[Document],
    *,
    nlp: Pipeline,
    registry: ActorRegistry | None = None,
    date: str | None = None,
    lexicon: Lexicon | None = None,
    background: bool = False,
    batch_paragraphs: int = BATCH_PARAGRAPHS,
    batch_chars: int = BATCH_CHARS,
    zones: MemoryZones | None = None,
) -> Iterator[tuple[Document, Extraction | BaseException]]:
    """(document, its extraction or the exception it failed with), in input order.

    ``zones`` lets a worker keep its memory zones across calls (one per ``ZONE_PARAGRAPHS``
    paragraphs, not one per call); by default the call opens its own and closes them at its end.

    The same extractions as ``extract_document`` on each document alone. A document whose
    preparation, parse or rule stages fail costs itself only: when a batch's parse fails, its
    paragraphs are parsed one at a time to find whose it was.
    """
    from realpolitik.extract._extract import _Run, default_registry
    from realpolitik.extract._nlp import paragraphs

    reg = registry if registry is not None else default_registry()
    settled = False
    waiting: deque[_Item] = deque()
    batch: list[tuple[_Item, int, int]] = []  # (document, paragraph start, end)
    chars = 0
    own = zones is None
    zones = MemoryZones(nlp) if zones is None else zones

    def finished() -> Iterator[tuple[Document, Extraction | BaseException]]:
        while waiting and (waiting[0].left == 0 or waiting[0].error is not None):
            item = waiting.popleft()
            if item.error is not None:
                yield item.doc, item.error
                continue
            assert item.run is not None
            try:
                yield item.doc, item.run.extraction()
            except Exception as exc:
                yield item.doc, exc

    try:
        for doc in docs:
            item = _Item(doc)
            waiting.append(item)
            try:
                item.run = _Run(doc, reg, date, lexicon, background)
                if not settled:  # the pipeline, registry and lexicon are loaded by now
                    settle_heap()
                    settled = True
                spans = paragraphs(item.run.text)
            except Exception as exc:
                item.error = exc
                continue
            item.left = len(spans)
            for start, end in spans:
                batch.append((item, start, end))
                chars += end - start
                if len(batch) >= batch_paragraphs or chars >= batch_chars:
                    zones.enter(len(batch))
                    _parse(nlp, batch)
                    batch, chars = [], 0
                    yield from finished()
            if not batch:
                yield from finished()
        if batch:
            zones.enter(len(batch))
            _parse(nlp, batch)
        yield from finished()
    finally:
        if own:
            zones.close()


_HEAP_SETTLED = False


def settle_heap() -> None:
    """Move every object alive now out of the cyclic garbage collector's view, once per process.

    Called when the pipeline, the actor registry and the lexicon are loaded: some 200,000
    long-lived objects that every full collection walked again while rule stages made millions
    of short-lived ones (0.1-0.3 s a collection, about one per 30,000 words; bench/throughput.py).
    Frozen objects are still freed by reference counting; only cycles among them stay. The
    young generation is widened then too (``widen_young_generation``).
    """
    global _HEAP_SETTLED
    if not _HEAP_SETTLED:
        _HEAP_SETTLED = True
        gc.freeze()
        widen_young_generation()


# Objects the collector lets pile up before it looks at the young ones: Python's 700 made some
# 110 collections per 30,000 words, each walking whatever short-lived containers the rule
# stages held (Token objects, tuples, candidates), some 7% of the rules' CPU; at 20,000 it
# makes 4-5 and spends 40% less (rules CPU -3%: most young objects die by reference count
# first; at 100,000 one collection walks so many that it costs more again). The parse's own
# CPU does not change with it.
YOUNG_OBJECTS = 20_000


def widen_young_generation() -> None:
    """Raise the collector's first threshold to ``YOUNG_OBJECTS`` (never lower one a caller
    set higher); the older generations' thresholds stay."""
    young, *older = gc.get_threshold()
    if young < YOUNG_OBJECTS:
        gc.set_threshold(YOUNG_OBJECTS, *older)


class MemoryZones:
    """spaCy memory zones of about ``ZONE_PARAGRAPHS`` paragraphs each, for one pipeline; parses
    never outlive their zone because each is read as soon as it is made."""

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp if hasattr(nlp, "memory_zone") else None
        self._stack = contextlib.ExitStack()
        self._count = 0
        self._open = False

    def enter(self, paragraphs: int) -> None:
        if self._nlp is None:
            return
        if self._open and self._count + paragraphs > ZONE_PARAGRAPHS:
            self.close()
        if not self._open:
            self._stack.enter_context(self._nlp.memory_zone())
            self._open, self._count = True, 0
        self._count += paragraphs

    def close(self) -> None:
        self._stack.close()
        self._open = False


def scan_mentions(
    registry: ActorRegistry, text: str, date: str | None, *, limit: int = SCAN_CHARS
) -> list[Mention]:
    """The registry's mentions in ``text``, sorted, offsets into ``text``.

    A text over ``limit`` characters is scanned in pieces of about that size, each cut at a
    line end (else a space) and scanned with ``SCAN_CONTEXT`` characters of the text on either
    side; a piece keeps the mentions that start in it, so a name across a cut ("U.S. /
    President Donald Trump") is found as in one scan of the whole.
    """
    from realpolitik.extract._mentions import registry_mentions

    n = len(text)
    if n <= limit:
        return registry_mentions(registry, text, date)
    out: list[Mention] = []
    pos = last = 0
    while pos < n:
        end = max(pos + 1, _cut(text, pos + limit)) if pos + limit < n else n
        lo = _cut(text, pos - SCAN_CONTEXT) if pos > SCAN_CONTEXT else 0
        hi = _cut(text, end + SCAN_CONTEXT) if end + SCAN_CONTEXT < n else n
        for m in registry_mentions(registry, text[lo:hi], date):
            start = m.start + lo
            if pos <= start < end and start >= last:
                out.append(replace(m, start=start, end=m.end + lo))
                last = m.end + lo
        pos = end
    return out


def _cut(text: str, at: int) -> int:
    """Just after the last line end before ``at``, else the last space; ``at`` if neither is
    within 500 characters."""
    for mark in ("\n", " "):
        found = text.rfind(mark, max(0, at - 500), at)
        if found >= 0:
            return found + 1
    return at


def parse_spans(
    nlp: Pipeline,
    text: str,
    spans: list[tuple[int, int]],
    *,
    batch_paragraphs: int = BATCH_PARAGRAPHS,
    batch_chars: int = BATCH_CHARS,
) -> Iterator[tuple[int, Doc]]:
    """(start, parse) of each span of one text, in order, parsed in bounded batches: however
    long the text, only one batch of parses is alive at a time."""
    pipe: Any = nlp.pipe
    i = 0
    while i < len(spans):
        j, chars = i, 0
        while j < len(spans) and j - i < batch_paragraphs and chars < batch_chars:
            chars += spans[j][1] - spans[j][0]
            j += 1
        texts = [text[s:e] for s, e in spans[i:j]]
        for (start, _), pdoc in zip(spans[i:j], pipe(texts, batch_size=len(texts)), strict=True):
            yield start, pdoc
        i = j


def _parse(nlp: Any, batch: list[tuple[_Item, int, int]]) -> None:
    """Parse a batch and feed each paragraph to its document's run."""
    todo = [(item, start, end) for item, start, end in batch if item.error is None]
    texts = [_text(item, start, end) for item, start, end in todo]
    try:
        parsed = list(nlp.pipe(texts, batch_size=max(1, len(texts))))
    except Exception:
        parsed = [
            _parse_one(nlp, item, text) for (item, _, _), text in zip(todo, texts, strict=True)
        ]
    for (item, start, _), pdoc in zip(todo, parsed, strict=True):
        if pdoc is None or item.error is not None:
            continue
        assert item.run is not None
        try:
            item.run.paragraph(start, pdoc)
        except Exception as exc:
            item.error = exc
            continue
        item.left -= 1


def _text(item: _Item, start: int, end: int) -> str:
    assert item.run is not None
    return item.run.text[start:end]


def _parse_one(nlp: Any, item: _Item, text: str) -> Any:
    """One paragraph alone, after its batch failed; ``None`` (and the document failed) if it
    fails again."""
    if item.error is not None:
        return None
    try:
        return next(iter(nlp.pipe([text], batch_size=1)))
    except Exception as exc:
        item.error = exc
        return None


__all__ = [
    "BATCH_CHARS",
    "BATCH_PARAGRAPHS",
    "MemoryZones",
    "SCAN_CHARS",
    "SCAN_CONTEXT",
    "YOUNG_OBJECTS",
    "ZONE_PARAGRAPHS",
    "extract_batched",
    "parse_spans",
    "scan_mentions",
    "settle_heap",
    "widen_young_generation",
]
