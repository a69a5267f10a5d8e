"""Extract many documents, in order, on one process or a pool of them.

Extraction is a pure function of (document, registry, date, lexicon), so documents can go to
worker processes freely. Each worker loads the spaCy pipeline and receives the registry and a
user trigger lexicon ONCE (through the pool initializer), then extracts chunks of documents; results come back in input order.
Memory stays bounded: at most ``workers * 4`` chunks of ``chunk_size`` documents are in
flight, however long the input iterator is.

Workers start with the ``forkserver`` context (``spawn`` where there is none): safe with
threads in the parent, and no copy of the parent's state. The fork server itself imports this
module with the pipeline and the default actor registry loaded (``_PRELOAD_ENV``), so workers forked from it start in a tenth
of a second and share the model's pages; the initializer's load is then a cached no-op. The
registry's on-demand names are all indexed there too, once, not again in every worker.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, NoReturn

from realpolitik.errors import Errors, InputError, RealpolitikError
from realpolitik.models import Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

    from realpolitik.actors import ActorRegistry
    from realpolitik.extract import Lexicon
    from realpolitik.extract.batched import MemoryZones
    from realpolitik.extract.seams import Pipeline

_STATE: dict[str, Any] = {}
_PRELOAD_ENV = "REALPOLITIK_FORKSERVER_PRELOAD"
_DEFAULT = b"realpolitik:default-registry"
# Characters of input per chunk sent to a worker when no chunk size is given: about one parser
# batch of news paragraphs (``batched.BATCH_PARAGRAPHS``), small enough to keep workers evenly busy.
CHUNK_CHARS = 20_000


@cache
def shared_nlp() -> Language:
    """The extractor's spaCy pipeline (its configuration: NER off), loaded once per process."""
    from realpolitik.extract._nlp import load_nlp

    return load_nlp()


@dataclass(frozen=True)
class Failed:
    """A document the extractor failed on (in whichever process): skipped, reported."""

    source: str
    reason: str
    error: bytes = b""  # the exception, pickled where it can be, to re-raise without a handler

    def input_error(self) -> InputError:
        return InputError(Errors.E019, path=self.source, reason=self.reason)

    def reraise(self) -> NoReturn:
        if self.error:
            raise pickle.loads(self.error)
        raise RealpolitikError(Errors.E019, path=self.source, reason=self.reason)


def extract_many(
    docs: Iterable[Document],
    *,
    registry: ActorRegistry | None = None,
    date: str | None = None,
    workers: int = 1,
    chunk_size: int | None = None,
    lexicon: Lexicon | None = None,
    background: bool = False,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Extraction]:
    """Extractions of ``docs`` in input order.

    ``workers=1`` runs in this process: every document's paragraphs go through one stream of
    parser batches (``batched``), across document boundaries. ``workers>1`` starts a pool
    whose workers each load the pipeline once; ``registry`` must then be picklable (it is sent
    once per worker, not per document). Documents go to workers in chunks of ``chunk_size``
    documents, or of about ``CHUNK_CHARS`` characters when it is ``None``: small enough to keep
    every worker busy when lengths vary, large enough for the parser's batches.
    ``lexicon`` (``load_lexicon``) defaults to the built-in trigger lexicon; ``background``
    as in ``extract_document``. A document the extractor fails on is passed to ``on_error``
    (E019) and skipped, the same on one process or many; without a handler its exception is
    raised here.
    """
    if workers <= 1:
        from realpolitik.extract.batched import extract_batched

        stream = extract_batched(
            docs, nlp=shared_nlp(), registry=registry, date=date, lexicon=lexicon,
            background=background,
        )  # fmt: skip
        for doc, got in stream:
            if isinstance(got, Extraction):
                yield got
            elif on_error is None:
                raise got
            else:
                on_error(_failed(doc, got).input_error())
        return
    chunks = _pooled(docs, registry, date, workers, chunk_size, lexicon, background)
    for results in chunks:
        for result in results:
            if isinstance(result, Extraction):
                yield result
            elif on_error is None:
                result.reraise()
            else:
                on_error(result.input_error())


def extract_chunk(
    docs: list[Document],
    registry: ActorRegistry | None,
    date: str | None,
    nlp: Pipeline,
    *,
    lexicon: Lexicon | None = None,
    background: bool = False,
) -> list[Extraction]:
    """Extract a few documents, their paragraphs parsed in shared batches (``batched``); the
    first failure is raised."""
    out = []
    for got in extract_stream(docs, registry, date, nlp, lexicon=lexicon, background=background):
        if isinstance(got, Failed):
            got.reraise()
        out.append(got)
    return out


def extract_chunk_or_fail(
    docs: list[Document],
    registry: ActorRegistry | None,
    date: str | None,
    nlp: Pipeline,
    *,
    lexicon: Lexicon | None = None,
    background: bool = False,
    zones: MemoryZones | None = None,
) -> list[Extraction | Failed]:
    """``extract_chunk``, with each document the extractor fails on as a ``Failed`` in its place
    (a failure costs its own document only); ``zones`` as in ``extract_stream``."""
    return list(
        extract_stream(
            docs, registry, date, nlp, lexicon=lexicon, background=background, zones=zones
        )
    )


