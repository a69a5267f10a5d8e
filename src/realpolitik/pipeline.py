"""Read, extract and store: the API twins of ``realpolitik ingest`` and ``realpolitik extract``.

Each document is stored with everything extraction found in it, all or nothing (documents are
committed in small groups, one transaction a group), so an interrupted run leaves a consistent
database and running it again resumes: documents already stored unchanged are skipped *before*
extraction, which is the expensive step.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import duckdb

from realpolitik.errors import Errors, InputError, RealpolitikError
from realpolitik.ingest import MAX_BYTES, read_paths
from realpolitik.models import Document, Extraction
from realpolitik.store import Cursor, Store

if TYPE_CHECKING:
    from realpolitik.actors import ActorRegistry
    from realpolitik.extract import Lexicon

ErrorHandler = Callable[[InputError], None]
# Documents are committed in groups: at most this many, at most this long after the first.
COMMIT_DOCS = 64
COMMIT_SECONDS = 1.0
# Documents read ahead to look up what the store already holds, in one query each.
LOOKUP_DOCS = 64
DocumentHandler = Callable[[Extraction, str], None]


@dataclass
class IngestReport:
    """What one ingest run did. ``read`` counts documents read, whatever happened to them next."""

    read: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    claims: int = 0
    seconds: float = 0.0
    errors: list[InputError] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.new + self.replaced

    def line(self) -> str:
        """One line for people: what was read, stored, skipped and found."""
        return (
            f"{self.read} document(s) read: {self.new} new, {self.replaced} replaced,"
            f" {self.unchanged} unchanged, {self.duplicates} duplicate(s); {self.failed} input(s)"
            f" failed; {self.events} event(s), {self.claims} claim(s) stored"
            f" in {self.seconds:.1f} s."
        )


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during ingest; ``report`` says what was stored before it (all of it consistent)."""

    def __init__(self, report: IngestReport) -> None:
        super().__init__("interrupted")
        self.report = report


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    *,
    date: str | None = None,
    registry: ActorRegistry | None = None,
    workers: int = 1,
    progress: bool = False,
    max_bytes: int = MAX_BYTES,
    on_error: ErrorHandler | None = None,
    on_document: DocumentHandler | None = None,
    strict: bool = False,
    lexicon: Lexicon | None = None,
    background: bool = False,
) -> IngestReport:
    """Read ``paths``, extract what is new or changed and store it, each document all or nothing.

    Bad inputs are counted, kept in ``report.errors`` and passed to ``on_error`` as they come;
    they never stop the batch. Documents are committed in small groups (``COMMIT_DOCS``, or
    ``COMMIT_SECONDS`` after the first), one transaction each, so every document is stored whole
    or not at all; ``on_document(extraction, status)`` is called once its group is committed
    (status ``new`` or ``changed``). ``progress`` shows a bar on stderr when it is a terminal.
    A document the extractor fails on is an error too (E019), unless ``strict`` re-raises it.
    ``lexicon`` (``realpolitik.extract.load_lexicon``) adds user trigger files; ``background``
    keeps scene-setting events of sentences that report other news (``extract_document``).
    """
    report = IngestReport()
    started = time.perf_counter()
    statuses: dict[str, str] = {}
    # The feeder may run in a worker pool's thread: give it its own connection.
    cursor = store.cursor()

    def fail(error: InputError) -> None:
        report.failed += 1
        report.errors.append(error)
        if on_error is not None:
            on_error(error)

    def todo() -> Iterator[Document]:
        batch_ids: dict[str, str] = {}
        batch_hashes: set[str] = set()
        batch_sources: set[str] = set()
        for chunk in _chunked(read_paths(paths, date=date, max_bytes=max_bytes), LOOKUP_DOCS):
            known = _Known(cursor, [d for d in chunk if isinstance(d, Document)])
            for item in chunk:
                if isinstance(item, InputError):
                    fail(item)
                    continue
                report.read += 1
                digest = item.content_hash
                if item.source in batch_sources:
                    report.unchanged += 1
                    continue
                status = known.status(item.source, digest)
                if status == "same":
                    report.unchanged += 1
                    continue
                if status == "duplicate" or digest in batch_hashes:
                    report.duplicates += 1
                    continue
                item = _unique_id(known, item, batch_ids)
                batch_ids[item.doc_id] = item.source
                batch_hashes.add(digest)
                batch_sources.add(item.source)
                statuses[item.source] = status
                yield item

    pending: list[Extraction] = []
    since = time.perf_counter()

    def commit(tick: Callable[[IngestReport], None]) -> None:
        # One transaction for the documents extracted in the last moment: each of them is
        # stored whole or not at all, and a re-run resumes after the last commit. Ctrl-C waits
        # for the commit and its count, so the report says exactly what the store holds.
        done = [(e, statuses.pop(e.document.source, "new")) for e in pending]
        with _deferred_interrupt():
            store.save_extractions(pending)
            for extraction, status in done:
                if status == "changed":
                    report.replaced += 1
                else:
                    report.new += 1
                report.events += len(extraction.events)
                report.claims += len(extraction.claims)
        pending.clear()
        for extraction, status in done:
            tick(report)
            if on_document is not None:
                on_document(extraction, status)

    try:
        with _progress_bar(progress) as tick:
            fails = None if strict else fail
            for extraction in _extract(todo(), registry, workers, fails, lexicon, background):
                if not pending:
                    since = time.perf_counter()
                pending.append(extraction)
                if len(pending) >= COMMIT_DOCS or time.perf_counter() - since >= COMMIT_SECONDS:
                    commit(tick)
            commit(tick)
    except (KeyboardInterrupt, duckdb.InterruptException):
        report.seconds = time.perf_counter() - started
        raise Interrupted(report) from None
    except RuntimeError as exc:
        if not interrupted_query(exc):
            raise
        report.seconds = time.perf_counter() - started
        raise Interrupted(report) from None
    finally:
        cursor.close()
    report.seconds = time.perf_counter() - started
    return report


