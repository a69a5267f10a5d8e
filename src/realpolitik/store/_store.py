"""The embedded DuckDB store: opening, migrations, reads and per-document transactions.

Other layers never touch the DuckDB connection: they read through the named methods here
(``rows``, ``dicts``, ``arrow``, ``exists``, ...) and write inside ``transaction()``. Queries
open the file read-only (several readers at once, never a lock on a running ``report``); loads
open it read-write and bring its schema up to date with every registered component's migrations.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import duckdb

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.store import migrations

if TYPE_CHECKING:
    import numpy as np
    import pyarrow as pa
    from numpy.typing import NDArray

    from realpolitik.models import Claim, Event, Extraction

DEFAULT_DB = "realpolitik.duckdb"
ENV_DB = "REALPOLITIK_DB"

DocumentStatus = Literal["new", "same", "changed", "duplicate"]
Params = Sequence[object]


def resolve_db_path(path: str | os.PathLike[str] | None = None) -> Path:
    """--db PATH beats $REALPOLITIK_DB beats ./realpolitik.duckdb."""
    if path:
        return Path(path)
    env = os.environ.get(ENV_DB)
    return Path(env) if env else Path(DEFAULT_DB)


class _Reads:
    """Named reads over one DuckDB connection or cursor (shared by ``Store`` and ``Cursor``)."""

    con: duckdb.DuckDBPyConnection
    _fresh: dict[str, bool] | None = None  # read-only: summaries' freshness, checked once

    def summaries_fresh(self) -> bool:
        """Whether the events summaries (``store.summaries``) match the events as they are now."""
        if self._fresh is not None and "events" in self._fresh:
            return self._fresh["events"]
        from realpolitik.store import summaries

        fresh = summaries.fresh(self.con)
        if self._fresh is not None:
            self._fresh["events"] = fresh
        return fresh

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """All result rows as tuples."""
        return self.con.execute(sql, list(params)).fetchall()

    def row(self, sql: str, params: Params = ()) -> tuple[Any, ...] | None:
        """The first result row, or None (the result is read to its end: DuckDB refuses new
        work on a connection with a half-read result)."""
        rows = self.con.execute(sql, list(params)).fetchall()
        return rows[0] if rows else None

    def value(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row, or None."""
        row = self.row(sql, params)
        return row[0] if row else None

    def dicts(self, sql: str, params: Params = ()) -> list[dict[str, Any]]:
        """All result rows as dicts keyed by column name."""
        cur = self.con.execute(sql, list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def arrow(self, sql: str, params: Params = ()) -> pa.Table:
        """The result as a pyarrow Table (``.to_pandas()`` for a DataFrame)."""
        return self.con.sql(sql, params=list(params) or None).to_arrow_table()

    def numpy(self, sql: str, params: Params = ()) -> dict[str, NDArray[np.generic]]:
        """The result as one numpy array per column."""
        return self.con.execute(sql, list(params)).fetchnumpy()

    def exists(self, table: str, where: str = "TRUE", params: Params = ()) -> bool:
        """Whether ``table`` has a row matching ``where`` (a fixed SQL fragment)."""
        sql = f"SELECT EXISTS (SELECT 1 FROM {table} WHERE {where})"  # noqa: S608
        return bool(self.value(sql, params))

    def distinct(self, table: str, column: str) -> list[str]:
        """The distinct non-NULL values of ``column`` in ``table``, sorted, as strings."""
        sql = f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY 1"  # noqa: S608
        return [str(r[0]) for r in self.rows(sql)]

    def count(self, table: str) -> int:
        row = self.row(f"SELECT count(*) FROM {table}")  # noqa: S608
        return int(row[0]) if row else 0

    def document_status(self, source: str, content_hash: str) -> DocumentStatus:
        """'same' and 'duplicate' mean there is nothing to do for this document."""
        row = self.row("SELECT content_hash FROM documents WHERE source = ?", [source])
        if row is not None:
            return "same" if row[0] == content_hash else "changed"
        dup = self.row("SELECT 1 FROM documents WHERE content_hash = ? LIMIT 1", [content_hash])
        return "duplicate" if dup else "new"

    def document_source(self, doc_id: str) -> str | None:
        """The source (path, feed entry, record) a stored doc_id belongs to, if any."""
        row = self.row("SELECT source FROM documents WHERE doc_id = ?", [doc_id])
        return str(row[0]) if row else None

    def tables(self) -> list[tuple[str, str]]:
        """(name, 'table' or 'view') of every table and view, sorted by name."""
        return [
            (str(n), "view" if t == "VIEW" else "table")
            for n, t in self.rows(
                "SELECT table_name, table_type FROM information_schema.tables"
                " WHERE table_schema = 'main' AND table_catalog = current_database()"
                " ORDER BY table_name"
            )
        ]


class Cursor(_Reads):
    """A second connection to the same store for another thread (``Store.cursor()``)."""

    def __init__(
        self, con: duckdb.DuckDBPyConnection, fresh: dict[str, bool] | None = None
    ) -> None:
        self.con = con
        self._fresh = fresh

    def close(self) -> None:
        self.con.close()


class Store(_Reads):
    """A realpolitik database file. Use as a context manager or call ``close()``.

    ``read_only=True`` (queries) never creates a file, never takes the write lock and lets other
    readers in; a file whose schema is behind is first brought up to date read-write.
    """

    _closed = False

    def __init__(self, path: str | os.PathLike[str] | None = None, read_only: bool = False) -> None:
        self.path = resolve_db_path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise RealpolitikError(Errors.E018, path=self.path)
        if not read_only:
            migrations.copy_template(self.path)  # a no-op unless one is in use (test suites)
        self.con = self._connect(read_only=read_only)
        try:
            if not read_only:
                self.migrate()
            elif self._pending():
                self.con.close()
                with Store(self.path):  # upgrade the schema, then read
                    pass
                self.con = self._connect(read_only=True)
        except BaseException:
            self.con.close()  # a refused file is not left open (nor locked) in this process
            raise
        if read_only:
            self._fresh = {}  # nobody can write while we read: check the summaries once

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            raise RealpolitikError(
                Errors.E101, path=self.path, reason=str(exc).splitlines()[0]
            ) from exc

    # -- lifecycle -----------------------------------------------------------------------------
    def close(self, *, refresh: bool = True) -> None:
        """Close; a writer first brings the events summaries up to date (if events changed),
        unless ``refresh`` is False (leaving on an error: the next writer does it)."""
        if self._closed:
            return
        self._closed = True
        try:
            if refresh and not self.read_only:
                self.refresh_summaries()
        finally:
            self.con.close()

    def refresh_summaries(self) -> bool:
        """Rebuild the events summaries if the events changed since they were built."""
        from realpolitik.store import summaries

        if summaries.fresh(self.con):
            return False
        with self.transaction() as con:
            summaries.rebuild(con)
        return True

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(refresh=exc_type is None)

    def cursor(self) -> Cursor:
        """Reads from another thread (DuckDB connections are not shared between threads)."""
        return Cursor(self.con.cursor(), self._fresh)

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
    def _versions(self) -> dict[str, int]:
        """Each component's schema version in this file ({} for a file without any).

        One query, not a look in information_schema first: every query command opens the store,
        and the catalogue views cost several times this read. (Outside a transaction only: a
        failed statement would abort one; every caller runs before any transaction.)
        """
        try:
            rows = self.rows("SELECT component, version FROM schema_versions")
        except duckdb.CatalogException:
            return {}
        return {str(c): int(v) for c, v in rows}

    def _foreign(self, versions: dict[str, int] | None = None) -> None:
        """E103 for a DuckDB file that holds tables but is not a realpolitik store."""
        if versions if versions is not None else self._versions():
            return
        tables = self.value(
            "SELECT count(*) FROM information_schema.tables WHERE table_catalog = current_database()"
        )
        if tables:
            raise RealpolitikError(Errors.E103, path=self.path)

    def _pending(self) -> bool:
        """Whether a registered component has scripts this file lacks (E102 if it is newer)."""
        versions = self._versions()
        self._foreign(versions)
        behind = False
        for m in migrations.registered():
            current = versions.get(m.component, 0)
            if current > m.version:
                raise RealpolitikError(
                    Errors.E102, path=self.path, found=current, component=m.component,
                    known=m.version,
                )  # fmt: skip
            behind = behind or current < m.version
        return behind

    def migrate(self) -> None:
        """Apply every registered component's scripts this file lacks, each in a transaction."""
        self._foreign()
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_versions (component VARCHAR PRIMARY KEY, version INTEGER)"
        )
        versions = self._versions()
        for m in migrations.registered():
            current = versions.get(m.component, 0)
            if current > m.version:
                raise RealpolitikError(
                    Errors.E102, path=self.path, found=current, component=m.component,
                    known=m.version,
                )  # fmt: skip
            for version in range(current + 1, m.version + 1):
                try:
                    with self.transaction() as con:
                        con.execute(m.scripts[version - 1])
                        con.execute(
                            "INSERT OR REPLACE INTO schema_versions VALUES (?, ?)",
                            [m.component, version],
                        )
                except duckdb.Error as exc:  # the step's transaction is rolled back
                    reason = str(exc).splitlines()[0]
                    raise RealpolitikError(
                        Errors.E104, path=self.path, component=m.component, version=version,
                        reason=reason,
                    ) from exc  # fmt: skip

    def schema_version(self, component: str = "core") -> int:
        return self._versions().get(component, 0)

    # -- documents -----------------------------------------------------------------------------
    def save_extraction(self, extraction: Extraction) -> None:
        """Store a document with all it yielded in one transaction, replacing an older version."""
        self.save_extractions([extraction])

    def save_extractions(self, extractions: Sequence[Extraction]) -> None:
        """Store several documents in one transaction: all of them, or (on any error) none.

        Each document replaces an older version of the same source or doc_id. Rows go in as one
        Arrow batch per table, which costs a fraction of row-by-row inserts; callers group
        documents so that a crash still leaves every document whole (all or nothing each). A
        small batch (an article or two) goes in as ``VALUES`` lists instead: building Arrow
        arrays imports pandas (pyarrow probes for it), half a second of every short command.
        """
        if not extractions:
            return
        rows = rows_of(extractions)
        small = sum(len(r) for r in rows.values()) <= SMALL_BATCH
        tables: dict[str, pa.Table] = {}
        if not small:
            from realpolitik.store._arrow import SCHEMAS, rows_table

            tables = {name: rows_table(SCHEMAS[name], rows[name]) for name in TABLES}
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
                if small:
                    _insert_values(con, name, COLUMNS[name], rows[name])
                else:
                    _insert_many(con, name, tables[name])


