"""``realpolitik merge DIR``: Parquet shards into the store, one transaction per batch of shards.

Documents are matched to what the store holds exactly as ``ingest`` does it: the same source
with the same content hash is unchanged (skipped), with another hash it replaces the stored
version; a content hash stored under another source is a duplicate (skipped); a doc_id taken
by another source gets a short hash of the source appended. So merging twice, or merging after
a kill, stores every document once: a batch is all or nothing, and a re-run skips what an
earlier run committed.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from realpolitik.errors import Errors, InputError, RealpolitikError
from realpolitik.scale._manifest import MANIFEST, read_manifest
from realpolitik.scale._work import FOLDERS, part_paths
from realpolitik.store import Store
from realpolitik.store._arrow import SCHEMAS

DEFAULT_BATCH_DOCS = 5000
_LOOKUP = 500  # values per indexed IN-list look-up

MessageHandler = Callable[[str], None]


@dataclass
class MergeReport:
    """What one merge did; ``shards`` counts those merged now or found merged before."""

    shards: int = 0
    failed: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events: int = 0
    claims: int = 0
    transactions: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        return self.new + self.replaced

    def line(self) -> str:
        return (
            f"{self.shards} shard(s) merged, {self.failed} skipped: {self.new} new,"
            f" {self.replaced} replaced, {self.unchanged} unchanged, {self.duplicates}"
            f" duplicate(s); {self.events} event(s), {self.claims} claim(s) stored in"
            f" {self.transactions} transaction(s), {self.seconds:.1f} s."
        )


class MergeInterrupted(KeyboardInterrupt):
    """Ctrl-C during merge; committed batches stay, running the same merge resumes."""

    def __init__(self, report: MergeReport) -> None:
        super().__init__("interrupted")
        self.report = report


def merge(
    out: str | os.PathLike[str],
    store: Store,
    *,
    batch_docs: int = DEFAULT_BATCH_DOCS,
    on_error: MessageHandler | None = None,
    on_batch: Callable[[MergeReport], None] | None = None,
) -> MergeReport:
    """Load the shards listed in ``out/manifest.jsonl`` into ``store`` (``realpolitik merge``).

    Shards go in part order, in batches of about ``batch_docs`` documents, one transaction per
    batch. A shard whose files are missing or unreadable is skipped with one line (E121/E122)
    and the rest goes on; E124 when nothing at all could be merged. ``on_batch(report)`` is
    called after each commit with the counts so far.
    """
    folder = Path(out)
    if not (folder / MANIFEST).is_file():
        raise RealpolitikError(Errors.E120, path=folder)
    started = time.perf_counter()
    report = MergeReport()

    def fail(message: str) -> None:
        report.errors.append(message)
        if on_error is not None:
            on_error(message)

    records = sorted(
        read_manifest(folder, lambda e: fail(str(e))).values(), key=lambda r: int(r["part"])
    )
    batch: list[dict[str, Path]] = []
    size = 0
    try:
        for record in records:
            paths = part_paths(folder, int(record["part"]))
            missing = [p for p in paths.values() if not p.is_file()]
            if missing:
                report.failed += 1
                fail(str(InputError(Errors.E121, path=missing[0], part=record["part"])))
                continue
            batch.append(paths)
            size += int(record.get("documents", 0))
            if size >= batch_docs:
                _commit(store, batch, report, fail, on_batch)
                batch, size = [], 0
        _commit(store, batch, report, fail, on_batch)
    except (KeyboardInterrupt, duckdb.InterruptException) as exc:
        report.seconds = time.perf_counter() - started
        raise MergeInterrupted(report) from exc
    except RuntimeError as exc:
        from realpolitik.pipeline import interrupted_query

        if not interrupted_query(exc):
            raise
        report.seconds = time.perf_counter() - started
        raise MergeInterrupted(report) from None
    report.seconds = time.perf_counter() - started
    if records and report.shards == 0:
        raise RealpolitikError(Errors.E124, path=folder, count=len(records))
    return report


def _commit(
    store: Store,
    batch: list[dict[str, Path]],
    report: MergeReport,
    fail: MessageHandler,
    on_batch: Callable[[MergeReport], None] | None = None,
) -> None:
    """One transaction for the batch; if a shard in it cannot be read, each shard alone."""
    if not batch:
        return
    counts = MergeReport()
    try:
        with store.transaction() as con:
            for paths in batch:
                _merge_shard(con, paths, counts)
    except duckdb.Error as exc:
        if len(batch) == 1:
            report.failed += 1
            reason = str(exc).splitlines()[0][:200]
            fail(str(InputError(Errors.E122, path=batch[0]["documents"], reason=reason)))
            return
        for paths in batch:
            _commit(store, [paths], report, fail, on_batch)
        return
    report.transactions += 1
    report.shards += len(batch)
    for name in ("new", "replaced", "unchanged", "duplicates", "events", "claims"):
        setattr(report, name, getattr(report, name) + getattr(counts, name))
    if on_batch is not None:
        on_batch(report)


def _merge_shard(
    con: duckdb.DuckDBPyConnection, paths: dict[str, Path], report: MergeReport
) -> None:
    docs_path = str(paths["documents"])
    rows = con.execute(
        "SELECT doc_id, source, content_hash FROM read_parquet(?)", [docs_path]
    ).fetchall()
    if not rows:
        return
    known = _Known(con, rows)
    keep: list[tuple[str, str, str]] = []  # (doc_id in the shard, doc_id stored, source)
    old_ids: list[str] = []
    sources: set[str] = set()
    hashes: set[str] = set()
    taken: dict[str, str] = {}
    for doc_id, source, digest in rows:
        if source in sources:
            report.unchanged += 1
            continue
        old = known.hash_of.get(source)
        if old == digest:
            report.unchanged += 1
            continue
        if old is None and (digest in known.hashes or digest in hashes):
            report.duplicates += 1
            continue
        if old is not None:
            report.replaced += 1
            old_ids.append(known.id_of[source])
        else:
            report.new += 1
        stored_id = doc_id
        owner = known.owner.get(doc_id) or taken.get(doc_id)
        if owner is not None and owner != source:
            stored_id = f"{doc_id}~{hashlib.sha1(source.encode('utf-8')).hexdigest()[:8]}"
        taken[stored_id] = source
        sources.add(source)
        hashes.add(digest)
        keep.append((doc_id, stored_id, source))
    if old_ids:
        for table in ("sentences", "actor_mentions", "events", "claims", "documents"):
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [old_ids])  # noqa: S608
    if not keep:
        return
    ids = pa.table(
        {
            "doc_id": [k[0] for k in keep],
            "stored_id": [k[1] for k in keep],
            "source": [k[2] for k in keep],
        }
    )
    con.register("_merge_keep", ids)
    try:
        for table, path in paths.items():
            columns = [c for c in SCHEMAS[table].names if c != "doc_id"]
            picked = ", ".join(f"p.{c}" for c in columns)
            on = "p.doc_id = k.doc_id" + (
                " AND p.source = k.source" if table == "documents" else ""
            )
            got = con.execute(
                f"INSERT INTO {table} (doc_id, {', '.join(columns)})"  # noqa: S608
                f" SELECT k.stored_id, {picked} FROM read_parquet(?) p JOIN _merge_keep k ON {on}",
                [str(path)],
            ).fetchone()
            inserted = int(got[0]) if got else 0
            if table == "events":
                report.events += inserted
            elif table == "claims":
                report.claims += inserted
    finally:
        with contextlib.suppress(duckdb.Error):
            con.unregister("_merge_keep")


class _Known:
    """What the store holds for a shard's sources, hashes and doc_ids (indexed look-ups)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]]) -> None:
        self.hash_of: dict[str, str] = {}
        self.id_of: dict[str, str] = {}
        self.hashes: set[str] = set()
        self.owner: dict[str, str] = {}
        for doc_id, source, digest in _lookup(
            con, "doc_id, source, content_hash", "source", [r[1] for r in rows]
        ):
            self.hash_of[source] = digest
            self.id_of[source] = doc_id
        for (digest,) in _lookup(con, "content_hash", "content_hash", [r[2] for r in rows]):
            self.hashes.add(digest)
        for doc_id, source in _lookup(con, "doc_id, source", "doc_id", [r[0] for r in rows]):
            self.owner[doc_id] = source


def _lookup(
    con: duckdb.DuckDBPyConnection, columns: str, key: str, values: list[str]
) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    unique = list(dict.fromkeys(values))
    for i in range(0, len(unique), _LOOKUP):
        chunk = unique[i : i + _LOOKUP]
        marks = ", ".join("?" for _ in chunk)
        sql = f"SELECT DISTINCT {columns} FROM documents WHERE {key} IN ({marks})"  # noqa: S608
        out += con.execute(sql, chunk).fetchall()
    return out


__all__ = ["FOLDERS", "MergeInterrupted", "MergeReport", "merge"]
