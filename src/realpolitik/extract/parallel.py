"""Extract many documents, in order, on one process or a pool of them.

Extraction is a pure function of (document, registry, date, lexicon), so documents can go to
worker processes freely. Each worker loads the spaCy pipeline and receives the registry and a
user trigger lexicon ONCE (through the pool initializer), then extracts chunks of documents; results come back in input order.
Memory stays bounded: at most ``workers * 4`` chunks of ``chunk_size`` documents are in
flight, however long the input iterator is.

Workers start with the ``forkserver`` context (``spawn`` where there is none): safe with
threads in the parent, and no copy of the parent's state. The fork server itself imports this
module with the pipeline and the default actor registry loaded (``_PRELOAD_ENV``), so workers forked from it start in a tenth
of a second and share the model's pages; the initializer's load is then a cached no-op.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import pickle
import signal
import sys
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
    from realpolitik.extract.seams import Pipeline

_STATE: dict[str, Any] = {}
_PRELOAD_ENV = "REALPOLITIK_FORKSERVER_PRELOAD"
_DEFAULT = b"realpolitik:default-registry"


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
    chunk_size: int = 4,
    lexicon: Lexicon | None = None,
    background: bool = False,
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Extraction]:
    """Extractions of ``docs`` in input order.

    ``workers=1`` runs in this process. ``workers>1`` starts a pool whose workers each load the
    pipeline once; ``registry`` must then be picklable (it is sent once per worker, not per
    document). Documents go in chunks of ``chunk_size``: the paragraphs of a chunk are parsed in
    one ``nlp.pipe`` batch, and small chunks keep every worker busy when lengths vary.
    ``lexicon`` (``load_lexicon``) defaults to the built-in trigger lexicon; ``background``
    as in ``extract_document``. A document the extractor fails on is passed to ``on_error``
    (E019) and skipped, the same on one process or many; without a handler its exception is
    raised here.
    """
    size = max(1, chunk_size)
    if workers <= 1:
        nlp = shared_nlp()
        chunks: Iterator[list[Extraction | Failed]] = (
            extract_chunk_or_fail(
                chunk, registry, date, nlp, lexicon=lexicon, background=background
            )
            for chunk in _chunks(docs, size)
        )
    else:
        chunks = _pooled(docs, registry, date, workers, size, lexicon, background)
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
    """Extract a few documents, parsing all their paragraphs in one batch.

    spaCy is about a fifth faster on batches of tens of paragraphs than on one article's ten;
    ``extract_document`` gets a stand-in pipeline that hands back these parses (and parses for
    real whatever it asks for that was not prepared, so the result never depends on this).
    """
    from realpolitik.extract import extract_document

    split = _splitter()
    if split is None:
        return [extract_document(d, registry, date, nlp, lexicon, background) for d in docs]
    prepare, paragraphs = split
    texts = []
    for d in docs:
        norm = prepare(d.text)  # the very text extract_document parses
        texts.append([norm[s:e] for s, e in paragraphs(norm)])
    parsed = iter(nlp.pipe([t for ts in texts for t in ts]))
    out = []
    for d, ts in zip(docs, texts, strict=True):
        ready = _Prepared(nlp, ts, [next(parsed) for _ in ts])
        out.append(extract_document(d, registry, date, ready, lexicon, background))
    return out


def extract_chunk_or_fail(
    docs: list[Document],
    registry: ActorRegistry | None,
    date: str | None,
    nlp: Pipeline,
    *,
    lexicon: Lexicon | None = None,
    background: bool = False,
) -> list[Extraction | Failed]:
    """``extract_chunk``, with each document the extractor fails on as a ``Failed`` in its place.

    The batch parse runs first; if it fails, the documents go one at a time, so a failure costs
    its own document only.
    """
    try:
        return list(
            extract_chunk(docs, registry, date, nlp, lexicon=lexicon, background=background)
        )
    except Exception:
        if len(docs) == 1:
            return [_failed(docs[0], sys.exc_info()[1])]
    out: list[Extraction | Failed] = []
    for doc in docs:
        try:
            out += extract_chunk([doc], registry, date, nlp, lexicon=lexicon, background=background)
        except Exception as exc:
            out.append(_failed(doc, exc))
    return out


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


class _Prepared:
    """Stands in for the pipeline with parses made earlier in a batch over several documents."""

    def __init__(self, nlp: Any, texts: list[str], docs: list[Any]) -> None:
        self._nlp = nlp
        self._texts = texts
        self._docs = docs

    def pipe(self, texts: Iterable[str], **kwargs: Any) -> Iterator[Any]:
        wanted = list(texts)
        if wanted == self._texts:
            yield from self._docs
        else:
            yield from self._nlp.pipe(wanted, **kwargs)

    def __call__(self, text: str) -> Any:
        return self._nlp(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


def _splitter() -> tuple[Any, Any] | None:
    """The extractor's own text preparation and paragraph split, if it has them."""
    try:
        module = importlib.import_module("realpolitik.extract._nlp")
    except ImportError:
        return None
    prepare = getattr(module, "prepare_text", None)
    paragraphs = getattr(module, "paragraphs", None)
    return (prepare, paragraphs) if callable(prepare) and callable(paragraphs) else None


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for doc in docs:
        chunk.append(doc)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pooled(
    docs: Iterable[Document],
    registry: Any,
    date: str | None,
    workers: int,
    chunk_size: int,
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


def _extract_chunk(docs: list[Document]) -> list[Extraction | Failed]:
    state = _STATE
    return extract_chunk_or_fail(
        docs, state["registry"], state["date"], state["nlp"], lexicon=state["lexicon"],
        background=state["background"],
    )  # fmt: skip


if os.environ.get(_PRELOAD_ENV) == "1":  # imported by the fork server: load once, share
    shared_nlp()
    _default_registry()

__all__ = ["Failed", "extract_chunk", "extract_chunk_or_fail", "extract_many", "shared_nlp"]