def _delete_documents(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    for table in ("sentences", "actor_mentions", "events", "claims", "documents"):
        con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [doc_ids])  # noqa: S608


def _insert_values(
    con: duckdb.DuckDBPyConnection, table: str, columns: list[str], rows: list[tuple[Any, ...]]
) -> None:
    """``INSERT ... VALUES`` of a few rows, a statement per ``_VALUES_ROWS`` (DuckDB casts the
    ISO date strings as it inserts them)."""
    one = "(" + ", ".join("?" for _ in columns) + ")"
    for start in range(0, len(rows), _VALUES_ROWS):
        part = rows[start : start + _VALUES_ROWS]
        con.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join(one for _ in part)}",  # noqa: S608
            [value for row in part for value in row],
        )


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


DOCUMENT_COLUMNS = [
    "doc_id", "source", "url", "title", "published", "language", "content_hash", "text",
]  # fmt: skip
SENTENCE_COLUMNS = ["doc_id", "sentence_index", "start_char", "end_char", "text"]
MENTION_COLUMNS = ["doc_id", "sentence_index", "start_char", "end_char", "text", "code"]


def rows_of(extractions: Iterable[Extraction]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of these extractions, by table."""
    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
    for extraction in extractions:
        for name, got in extraction_rows(extraction).items():
            rows[name] += got
    return rows


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


_EVENT_COLUMNS = [
    "origin", "doc_id", "sentence_index", "date", "date_precision",
    "source_code", "source_country", "source_text", "source_name",
    "target_code", "target_country", "target_text", "target_name",
    "cameo", "plover", "mode", "goldstein", "quad_class", "factuality", "confidence",
    "evidence_sentence", "evidence_start", "evidence_end", "trigger", "source_url",
]  # fmt: skip


def _event_row(e: Event, url: str | None) -> tuple[Any, ...]:
    from realpolitik.models import iso3_country  # not at import: queries never need models

    t = e.target
    return (
        "text", e.doc_id, e.sentence_index, e.date, e.date_precision,
        e.source.code, iso3_country(e.source.country), e.source.text, e.source.name,
        t.code if t else None, iso3_country(t.country) if t else None, t.text if t else None,
        t.name if t else None,
        e.cameo, e.plover, e.mode, e.goldstein, e.quad_class, e.factuality, e.confidence,
        e.evidence.sentence, e.evidence.start, e.evidence.end, e.evidence.trigger, url,
    )  # fmt: skip


_CLAIM_COLUMNS = [
    "doc_id", "sentence_index", "subject_code", "subject_country", "subject_text",
    "object_code", "object_country", "object_text", "measure", "value", "unit", "year",
    "factuality", "evidence_sentence", "evidence_start", "evidence_end",
    "comparator", "qualifier", "stated_precision", "period_start", "period_end", "exact", "scope",
    "evidence_trigger",
]  # fmt: skip

# Tables an extraction fills, in insert order (documents first) and their columns as the row
# builders give them; a batch of at most SMALL_BATCH rows goes in as VALUES lists.
TABLES = ("documents", "sentences", "actor_mentions", "events", "claims")
COLUMNS: dict[str, list[str]] = {
    "documents": DOCUMENT_COLUMNS, "sentences": SENTENCE_COLUMNS,
    "actor_mentions": MENTION_COLUMNS, "events": _EVENT_COLUMNS, "claims": _CLAIM_COLUMNS,
}  # fmt: skip
SMALL_BATCH = 2000
_VALUES_ROWS = 250


def _claim_row(c: Claim) -> tuple[Any, ...]:
    from realpolitik.models import iso3_country

    s, o = c.subject, c.object
    return (
        c.doc_id, c.sentence_index,
        s.code if s else None, iso3_country(s.country) if s else None, s.text if s else None,
        o.code if o else None, iso3_country(o.country) if o else None, o.text if o else None,
        c.measure, c.value, c.unit, c.year, c.factuality,
        c.evidence.sentence, c.evidence.start, c.evidence.end,
        c.comparator, c.qualifier, c.precision, c.period[0] if c.period else None,
        c.period[1] if c.period else None, c.exact, c.scope, c.evidence.trigger,
    )  # fmt: skip
