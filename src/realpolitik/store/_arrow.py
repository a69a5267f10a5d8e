"""Extraction rows as typed Arrow tables: one shape for the store's batch inserts and Parquet shards.

DuckDB inserts an Arrow table in one statement (``INSERT ... SELECT``) at a fraction of the cost
of row-by-row ``executemany``; Parquet shards written by ``realpolitik extract --out`` use the
same schemas, so ``merge`` is a plain ``INSERT ... SELECT`` from ``read_parquet``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa

from realpolitik.models import Extraction

_S = pa.string()
_I = pa.int32()
_F = pa.float64()
_D = pa.date32()

SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("doc_id", _S), ("source", _S), ("url", _S), ("title", _S), ("published", _D),
            ("language", _S), ("content_hash", _S), ("text", _S),
        ]
    ),
    "sentences": pa.schema(
        [("doc_id", _S), ("sentence_index", _I), ("start_char", _I), ("end_char", _I), ("text", _S)]
    ),
    "actor_mentions": pa.schema(
        [
            ("doc_id", _S), ("sentence_index", _I), ("start_char", _I), ("end_char", _I),
            ("text", _S), ("code", _S),
        ]
    ),
    "events": pa.schema(
        [
            ("origin", _S), ("doc_id", _S), ("sentence_index", _I), ("date", _D),
            ("date_precision", _S), ("source_code", _S), ("source_country", _S),
            ("source_text", _S), ("source_name", _S), ("target_code", _S),
            ("target_country", _S), ("target_text", _S), ("target_name", _S), ("cameo", _S),
            ("plover", _S), ("mode", _S), ("goldstein", _F), ("quad_class", pa.int8()),
            ("factuality", _S), ("confidence", _F), ("evidence_sentence", _S),
            ("evidence_start", _I), ("evidence_end", _I), ("trigger", _S), ("source_url", _S),
        ]
    ),
    "claims": pa.schema(
        [
            ("doc_id", _S), ("sentence_index", _I), ("subject_code", _S),
            ("subject_country", _S), ("subject_text", _S), ("object_code", _S),
            ("object_country", _S), ("object_text", _S), ("measure", _S), ("value", _F),
            ("unit", _S), ("year", _I), ("factuality", _S), ("evidence_sentence", _S),
            ("evidence_start", _I), ("evidence_end", _I),
        ]
    ),
}  # fmt: skip

# Order of inserts (documents first) and of deletes (documents last).
TABLES = ("documents", "sentences", "actor_mentions", "events", "claims")


def rows_table(schema: pa.Schema, rows: Sequence[tuple[Any, ...]]) -> pa.Table:
    """Rows (tuples in the schema's column order) as one Arrow table of the schema's types."""
    columns: list[Any] = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    arrays = []
    for field, values in zip(schema, columns, strict=True):
        if field.type == _D:  # ISO strings (not pyarrow's cast: it imports pyarrow.compute)
            arrays.append(pa.array([_date(v) for v in values], _D))
        else:
            arrays.append(pa.array(values, field.type))
    return pa.Table.from_arrays(arrays, schema=schema)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def extraction_tables(extractions: Iterable[Extraction]) -> dict[str, pa.Table]:
    """Every row of these extractions, one Arrow table per store table."""
    from realpolitik.store._store import extraction_rows

    rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in TABLES}
    for extraction in extractions:
        for name, got in extraction_rows(extraction).items():
            rows[name] += got
    return {name: rows_table(SCHEMAS[name], rows[name]) for name in TABLES}