@contextmanager
def _deferred_interrupt() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) until the block is done; it is raised right after. Main thread of
    a POSIX process only; elsewhere the block runs as it is."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "pthread_sigmask"
    ):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def interrupted_query(exc: BaseException) -> bool:
    """Ctrl-C that landed inside a DuckDB statement: DuckDB raises it as a plain RuntimeError
    ("Query interrupted"), which is likelier the more time the main process spends in the store
    (with --workers N it mostly waits and commits). The transaction was rolled back."""
    return isinstance(exc, duckdb.InterruptException) or (
        isinstance(exc, RuntimeError) and str(exc).startswith("Query interrupted")
    )


def extract_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    date: str | None = None,
    registry: ActorRegistry | None = None,
    mentions: bool = False,
    workers: int = 1,
    max_bytes: int = MAX_BYTES,
    on_error: ErrorHandler | None = None,
    strict: bool = False,
    lexicon: Lexicon | None = None,
    background: bool = False,
) -> Iterator[dict[str, Any]]:
    """JSON-ready records (events, claims, optionally actor mentions) of every document read.

    No store is involved; ``lexicon`` and ``background`` as in :func:`ingest`. Raises ``E014`` at the end when not one document could be read.
    """
    inputs = list(paths)
    read = 0

    def docs() -> Iterator[Document]:
        nonlocal read
        for item in read_paths(inputs, date=date, max_bytes=max_bytes):
            if isinstance(item, InputError):
                if on_error is not None:
                    on_error(item)
                continue
            read += 1
            yield item

    def failed(error: InputError) -> None:
        if on_error is not None:
            on_error(error)

    for extraction in _extract(
        docs(), registry, workers, None if strict else failed, lexicon, background
    ):
        yield from extraction.records(mentions=mentions)
    if read == 0:
        raise RealpolitikError(Errors.E014, count=len(inputs))


def extract_text(
    text: str,
    *,
    date: str | None = None,
    doc_id: str = "text",
    title: str | None = None,
    registry: ActorRegistry | None = None,
    lexicon: Lexicon | None = None,
    background: bool = False,
) -> Extraction:
    """Events, claims and mentions of one plain string: the quickest way in from Python.

    ``date`` (YYYY-MM-DD) is the publication date that relative dates ("on Wednesday") and
    leaders' terms resolve against. ``extraction.events`` are the events;
    ``extraction.records()`` the JSON-ready records of ``realpolitik extract``.
    """
    doc = Document(doc_id, text, title=title, date=date)
    return _extract_one(registry, lexicon, background)(doc)


