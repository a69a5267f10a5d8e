"""Insert many rows in one statement (imported by name: tests have no packages).

DuckDB's ``executemany`` runs the statement once per row, each its own transaction with its own
write to disk when no transaction is open: 700 rows take seconds. ``insert_rows`` sends the same
rows as one multi-row ``VALUES`` list (chunked), with the same statement text per row, so what is
stored is what ``executemany`` would store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb

CHUNK = 500  # rows a statement; keeps the parameter list modest


def _row_group(sql: str) -> tuple[str, str]:
    """The statement up to its VALUES keyword and the one parenthesised row after it."""
    head, sep, tail = sql.rpartition("VALUES")
    group = tail.strip()
    assert sep and group.startswith("(") and group.endswith(")"), sql
    depth = 0
    for i, ch in enumerate(group):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            assert i == len(group) - 1, f"one row group after VALUES expected: {sql}"
    return head + sep, group


def insert_rows(con: duckdb.DuckDBPyConnection, sql: str, rows: Sequence[Sequence[Any]]) -> None:
    """``con.executemany(sql, rows)`` for an ``INSERT ... VALUES (...)``, in one statement per
    ``CHUNK`` rows."""
    head, group = _row_group(sql)
    width = group.count("?")
    assert all(len(row) == width for row in rows), f"every row needs {width} values: {sql}"
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        params = [value for row in chunk for value in row]
        con.execute(f"{head} {', '.join([group] * len(chunk))}", params)
