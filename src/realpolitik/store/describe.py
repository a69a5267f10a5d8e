"""The store's schema for people: every table and view, its columns, types and what they hold.

Read from the live database (``information_schema``), with each column's note taken from the
``-- comment`` beside it in the registered migrations. ``docs/schema.md`` is this module's
``markdown()`` of a fresh store (``realpolitik sql --schema``); a test keeps the two in sync.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from realpolitik.store import migrations

if TYPE_CHECKING:
    from realpolitik.store._store import Store

_CREATE = re.compile(r"CREATE\s+(?:TABLE|VIEW)\s+(\w+)", re.IGNORECASE)
_COLUMN = re.compile(r"^\s*(\w+)\s+[A-Z]+[^,-]*,?\s*--\s*(.+?)\s*$")
_ALTER = re.compile(r"ALTER\s+TABLE\s+(\w+)\s+ADD\s+COLUMN\s+(\w+)[^;]*;\s*(?:--\s*(.+))?", re.I)


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    note: str


@dataclass(frozen=True)
class Table:
    name: str
    kind: str  # 'table' or 'view'
    component: str
    columns: tuple[Column, ...]


def describe(store: Store) -> list[Table]:
    """Every table and view of the store (``schema_versions`` included), by component."""
    notes, owner = _notes()
    out: list[Table] = []
    for name, kind in store.tables():
        cols = tuple(
            Column(str(c), str(t), notes.get((name, str(c)), ""))
            for c, t in store.rows(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_name = ? AND table_schema = 'main'"
                " AND table_catalog = current_database() ORDER BY ordinal_position",
                [name],
            )
        )
        out.append(Table(name, kind, owner.get(name, "store"), cols))
    order = {c: i for i, c in enumerate(["store", *migrations.components()])}
    return sorted(out, key=lambda t: (order.get(t.component, 99), t.name))


def markdown(store: Store) -> str:
    """The schema as Markdown: one section per table, one row per column."""
    lines = [
        "# The realpolitik database schema",
        "",
        "Every table and view of a realpolitik DuckDB file, as `realpolitik sql --schema`"
        " prints it (generated from the live schema; a test keeps this file in sync).",
        'Query it with `realpolitik sql "SELECT ..."` (read-only) or any DuckDB client.',
        "Country columns hold ISO3 codes; dates are DATE; `source` is the loaded file's name.",
    ]
    for table in describe(store):
        lines += ["", f"## {table.name}", "", f"{table.kind}, component `{table.component}`", ""]
        lines += ["| column | type | what it holds |", "|---|---|---|"]
        for col in table.columns:
            note = col.note.replace("|", "\\|")
            lines.append(f"| {col.name} | {col.type} | {note} |")
    return "\n".join(lines) + "\n"


def _notes() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """(table, column) -> the comment beside it in a migration; table -> its component."""
    notes: dict[tuple[str, str], str] = {}
    owner: dict[str, str] = {"schema_versions": "store"}
    for m in migrations.registered():
        for script in m.scripts:
            table: str | None = None
            for line in script.splitlines():
                created = _CREATE.search(line)
                if created:
                    table = created.group(1)
                    owner.setdefault(table, m.component)
                    continue
                altered = _ALTER.search(line)
                if altered:
                    if altered.group(3):
                        notes[(altered.group(1), altered.group(2))] = altered.group(3).strip()
                    continue
                column = _COLUMN.match(line)
                if table and column:
                    notes[(table, column.group(1))] = column.group(2)
    return notes, owner


__all__ = ["Column", "Table", "describe", "markdown"]
