"""Text encodings of dataset files: what a byte-order mark says, and UTF-8 for DuckDB.

DuckDB decodes UTF-8 itself and names the line of a bad byte; its other decoders are fewer
than Python's (no cp1252, no UTF-16) and do not say where a byte failed (the message read
"near line 0"). So a file in any other encoding is decoded by Python, line by line, into a
UTF-8 copy that DuckDB then reads: a bad byte is named by its real 1-based line, and the copy
keeps the file's lines, so DuckDB's line numbers stay the file's. A byte-order mark decides
the encoding whatever ``--encoding`` says: a file that starts with one is UTF-8 (or UTF-16).
"""

from __future__ import annotations

import codecs
import gzip
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import IO, cast

from realpolitik.errors import Errors, RealpolitikError

MAX_EXPANDED = 4_000_000_000
_max_expanded: ContextVar[int] = ContextVar("max_expanded", default=MAX_EXPANDED)


def max_expanded() -> int:
    """The byte limit of unpacked zip members and decoded copies for the load running now."""
    return _max_expanded.get()


@contextmanager
def expansion_limit(limit: int | None) -> Iterator[None]:
    """Within the block no zip member or decoded copy grows past ``limit`` bytes
    (``--max-expanded``)."""
    token = _max_expanded.set(MAX_EXPANDED if limit is None else limit)
    try:
        yield
    finally:
        _max_expanded.reset(token)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8 = ("utf-8", "utf8", "utf-8-sig")


def is_gzip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(2) == b"\x1f\x8b"


def _open(path: Path) -> IO[bytes]:
    if path.suffix == ".gz" or is_gzip(path):
        return cast("IO[bytes]", gzip.open(path, "rb"))
    return path.open("rb")


def file_encoding(path: Path, encoding: str) -> str:
    """``encoding``, unless the file starts with a byte-order mark, which says otherwise."""
    try:
        with _open(path) as handle:
            start = handle.read(4)
    except (OSError, EOFError, zlib.error):  # a damaged gzip too (zlib.error is no OSError)
        return encoding  # the reader says what is wrong with the file
    for bom, name in _BOMS:
        if start.startswith(bom):
            return name
    return encoding


def wide(encoding: str) -> bool:
    """UTF-16 or UTF-32: lines cannot be split on the byte 0x0a."""
    try:
        return codecs.lookup(encoding).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        return False


def encoding_named(path: Path, encoding: str) -> str:
    """``encoding`` for messages, saying so when a byte-order mark chose it."""
    if file_encoding(path, "") == encoding:
        return f"{encoding} (as the file's byte-order mark says)"
    return encoding


def is_utf8(encoding: str) -> bool:
    return encoding.lower().replace("_", "-") in _UTF8


@contextmanager
def utf8_copy(path: Path, shown: Path, encoding: str, limit: int) -> Iterator[Path]:
    """A UTF-8 copy of ``path`` (gzip undone; ``encoding`` decoded by Python), deleted after
    the block; ``path`` itself when it is UTF-8 already. E303 names the first line that does
    not decode; E031 stops a copy that would pass ``limit`` bytes (``--max-expanded``)."""
    if is_utf8(encoding):
        yield path
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        reason = f"{encoding!r} is not a text encoding Python knows (e.g. utf-8, latin-1, cp1252)"
        raise RealpolitikError(Errors.E901, option="--encoding", reason=reason) from None
    with tempfile.TemporaryDirectory(prefix="realpolitik-") as tmp:
        target = Path(tmp) / (path.name.removesuffix(".gz") or "data.csv")
        with _open(path) as src, target.open("w", encoding="utf-8", newline="") as dst:
            _copy(src, dst, encoding, shown, limit)
        yield target


def _copy(src: IO[bytes], dst: IO[str], encoding: str, shown: Path, limit: int) -> None:
    written = 0
    if wide(encoding):
        blocks: Iterator[bytes] = iter(lambda: src.read(1 << 20), b"")  # no byte-wise lines
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        line = 1
        for block in blocks:
            try:
                text = decoder.decode(block)
            except UnicodeDecodeError:
                raise RealpolitikError(
                    Errors.E303, path=shown, encoding=encoding, line=line
                ) from None
            line += text.count("\n")
            written += len(text)
            _check_size(written, limit, shown)
            dst.write(text)
        return
    for number, raw in enumerate(src, start=1):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            raise RealpolitikError(
                Errors.E303, path=shown, encoding=encoding, line=number
            ) from None
        written += len(raw)
        _check_size(written, limit, shown)
        dst.write(text)


def _check_size(written: int, limit: int, shown: Path) -> None:
    if written > limit:
        raise RealpolitikError(Errors.E031, path=shown, limit=limit)


def first_bad_line(path: Path, encoding: str) -> int | None:
    """The 1-based line of the first byte that does not decode as ``encoding`` (None: all do)."""
    codec = "utf-8-sig" if is_utf8(encoding) else encoding
    try:
        with _open(path) as src:
            for number, raw in enumerate(src, start=1):
                try:
                    raw.decode(codec if number == 1 else encoding)
                except UnicodeDecodeError:
                    return number
    except (OSError, EOFError, LookupError, zlib.error):
        return None
    return None
