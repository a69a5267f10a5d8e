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


# Notes for columns without a comment in their migration: by (table, column), then by column.
_TABLE_NOTES: dict[tuple[str, str], str] = {
    (
        "schema_versions",
        "component",
    ): "a component that registered migrations (core, datasets, ...)",
    ("schema_versions", "version"): "how many of its migration scripts this file has applied",
    (
        "documents",
        "doc_id",
    ): "readable id: the file's path below the folder read, a feed entry's guid, a record's id",
    (
        "documents",
        "source",
    ): "where it was read (file path, #id or #line inside a file); re-reading replaces it",
    ("documents", "url"): "the article's address, where known",
    ("documents", "published"): "publication date",
    ("documents", "language"): "always 'en' today",
    ("documents", "content_hash"): "SHA-256 of the text: unchanged documents are skipped",
    ("documents", "text"): "the normalised text that offsets refer to",
    ("documents", "ingested_at"): "when it was stored",
    ("sentences", "text"): "the sentence",
    ("actor_mentions", "text"): "the words that name the actor",
    ("actor_mentions", "code"): "its CAMEO actor code (RUSGOV, PRK, IGOWSTNAT, ---REB)",
    ("events", "event_id"): "row id",
    ("events", "date"): "when the event happened, as precise as date_precision says",
    ("events", "date_precision"): "day, month, year or document (the publication date stood in)",
    ("events", "source_code"): "the acting side's CAMEO actor code",
    ("events", "target_code"): "the side acted on",
    ("events", "source_text"): "the words that name the source",
    ("events", "target_text"): "the words that name the target",
    ("events", "source_name"): "canonical name of a named person or body",
    ("events", "target_name"): "canonical name of a named person or body",
    ("events", "cameo"): "CAMEO event code (`realpolitik codes`)",
    ("events", "plover"): "PLOVER event type",
    ("events", "mode"): "PLOVER mode",
    ("events", "goldstein"): "Goldstein weight, -10 (conflict) to +10 (cooperation)",
    (
        "events",
        "quad_class",
    ): "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict",
    (
        "events",
        "factuality",
    ): "asserted, reported, possible or negated (text events; NULL for datasets)",
    ("events", "confidence"): "the extractor's confidence, 0-1",
    ("events", "evidence_sentence"): "the sentence the event was read from",
    ("events", "trigger"): "the words that coded the event",
    ("events", "num_mentions"): "GDELT: how many articles mention the event",
    ("events", "source_url"): "a dataset event's source article",
    ("claims", "subject_code"): "whose share or amount it is (the part)",
    (
        "claims",
        "object_code",
    ): "of what (the whole), e.g. North Korea in 'China's share of North Korea's trade'",
    ("claims", "measure"): "trade_share, import_share, export_share, amount, troops, ...",
    ("claims", "value"): "the number (shares as fractions 0-1)",
    ("claims", "unit"): "fraction, USD, troops, ...",
    ("claims", "year"): "the year the claim is about",
    ("claims", "comparator"): "how the value is stated: =, >, <, ~ (about)",
    ("claims", "qualifier"): "the words that qualify it (nearly, more than, ...)",
    ("claims", "stated_precision"): "the precision the text states the value to",
    ("claims", "period_start"): "first year of the period the claim is about",
    ("claims", "period_end"): "last year of that period",
    ("claims", "exact"): "stated as an exact figure",
    ("claims", "scope"): "what the figure covers, where the text says",
    ("claims", "evidence_trigger"): "the words that gave the claim",
}
_COLUMN_NOTES: dict[str, str] = {
    "doc_id": "the document (documents.doc_id)",
    "sentence_index": "the sentence's index in its document",
    "start_char": "character offset in the document text",
    "end_char": "character offset in the document text (end)",
    "evidence_start": "character offset of the evidence sentence",
    "evidence_end": "character offset of the evidence sentence's end",
    "source_country": "ISO3 of the source's state",
    "target_country": "ISO3 of the target's state",
    "subject_country": "ISO3",
    "object_country": "ISO3",
    "subject_text": "the words that name it",
    "object_text": "the words that name it",
    "factuality": "asserted, reported, possible or negated",
    "evidence_sentence": "the sentence it was read from",
    "source": "the loaded file's name (loading it again replaces its rows)",
    "iso3": "ISO3 code of the state",
    "year": "year",
    "origin": "the data source (undl, unvotes, baci, text, gdelt, icews, ...)",
    "defense": "1: a defence obligation (ATOP)",
    "offense": "1: an offence obligation",
    "neutrality": "1: a neutrality obligation",
    "nonaggression": "1: a non-aggression obligation",
    "consultation": "1: a consultation obligation",
    "atopid": "ATOP alliance id",
    "year_start": "first year",
    "year_end": "last year (NULL: still in effect at the end of the data)",
    "ccode": "Correlates of War state number",
    "version": "the dataset's version",
    "state_a": "ISO3 of the first state of the dyad",
    "state_b": "ISO3 of the second state",
    "rcid": "roll call id: 'undl:<id>' or 'unvotes:<rcid>'",
    "vote": "Y, A, N or X (present not voting / absent)",
    "model": "the ideal point model's name",
    "estimated_at": "when it was estimated",
    "description": "what it is, as the producer describes it",
    "citation": "whom to cite for numbers from it",
    "bilateral": "two members only",
    "title": "title",
    "value": "the value, in USD",
    "reporter": "ISO3 of the reporting state",
    "partner": "ISO3 of the partner state",
    "product": "HS product code; NULL for all products (a total)",
    "flow": "export, import or total",
    "recipient": "ISO3 of the recipient",
    "supplier_name": "the supplier as SIPRI names it",
    "recipient_name": "the recipient as SIPRI names it",
    "designation": "the weapon's designation",
    "category": "SIPRI weapon category",
    "order_year": "year of the order",
    "delivery_year": "year of delivery",
    "number": "number of items delivered",
    "status": "SIPRI's deal status",
    "deal_id": "SIPRI deal id",
    "kind": "the dataset kind (unga-votes, atop, sipri, ...)",
    "path": "the loaded file as given",
    "rows": "data rows read",
    "min_year": "first year covered",
    "max_year": "last year covered",
    "loaded_at": "when it was loaded",
    "licence": "the producer's terms",
    "replaced_by": "the publisher's file that replaced this starter-pack layer",
    "session": "UN General Assembly session",
    "recorded": "a recorded vote",
    "important": "an important vote (US State Department list, unvotes)",
    "ideal_point": "position (higher: closer to the US-led order)",
    "sd": "posterior standard deviation of the position",
    "n_votes": "votes it rests on",
    "since_year": "first year of the run",
    "until_year": "last year of the run",
    "iterations": "iterations of the fit",
    "log_posterior": "log posterior at the fit",
    "seconds": "run time",
    "n_state_years": "state-years estimated",
    "n_bridge_groups": "recurring-resolution groups bridging years",
    "system": "the state system ('cow')",
    "name": "name",
    "abbrev": "COW abbreviation",
    "start_date": "start of membership",
    "end_date": "end of membership",
    "mindist_km": "minimum distance in km",
    "shared": "IGOs both are members of",
    "full_members": "IGOs as full member",
    "associate": "IGOs as associate member",
    "observer": "IGOs as observer",
    "imports": "imports (COW, current USD millions)",
    "exports": "exports (COW, current USD millions)",
    "any_type": "IGOs with any kind of membership",
    "date": "date",
}


def describe(store: Store) -> list[Table]:
    """Every table and view of the store (``schema_versions`` included), by component."""
    notes, owner = _notes()
    out: list[Table] = []
    for name, kind in store.tables():
        cols = tuple(
            Column(str(c), str(t), _note(notes, name, str(c)))
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


def _note(notes: dict[tuple[str, str], str], table: str, column: str) -> str:
    return (
        notes.get((table, column))
        or _TABLE_NOTES.get((table, column))
        or _COLUMN_NOTES.get(column, "")
    )


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
