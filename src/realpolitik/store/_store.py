"""The embedded DuckDB store: opening, migrations and per-document transactions."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

import duckdb
import pyarrow as pa

from realpolitik.analysis.schema import ANALYSIS
from realpolitik.datasets.schema import DATASETS
from realpolitik.errors import Errors, RealpolitikError
from realpolitik.models import Extraction
from realpolitik.store.schema import CORE

DEFAULT_DB = "realpolitik.duckdb"
ENV_DB = "REALPOLITIK_DB"

# Order matters: later components may refer to earlier ones.
COMPONENTS: dict[str, list[str]] = {"core": CORE, "datasets": DATASETS, "analysis": ANALYSIS}

DocumentStatus = Literal["new", "same", "changed", "duplicate"]


def resolve_db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """--db PATH beats $REALPOLITIK_DB beats ./realpolitik.duckdb."""
    if path:
        return Path(path)
    env = os.environ.get(ENV_DB)
    return Path(env) if env else Path(DEFAULT_DB)


class Store:
    """A realpolitik database file. Use as a context manager or call ``close()``."""

    def __init__(self, path: str | os.PathLike[str] | None = None, read_only: bool = False) -> None:
        self.path = resolve_db_path(path)
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise RealpolitikError(
                Errors.E101, path=self.path, reason=str(exc).splitlines()[0]
            ) from exc
        if not read_only:
            self.migrate()

    # -- lifecycle -----------------------------------------------------------------------------
    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: a crash or kill inside leaves the file as it was before."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")

    # -- schema --------------------------------------------------------------------------------
    def migrate(self) -> None:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_versions (component VARCHAR PRIMARY KEY, version INTEGER)"
        )
        for component, scripts in COMPONENTS.items():
            row = self.con.execute(
                "SELECT version FROM schema_versions WHERE component = ?", [component]
            ).fetchone()
            current = int(row[0]) if row else 0
            if current > len(scripts):
                raise RealpolitikError(
                    Errors.E102,
                    path=self.path,
                    found=current,
                    component=component,
                    known=len(scripts),
                )
            for version in range(current + 1, len(scripts) + 1):
                with self.transaction() as con:
                    con.execute(scripts[version - 1])
                    con.execute(
                        "INSERT OR REPLACE INTO schema_versions VALUES (?, ?)", [component, version]
                    )

    def schema_version(self, component: str = "core") -> int:
        row = self.con.execute(
            "SELECT version FROM schema_versions WHERE component = ?", [component]
        ).fetchone()
        return int(row[0]) if row else 0

    # -- documents -----------------------------------------------------------------------------
    def document_status(self, source: str, content_hash: str) -> DocumentStatus:
        """'same' and 'duplicate' mean there is nothing to do for this document."""
        row = self.con.execute(
            "SELECT content_hash FROM documents WHERE source = ?", [source]
        ).fetchone()
        if row is not None:
            return "same" if row[0] == content_hash else "changed"
        dup = self.con.execute(
            "SELECT 1 FROM documents WHERE content_hash = ? LIMIT 1", [content_hash]
        ).fetchone()
        return "duplicate" if dup else "new"

    def save_extraction(self, extraction: Extraction) -> None:
        """Store a document with all it yielded in one transaction, replacing an older version."""
        self.save_extractions([extraction])

    def save_extractions(self, extractions: Sequence[Extraction]) -> None:
        """Store several documents in one transaction: all of them, or (on any error) none.

        Each document replaces an older version of the same source or doc_id. Rows go in as one
        Arrow batch per table, which costs a fraction of row-by-row inserts; callers group
        documents so that a crash still leaves every document whole (all or nothing each).
        """
        if not extractions:
            return
        from realpolitik.store._arrow import TABLES, extraction_tables

        tables = extraction_tables(extractions)
        sources = [e.document.source for e in extractions]
        ids = [e.document.doc_id for e in extractions]
        with self.transaction() as con:
            marks = ", ".join("?" for _ in extractions)  # literal lists use the indexes
            old = con.execute(
                f"SELECT doc_id FROM documents WHERE source IN ({marks})"  # noqa: S608
                f" UNION SELECT doc_id FROM documents WHERE doc_id IN ({marks})",
                [*sources, *ids],
            ).fetchall()
            if old:
                _delete_documents(con, [row[0] for row in old])
            for name in TABLES:
                _insert_many(con, name, tables[name])

    def count(self, table: str) -> int:
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()  # noqa: S608
        return int(row[0]) if row else 0


def _delete_documents(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    for table in ("sentences", "actor_mentions", "events", "claims", "documents"):
        con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [doc_ids])  # noqa: S608


def _insert_many(con: duckdb.DuckDBPyConnection, table: str, rows: pa.Table) -> None:
    """One ``INSERT ... SELECT`` of an Arrow batch (columns named as in the table)."""
    if rows.num_rows == 0:
        return
    view = f"_rows_{table}"
    con.register(view, rows)
    try:
        con.execute(
            f"INSERT INTO {table} ({', '.join(rows.column_names)}) SELECT * FROM {view}"  # noqa: S608
        )
    finally:
        with suppress(duckdb.Error):  # in an aborted transaction; the next register replaces it
            con.unregister(view)


def extraction_rows(extraction: Extraction) -> dict[str, list[tuple[Any, ...]]]:
    """The rows one extraction adds to each table (columns as in ``_arrow.SCHEMAS``)."""
    doc = extraction.document
    return {
        "documents": [
            (
                doc.doc_id, doc.source, doc.url, doc.title, doc.date, doc.language,
                doc.content_hash, doc.text,
            )
        ],
        "sentences": [(s.doc_id, s.index, s.start, s.end, s.text) for s in extraction.sentences],
        "actor_mentions": [
            (m.doc_id, m.sentence_index, m.start, m.end, m.text, m.code)
            for m in extraction.mentions
        ],
        "events": [_event_row(e, doc.url) for e in extraction.events],
        "claims": [_claim_row(c) for c in extraction.claims],
    }  # fmt: skip


def _event_row(e: Any, url: str | None) -> tuple[Any, ...]:
    t = e.target
    return (
        "text", e.doc_id, e.sentence_index, e.date, e.date_precision,
        e.source.code, e.source.country, e.source.text, e.source.name,
        t.code if t else None, t.country if t else None, t.text if t else None, t.name if t else None,
        e.cameo, e.plover, e.mode, e.goldstein, e.quad_class, e.factuality, e.confidence,
        e.evidence.sentence, e.evidence.start, e.evidence.end, e.evidence.trigger, url,
    )  # fmt: skip


def _claim_row(c: Any) -> tuple[Any, ...]:
    s, o = c.subject, c.object
    return (
        c.doc_id, c.sentence_index,
        s.code if s else None, s.country if s else None, s.text if s else None,
        o.code if o else None, o.country if o else None, o.text if o else None,
        c.measure, c.value, c.unit, c.year, c.factuality,
        c.evidence.sentence, c.evidence.start, c.evidence.end,
    )  # fmt: skip
