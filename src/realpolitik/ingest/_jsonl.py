"""JSON Lines: one ``{"id", "text", "date", "title", "url"}`` object per line; only text required.

Whatever one line holds (nesting thousands of levels deep, a 5,000-digit number, a lone
surrogate escape such as ``"\\ud800"``) is at worst that line's one error: the rest of the file
and the batch are read. Two lines with one ``id`` are two documents when their texts differ
(the later one's id gets a short hash of its text) and one when they are the same.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

from realpolitik.errors import Errors, InputError
from realpolitik.ingest._files import InputFile
from realpolitik.ingest._text import distinct_key, lone_surrogate, normalise, parse_date
from realpolitik.models import Document, content_hash

# Python's int() refuses longer digit strings (CVE-2020-10735); the JSON parser inherits it.
MAX_DIGITS = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 4300


def read_jsonl(
    file: InputFile,
    text: str,
    date: str | None,
    first_line: int = 1,
    *,
    seen: dict[str, tuple[str, int]] | None = None,
) -> Iterator[Document | InputError]:
    """One document per good line; each bad line is one error naming the file and line.

    ``first_line``: the number of the text's first line in the file (a part of a large file);
    ``seen``: the ids of the file's earlier parts (id -> (hash of text, line)), so that a part
    read alone names a repeated id as the whole file would; it is updated as lines are read.
    """
    if seen is None:
        seen = {}  # id -> (hash of text, first line)
    for number, line in enumerate(text.split("\n"), start=first_line):
        if not line.strip():
            continue
        record = _parse(file, number, line)
        if isinstance(record, InputError):
            yield record
            continue
        if not isinstance(record, dict):
            yield InputError(Errors.E017, path=file.path, line=number, got=_kind(record))
            continue
        doc = _document(file, number, record, date)
        if isinstance(doc, Document) and has_own_id(record):
            doc = _distinct(file, number, doc, seen)
        yield doc


def _parse(file: InputFile, number: int, line: str) -> Any:
    """The line's JSON value, or the one error that says why it cannot be had."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        reason = f"{exc.msg} at column {exc.colno}"
        return InputError(Errors.E008, path=file.path, line=number, reason=reason)
    except RecursionError:
        return InputError(Errors.E021, path=file.path, line=number, limit=sys.getrecursionlimit())
    except ValueError as exc:  # int() digit limit; nothing else in json raises a bare ValueError
        if "digits" in str(exc):
            return InputError(Errors.E022, path=file.path, line=number, limit=MAX_DIGITS)
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return InputError(Errors.E008, path=file.path, line=number, reason=reason)


def has_own_id(record: dict[str, Any]) -> bool:
    doc_id = record.get("id")
    return doc_id is not None and bool(str(doc_id).strip())


def _distinct(
    file: InputFile, line: int, doc: Document, seen: dict[str, tuple[str, int]]
) -> Document | InputError:
    """A repeated id: same text is a duplicate (skipped, said so), other text a new document."""
    digest = content_hash(doc.text)
    earlier = seen.get(doc.doc_id)
    if earlier is None:
        seen[doc.doc_id] = (digest, line)
        return doc
    if earlier[0] == digest:
        return InputError(
            Errors.E026, path=file.path, where=f":{line}", field="id", key=doc.doc_id,
            first=f"line {earlier[1]}",
        )  # fmt: skip
    key = distinct_key(doc.doc_id, digest, seen)
    seen[key] = (digest, line)
    return Document(
        doc_id=key,
        text=doc.text,
        source=f"{file.source}#{key}",
        title=doc.title,
        date=doc.date,
        url=doc.url,
        language=doc.language,
    )


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
    for name in ("text", "id", "title", "url", "date"):
        value = record.get(name)
        char = lone_surrogate(value) if isinstance(value, str) else None
        if char:
            return InputError(
                Errors.E023, path=file.path, where=f":{line}", field=name, char=char, what="line"
            )
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
