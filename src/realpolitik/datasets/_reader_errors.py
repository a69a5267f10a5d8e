"""DuckDB's CSV reader errors as one-line coded messages naming the file and line.

DuckDB names the line of most errors ("CSV Error on Line: N"); where it does not (some
decoding errors), the line is found by decoding the file in Python, and where no line can be
named the message names none (it never says "line 0").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import duckdb

from realpolitik.datasets._decode import encoding_named, first_bad_line
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    from realpolitik.datasets._io import Head


def _duck_encoding(encoding: str) -> str:
    key = encoding.lower().replace("_", "-")
    if key in ("latin1", "latin-1", "iso-8859-1", "iso8859-1", "cp1252", "windows-1252"):
        return "latin-1"
    if key in ("utf8", "utf-8", "utf-8-sig"):
        return "utf-8"
    return key


_LINE = re.compile(r"CSV Error on Line: (\d+)")


def translate(exc: duckdb.Error, head: Head) -> RealpolitikError:
    """DuckDB's reader errors as one-line coded messages naming the file and line."""
    text = str(exc)
    found = _LINE.search(text)
    line = int(found.group(1)) if found else None
    if "GZIP" in text.upper() or "zlib" in text or "inflate" in text.lower():
        return RealpolitikError(Errors.E304, path=head.shown, reason=text.splitlines()[0])
    if "invalid unicode" in text.lower() or re.search(r"not [\w-]+ encoded", text):
        line = line or first_bad_line(head.path, head.encoding)
        encoding = encoding_named(head.path, head.encoding)
        if line is None:
            return RealpolitikError(Errors.E027, path=head.shown, encoding=encoding)
        return RealpolitikError(Errors.E303, path=head.shown, encoding=encoding, line=line)
    reason = text.splitlines()[0]
    columns = re.search(r"Expected Number of Columns: (\d+) Found: (\d+)", text)
    if columns:
        reason = f"expected {columns.group(1)} columns, found {columns.group(2)}"
    elif "Maximum line size" in text:
        reason = "line is too long (unbalanced quote?)"
    if line is None:
        return RealpolitikError(Errors.E028, path=head.shown, reason=reason)
    return RealpolitikError(Errors.E312, path=head.shown, line=line, reason=reason)
