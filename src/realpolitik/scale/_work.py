"""What a worker does with a shard: read its pieces, extract, write Parquet parts atomically.

The spaCy pipeline, the actor registry and the trigger lexicon are loaded once per worker
process (``prepare``: the pool's initializer, or the Dask worker plugin), never per shard.
Documents stream through parser batches across document boundaries (``extract.batched``), each
batch inside ``nlp.memory_zone()``, so that a long-running worker's
vocabulary does not grow with every new word it meets. Rows go to Parquet in row groups as
they come, so a worker's memory does not grow with the size of a shard; each table's file is
written under a temporary name and renamed into place only when every table of the shard is
complete (the driver records the shard in the manifest after that).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from realpolitik.errors import Errors, InputError
from realpolitik.models import Document, Extraction
from realpolitik.scale._plan import Piece, Shard

# Folder of each store table's parts under the output directory.
FOLDERS = {
    "documents": "documents",
    "sentences": "sentences",
    "actor_mentions": "mentions",
    "events": "events",
    "claims": "claims",
}
DEFAULT_REGISTRY = b"realpolitik:default-registry"
_ROW_GROUP = 256  # documents per Parquet row group
_STATE: dict[str, Any] = {}
_LOCK = threading.Lock()  # one spaCy pipeline per process: one shard at a time through it


@dataclass(frozen=True)
class Options:
    """What extraction depends on besides the text, as it travels to workers (pickled)."""

    registry: bytes = DEFAULT_REGISTRY
    lexicon: bytes = b""
    date: str | None = None
    background: bool = False
    max_bytes: int = 20_000_000


@dataclass
class ShardResult:
    """What one shard yielded; counts are rows written."""

    key: str
    part: int
    documents: int = 0
    events: int = 0
    claims: int = 0
    mentions: int = 0
    sentences: int = 0
    words: int = 0
    seconds: float = 0.0
    pid: int = 0
    peak_mib: float = 0.0
    errors: list[str] = field(default_factory=list)  # one-line coded messages


def part_name(part: int) -> str:
    return f"part-{part:05d}.parquet"


def part_paths(out: Path, part: int) -> dict[str, Path]:
    return {table: out / folder / part_name(part) for table, folder in FOLDERS.items()}


def prepare(options: Options) -> None:
    """Load the pipeline, registry and lexicon into this process (once; later calls reuse)."""
    if _STATE.get("options") == options:
        return
    from realpolitik.extract.parallel import _default_registry, shared_nlp

    if options.registry == DEFAULT_REGISTRY:
        registry = _default_registry()
    else:
        registry = pickle.loads(options.registry)
    lexicon = pickle.loads(options.lexicon) if options.lexicon else None
    from realpolitik.extract.batched import MemoryZones

    nlp = shared_nlp()
    zones = _STATE.get("zones") or MemoryZones(nlp)  # spans the worker's shards
    _STATE.update(options=options, registry=registry, lexicon=lexicon, nlp=nlp, zones=zones)


def run_shard(shard: Shard, out: str, options: Options) -> ShardResult:
    """Extract one shard into its Parquet parts (called in a worker; ``prepare`` is cheap if
    the worker is ready)."""
    prepare(options)
    with _LOCK:
        return _run(shard, Path(out), options)


def _run(shard: Shard, out: Path, options: Options) -> ShardResult:
    from realpolitik.extract.parallel import extract_stream
    from realpolitik.store._arrow import SCHEMAS, extraction_tables

    started = time.perf_counter()
    result = ShardResult(shard.key, shard.part, pid=os.getpid())
    nlp = _STATE["nlp"]
    final = part_paths(out, shard.part)
    tag = f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    temps = {t: p.with_name(p.name + tag) for t, p in final.items()}
    writers = {t: pq.ParquetWriter(temps[t], SCHEMAS[t]) for t in final}
    try:
        pending: list[Extraction] = []
        stream = extract_stream(
            _documents(shard, options, result),
            _STATE["registry"],
            None,
            nlp,
            lexicon=_STATE["lexicon"],
            background=options.background,
            zones=_STATE["zones"],
        )
        for item in stream:
            if isinstance(item, Extraction):
                pending.append(item)
                result.words += len(item.document.text.split())
            else:
                result.errors.append(str(item.input_error()))
            if len(pending) >= _ROW_GROUP:
                _write(writers, extraction_tables(pending), result)
                pending = []
        _write(writers, extraction_tables(pending), result)
        for writer in writers.values():
            writer.close()
        for table, path in temps.items():
            os.replace(path, final[table])
    finally:
        for writer in writers.values():
            with contextlib.suppress(Exception):
                writer.close()
        for path in temps.values():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
    result.seconds = time.perf_counter() - started
    result.peak_mib = _peak_mib()
    return result


def _write(writers: dict[str, Any], tables: dict[str, pa.Table], result: ShardResult) -> None:
    for name, table in tables.items():
        if table.num_rows:
            writers[name].write_table(table)
    result.documents += tables["documents"].num_rows
    result.sentences += tables["sentences"].num_rows
    result.mentions += tables["actor_mentions"].num_rows
    result.events += tables["events"].num_rows
    result.claims += tables["claims"].num_rows


def _documents(shard: Shard, options: Options, result: ShardResult) -> Iterator[Document]:
    """The shard's documents, doc_ids unique within it; unreadable inputs become messages."""
    seen: dict[str, str] = {}
    for piece in shard.pieces:
        for item in read_piece(piece, options):
            if isinstance(item, InputError):
                result.errors.append(str(item))
                continue
            owner = seen.setdefault(item.doc_id, item.source)
            if owner != item.source:  # same readable id from another source (as ingest does)
                suffix = hashlib.sha1(item.source.encode("utf-8")).hexdigest()[:8]
                item = replace(item, doc_id=f"{item.doc_id}~{suffix}")
                seen[item.doc_id] = item.source
            yield item


def read_piece(piece: Piece, options: Options) -> Iterator[Document | InputError]:
    """The documents of one piece, with the readers ``ingest`` uses."""
    from realpolitik.ingest import read_file
    from realpolitik.ingest._files import decode
    from realpolitik.ingest._jsonl import read_jsonl

    file = piece.file
    if piece.whole:
        yield from read_file(file, date=options.date, max_bytes=options.max_bytes)
        return
    try:
        with open(piece.path, "rb") as fh:
            fh.seek(piece.start)
            data = fh.read(piece.end - piece.start)
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        yield InputError(Errors.E003, path=piece.path, reason=reason)
        return
    text = decode(file, data)
    seen = {key: (digest, line) for key, digest, line in piece.seen}
    if isinstance(text, InputError):
        # the whole lines before the bad one are read; from it to the piece's end is skipped
        head = data[: data.rfind(b"\n", 0, _bad_offset(data)) + 1]
        if head:
            lines = head.decode("utf-8-sig")
            yield from read_jsonl(file, lines, options.date, first_line=piece.first_line, seen=seen)
        line = piece.first_line + head.count(b"\n")
        last = piece.first_line + data.rstrip(b"\n").count(b"\n")
        yield InputError(
            Errors.E806, path=piece.path, line=line, last=last, reason="not valid UTF-8"
        )
        return
    yield from read_jsonl(file, text, options.date, first_line=piece.first_line, seen=seen)


def _bad_offset(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def _peak_mib() -> float:
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_PART = re.compile(r"^part-(\d{5,})\.parquet$")


def part_number(name: str) -> int | None:
    m = _PART.match(name)
    return int(m.group(1)) if m else None
