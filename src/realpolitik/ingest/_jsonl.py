"""JSON Lines: one ``{"id", "text", "date", "title", "url"}`` object per line; only text required."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from realpolitik.errors import Errors, InputError
from realpolitik.ingest._files import InputFile
from realpolitik.ingest._text import normalise, parse_date
from realpolitik.models import Document


def read_jsonl(
    file: InputFile, text: str, date: str | None, first_line: int = 1
) -> Iterator[Document | InputError]:
    """One document per good line; each bad line is one error naming the file and line.

    ``first_line``: the number of the text's first line in the file (a part of a large file).
    """
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            reason = f"{exc.msg} at column {exc.colno}"
            yield InputError(Errors.E008, path=file.path, line=number, reason=reason)
            continue
        if not isinstance(record, dict):
            yield InputError(Errors.E017, path=file.path, line=number, got=_kind(record))
            continue
        yield _document(file, number, record, date)


def _document(
    file: InputFile, line: int, record: dict[str, Any], date: str | None
) -> Document | InputError:
    text = record.get("text")
    if text is None or (isinstance(text, str) and not text.strip()):
        return InputError(Errors.E009, path=file.path, line=line)
    if not isinstance(text, str):
        return _wrong(file, line, "text", "a string")
    doc_id = record.get("id")
    if doc_id is not None and (isinstance(doc_id, bool) or not isinstance(doc_id, (str, int))):
        return _wrong(file, line, "id", "a string or an integer")
    for name in ("title", "url"):
        if record.get(name) is not None and not isinstance(record[name], str):
            return _wrong(file, line, name, "a string")
    raw_date = record.get("date")
    own_date = None
    if raw_date is not None:
        own_date = parse_date(raw_date) if isinstance(raw_date, str) else None
        if own_date is None:
            return _wrong(file, line, "date", "a date string YYYY-MM-DD")
    key = str(doc_id).strip() if doc_id is not None and str(doc_id).strip() else None
    return Document(
        doc_id=key or f"{file.doc_id}#{line}",
        text=normalise(text),
        source=f"{file.source}#{key}" if key else f"{file.source}#L{line}",
        title=normalise(record["title"]) or None if record.get("title") else None,
        date=own_date or date,
        url=record.get("url") or None,
    )


def _wrong(file: InputFile, line: int, field: str, expected: str) -> InputError:
    return InputError(Errors.E012, path=file.path, line=line, field=field, expected=expected)


def _kind(value: Any) -> str:
    return {list: "an array", str: "a string", bool: "a boolean"}.get(type(value), "a number")
