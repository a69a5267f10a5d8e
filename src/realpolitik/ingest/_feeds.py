"""RSS and Atom feeds: each entry is a document with its date, link and guid.

Feeds repeat guids: an entry whose guid an earlier entry of the feed used is a document of its
own when its text differs (its id gets a short hash of the text) and a skipped duplicate, said
so, when the text is the same.
"""

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
from realpolitik.ingest._text import distinct_key, lone_surrogate, normalise
from realpolitik.models import Document, content_hash


def read_feed(file: InputFile, data: bytes, date: str | None) -> Iterator[Document | InputError]:
    """Entries in feed order. A feed with recoverable errors is still read (feeds often have)."""
    try:
        parsed: Any = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 (feedparser fails on some malformed feeds)
        yield InputError(Errors.E007, path=file.path, reason=_crash_reason(data, exc))
        return
    entries = list(parsed.get("entries") or [])
    if not parsed.get("version") and not entries:
        reason = _reason(parsed) if parsed.get("bozo") else "no <rss>, <feed> or <rdf> root element"
        yield InputError(Errors.E007, path=file.path, reason=reason)
        return
    found = 0
    seen: dict[str, tuple[str, int]] = {}  # guid -> (hash of text, first entry)
    for n, entry in enumerate(entries, start=1):
        text = _entry_text(entry)
        if not text:
            continue
        found += 1
        guid = str(entry.get("id") or entry.get("link") or f"{file.doc_id}#{n}")
        title = normalise(str(entry["title"])) if entry.get("title") else None
        link = str(entry["link"]) if entry.get("link") else None
        where = f" (entry {n})"
        bad = next(
            ((name, c) for name, v in (("text", text), ("guid", guid), ("title", title), ("link", link))
             if v and (c := lone_surrogate(v))),
            None,
        )  # fmt: skip
        if bad:
            yield InputError(
                Errors.E023, path=file.path, where=where, field=bad[0], char=bad[1], what="entry"
            )
            continue
        digest = content_hash(text)
        earlier = seen.get(guid)
        if earlier is not None and earlier[0] == digest:
            yield InputError(
                Errors.E026, path=file.path, where=where, field="guid", key=guid,
                first=f"entry {earlier[1]}",
            )  # fmt: skip
            continue
        if earlier is not None:  # one guid, another text: a document of its own
            guid = distinct_key(guid, digest, seen)
        seen[guid] = (digest, n)
        yield Document(
            doc_id=guid,
            text=text,
            source=f"{file.source}#{guid}",
            title=title or None,
            date=_entry_date(entry) or date,
            url=link,
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
    code = lang.split("-")[0].lower()
    return code if code and not lone_surrogate(code) else "en"


def _reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    text = str(exc).splitlines()[0] if exc else "unreadable XML"
    text = re.sub(r"^<unknown>:(\d+):(\d+):\s*", r"line \1, column \2: ", text.strip())
    return text or type(exc).__name__


# XML character references to UTF-16 surrogates (&#55296; &#xDFFF;): not characters at all.
_SURROGATE_REF = re.compile(rb"&#(?:0*5[5-7]\d{3}|[xX]0*[dD][89a-fA-F][0-9a-fA-F]{2});")


def _crash_reason(data: bytes, exc: Exception) -> str:
    """Why feedparser gave up, with the line of a surrogate character reference if it was one."""
    for match in _SURROGATE_REF.finditer(data):
        value = match.group()[2:-1]
        code = int(value[1:], 16) if value[:1] in (b"x", b"X") else int(value)
        if 0xD800 <= code <= 0xDFFF:
            line = data.count(b"\n", 0, match.start()) + 1
            return f"line {line}: {match.group().decode()} is a lone surrogate, not a character"
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