def extract_stream(
    docs: Iterable[Document],
    registry: ActorRegistry | None,
    date: str | None,
    nlp: Pipeline,
    *,
    lexicon: Lexicon | None = None,
    background: bool = False,
    zones: MemoryZones | None = None,
) -> Iterator[Extraction | Failed]:
    """Extractions of ``docs`` in order, parsed in batches across documents; a document the
    extractor fails on comes as a ``Failed`` in its place. Memory stays bounded however many
    or long the documents are (``batched``); a worker passes its own ``zones`` so that its
    spaCy memory zones span many calls."""
    from realpolitik.extract.batched import extract_batched

    stream = extract_batched(
        docs, nlp=nlp, registry=registry, date=date, lexicon=lexicon, background=background,
        zones=zones,
    )  # fmt: skip
    for doc, got in stream:
        yield got if isinstance(got, Extraction) else _failed(doc, got)


def _failed(doc: Document, exc: BaseException | None) -> Failed:
    if exc is None:
        return Failed(doc.source, "unknown error")
    text = str(exc).splitlines()[0] if str(exc) else ""
    reason = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    try:
        payload = pickle.dumps(exc)
        pickle.loads(payload)
    except Exception:
        payload = b""
    return Failed(doc.source, reason, payload)


def _chunks(docs: Iterable[Document], size: int | None) -> Iterator[list[Document]]:
    """Chunks of ``size`` documents, or of at least ``CHUNK_CHARS`` characters (``None``)."""
    chunk: list[Document] = []
    chars = 0
    for doc in docs:
        chunk.append(doc)
        chars += len(doc.text)
        if (len(chunk) >= size) if size else (chars >= CHUNK_CHARS):
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def _pooled(
    docs: Iterable[Document],
    registry: Any,
    date: str | None,
    workers: int,
    chunk_size: int | None,
    lexicon: Any = None,
    background: bool = False,
) -> Iterator[list[Extraction | Failed]]:
    # The default registry is rebuilt (cached) in the workers; any other one travels pickled,
    # once per worker. A registry that cannot be pickled fails here, in the caller.
    payload = _DEFAULT if registry is not None and registry is _default_registry() else None
    payload = payload or pickle.dumps(registry)
    limit = workers * 4  # chunks in flight
    slots = threading.Semaphore(limit)
    closing = threading.Event()

    def feed() -> Iterator[list[Document]]:
        # Runs in the pool's task-handler thread; blocks while `limit` chunks are in flight.
        for chunk in _chunks(docs, chunk_size):
            slots.acquire()
            if closing.is_set():
                return
            yield chunk

    pool = _start_pool(workers, payload, date, pickle.dumps((lexicon, background)))
    try:
        for results in pool.imap(_extract_chunk, feed(), chunksize=1):
            slots.release()
            yield results
        pool.close()
        pool.join()
    finally:
        closing.set()
        for _ in range(limit + 1):  # wake the feeder so that terminate() can join it
            slots.release()
        pool.terminate()


def _start_pool(workers: int, payload: bytes, date: str | None, options: bytes) -> Any:
    args = (payload, date, options)
    if "forkserver" not in multiprocessing.get_all_start_methods():
        spawn = multiprocessing.get_context("spawn")
        return spawn.Pool(workers, initializer=_init_worker, initargs=args)
    context = multiprocessing.get_context("forkserver")
    # Only takes effect when this call starts the fork server (the first pool of the process).
    context.set_forkserver_preload([__name__])
    previous = os.environ.get(_PRELOAD_ENV)
    os.environ[_PRELOAD_ENV] = "1"
    try:
        return context.Pool(workers, initializer=_init_worker, initargs=args)
    finally:
        if previous is None:
            del os.environ[_PRELOAD_ENV]
        else:
            os.environ[_PRELOAD_ENV] = previous


def _default_registry() -> Any:
    try:
        from realpolitik.actors import ActorRegistry

        return ActorRegistry.default()
    except Exception:  # tables missing or broken: extraction will say so itself
        return None


def _init_worker(registry_payload: bytes, date: str | None, options: bytes) -> None:
    # Ctrl-C goes to the whole process group: the parent handles it and ends the pool, so workers
    # ignore it instead of each printing a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if registry_payload == _DEFAULT:
        _STATE["registry"] = _default_registry()
    else:
        _STATE["registry"] = pickle.loads(registry_payload)
    _STATE["date"] = date
    _STATE["lexicon"], _STATE["background"] = pickle.loads(options)
    _STATE["nlp"] = shared_nlp()
    from realpolitik.extract.batched import MemoryZones

    _STATE["zones"] = MemoryZones(_STATE["nlp"])  # spans the worker's chunks


def _extract_chunk(docs: list[Document]) -> list[Extraction | Failed]:
    state = _STATE
    return extract_chunk_or_fail(
        docs, state["registry"], state["date"], state["nlp"], lexicon=state["lexicon"],
        background=state["background"], zones=state["zones"],
    )  # fmt: skip


if os.environ.get(_PRELOAD_ENV) == "1":  # imported by the fork server: load once, share
    shared_nlp()
    _registry = _default_registry()
    if _registry is not None:
        # The names the registry indexes per first word on demand, all indexed here once
        # (~0.4 s): otherwise every worker of every pool indexes them again as words come.
        _registry.index_all()

__all__ = [
    "CHUNK_CHARS",
    "Failed",
    "extract_chunk",
    "extract_chunk_or_fail",
    "extract_many",
    "extract_stream",
    "shared_nlp",
]
