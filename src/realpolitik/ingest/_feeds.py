"""RSS and Atom feeds: each entry is a document with its date, link and guid."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import Any

import feedparser

from realpolitik.errors import Errors, InputError
from realpolitik.ingest._files import InputFile
from realpolitik.ingest._html import fragment_text
from realpolitik.ingest._text import normalise
from realpolitik.models import Document


def read_feed(file: InputFile, data: bytes, date: str | None) -> Iterator[Document | InputError]:
    """Entries in feed order. A feed with recoverable errors is still read (feeds often have)."""
    parsed: Any = feedparser.parse(io.BytesIO(data))
    entries = list(parsed.get("entries") or [])
    if not parsed.get("version") and not entries:
        reason = _reason(parsed) if parsed.get("bozo") else "no <rss>, <feed> or <rdf> root element"
        yield InputError(Errors.E007, path=file.path, reason=reason)
        return
    found = 0
    for n, entry in enumerate(entries, start=1):
        text = _entry_text(entry)
        if not text:
            continue
        found += 1
        guid = str(entry.get("id") or entry.get("link") or f"{file.doc_id}#{n}")
        title = normalise(str(entry["title"])) if entry.get("title") else None
        yield Document(
            doc_id=guid,
            text=text,
            source=f"{file.source}#{guid}",
            title=title or None,
            date=_entry_date(entry) or date,
            url=str(entry["link"]) if entry.get("link") else None,
            language=_language(parsed),
        )
    if not found:
        if parsed.get("bozo"):
            yield InputError(Errors.E007, path=file.path, reason=_reason(parsed))
        else:
            yield InputError(Errors.E013, path=file.path)


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if value and value.strip():
            return fragment_text(str(value))
    summary = entry.get("summary") or entry.get("description")
    return fragment_text(str(summary)) if summary else ""


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value[0], value[1], value[2]).isoformat()
            except (TypeError, ValueError):
                continue
    return None


def _language(parsed: Any) -> str:
    lang = str((parsed.get("feed") or {}).get("language") or "en")
    return lang.split("-")[0].lower() or "en"


def _reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    text = str(exc).splitlines()[0] if exc else "unreadable XML"
    text = re.sub(r"^<unknown>:(\d+):(\d+):\s*", r"line \1, column \2: ", text.strip())
    return text or type(exc).__name__