def _extract(
    docs: Iterable[Document],
    registry: ActorRegistry | None,
    workers: int,
    on_failure: Callable[[InputError], None] | None,
    lexicon: Lexicon | None = None,
    background: bool = False,
) -> Iterator[Extraction]:
    """Extractions in input order: a process pool for ``workers > 1``, else here.

    Nothing is started (no pipeline loaded, no pool) until there is a document to extract: a
    re-run over unchanged files costs only reading and hashing them. In this process a document
    the extractor fails on is reported to ``on_failure`` (E019) and skipped; without a handler
    the exception propagates. With a pool, a document a worker fails on is skipped the same way;
    only a failure of the pool itself ends the run (E020), and what was stored stays.
    """
    pending = iter(docs)
    first = next(pending, None)
    if first is None:
        return
    todo = itertools.chain([first], pending)
    from realpolitik.extract.parallel import extract_many

    stored = 0
    try:
        kwargs = _options(lexicon, background)
        if on_failure is not None:
            kwargs["on_error"] = on_failure  # a failing document is skipped, on any process
        # One process or many, paragraphs are parsed in batches across documents.
        for extraction in extract_many(todo, registry=registry, workers=workers, **kwargs):
            yield extraction
            stored += 1
    except RealpolitikError:
        raise
    except Exception as exc:
        if on_failure is None or workers <= 1:
            raise
        raise RealpolitikError(Errors.E020, reason=_reason(exc), stored=stored) from exc


def _options(lexicon: Lexicon | None, background: bool) -> dict[str, Any]:
    """Keyword options for the extractor, only those set (an extractor without them still runs)."""
    kwargs: dict[str, Any] = {"lexicon": lexicon} if lexicon is not None else {}
    if background:
        kwargs["background"] = True
    return kwargs


def _extract_one(
    registry: ActorRegistry | None, lexicon: Lexicon | None = None, background: bool = False
) -> Callable[[Document], Extraction]:
    """The extractor's own function, with its spaCy pipeline loaded once for this process."""
    import realpolitik.extract as extract
    from realpolitik.extract.parallel import shared_nlp

    kwargs = _options(lexicon, background)
    nlp = shared_nlp()
    return lambda doc: extract.extract_document(doc, registry, None, nlp, **kwargs)


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class _Known:
    """What the store already holds for a few documents: three indexed look-ups per chunk of
    documents instead of three per document."""

    def __init__(self, cursor: Cursor, docs: list[Document]) -> None:
        self.hash_of: dict[str, str] = {}
        self.hashes: set[str] = set()
        self.owner: dict[str, str] = {}
        if not docs:
            return
        sources = [d.source for d in docs]
        self.hash_of = dict(_lookup(cursor, "source, content_hash", "source", sources))
        digests = [d.content_hash for d in docs]
        self.hashes = {row[0] for row in _lookup(cursor, "content_hash", "content_hash", digests)}
        self.owner = dict(_lookup(cursor, "doc_id, source", "doc_id", [d.doc_id for d in docs]))

    def status(self, source: str, digest: str) -> str:
        old = self.hash_of.get(source)
        if old is not None:
            return "same" if old == digest else "changed"
        return "duplicate" if digest in self.hashes else "new"


def _lookup(cursor: Cursor, columns: str, key: str, values: list[str]) -> list[tuple[Any, ...]]:
    # A literal IN list uses the column's index (a semi-join would scan the whole table).
    marks = ", ".join("?" for _ in values)
    return cursor.rows(
        f"SELECT DISTINCT {columns} FROM documents WHERE {key} IN ({marks})",  # noqa: S608
        values,
    )


def _unique_id(known: _Known, doc: Document, batch: dict[str, str]) -> Document:
    """Keep doc_ids unique: a readable id taken by another source gets a short hash of ours."""
    owner = known.owner.get(doc.doc_id) or batch.get(doc.doc_id)
    if owner is None or owner == doc.source:
        return doc
    suffix = hashlib.sha1(doc.source.encode("utf-8")).hexdigest()[:8]
    return replace(doc, doc_id=f"{doc.doc_id}~{suffix}")


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Callable[[IngestReport], None]]:
    """A rich progress line on stderr, only when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield lambda report: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("ingesting"),
        BarColumn(),
        TextColumn("{task.fields[line]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=None, line="")

        def tick(report: IngestReport) -> None:
            line = (
                f"{report.stored} stored, {report.unchanged + report.duplicates} skipped,"
                f" {report.failed} failed, {report.events} events"
            )
            bar.update(task, advance=1, line=line)

        yield tick


__all__ = ["IngestReport", "Interrupted", "extract_paths", "extract_text", "ingest"]
