"""Readers: files, directories, feeds and JSON Lines in; plain ``Document`` records out.

``read_paths`` is a generator, like sqlite-utils' ``rows_from_file``: it detects each file's
format from its suffix (``.xml`` is sniffed as a feed), never raises on bad input and yields an
``InputError`` (one line naming the file and line) in place of what could not be read, so that
the rest of a batch goes on.

doc_id convention: a file's doc_id is its path below the directory named on the command line,
without suffix (``ingest examples`` gives ``wire/2024-06-19-putin-kim-sign-treaty``); a file
named directly gets its stem. A feed entry's doc_id is its guid (else its link); a JSON Lines
record's is its ``id`` (else ``<file doc_id>#<line>``). ``Document.source`` is the absolute
path (plus ``#guid``, ``#id`` or ``#L<line>`` for records inside a file): it is what makes a
document "the same" on a later run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from realpolitik.errors import Errors, InputError
from realpolitik.ingest._feeds import read_feed
from realpolitik.ingest._files import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    SUPPORTED,
    InputFile,
    decode,
    decode_lines,
    iter_files,
    read_bytes,
)
from realpolitik.ingest._html import declared_charset, page_main_text
from realpolitik.ingest._jsonl import read_jsonl
from realpolitik.ingest._text import lone_surrogate, normalise, parse_text
from realpolitik.models import Document

MAX_BYTES = 20_000_000


def read_paths(
    paths: Iterable[str | os.PathLike[str]],
    *,
    date: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Document | InputError]:
    """Documents from files and directories (recursively, sorted), or the errors met on the way.

    ``date`` (YYYY-MM-DD) is the publication date of documents that carry none.
    """
    for item in iter_files(list(paths)):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, date=date, max_bytes=max_bytes)


def read_file(
    file: InputFile, *, date: str | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Document | InputError]:
    """The documents in one file, by its format."""
    data = read_bytes(file, max_bytes)
    if isinstance(data, InputError):
        yield data
        return
    suffix = file.suffix
    if suffix in FEED_SUFFIXES:
        yield from read_feed(file, data, date)
        return
    fallback = declared_charset(data) if suffix in HTML_SUFFIXES else None
    text = decode(file, data, fallback)
    if (
        isinstance(text, InputError)
        and suffix in JSONL_SUFFIXES
        and text.code == "E005"
        and (
            not data.startswith((b"\xff\xfe", b"\xfe\xff"))  # UTF-16's error stays the file's
        )
    ):
        text = yield from decode_lines(file, data)  # a bad line is that line's error only
    if isinstance(text, InputError):
        yield text
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(file, text, date)
        return
    if suffix in HTML_SUFFIXES:
        title, own_date, url, body = page_main_text(text)
        if not body:
            yield InputError(Errors.E006, path=file.path)
            return
    else:
        title, own_date, body = parse_text(text, markdown=suffix == ".md")
        url = None
        if not body:
            yield InputError(Errors.E001, path=file.path)
            return
    for name, value in (("text", body), ("title", title), ("url", url)):
        char = lone_surrogate(value) if value else None
        if char:
            yield InputError(
                Errors.E023, path=file.path, where="", field=name, char=char, what="file"
            )
            return
    yield Document(
        doc_id=file.doc_id,
        text=body,
        source=file.source,
        title=title,
        date=own_date or date,
        url=url,
    )


__all__ = ["MAX_BYTES", "SUPPORTED", "InputFile", "normalise", "read_file", "read_paths"]
