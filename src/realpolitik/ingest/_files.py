"""Finding input files and reading their bytes safely.

Every check that can fail on a single file (missing, unreadable, empty, oversized, binary,
undecodable) turns into an ``InputError`` here, so that the format readers only see text.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path

from realpolitik.errors import Errors, InputError

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES

# Magic numbers of common binary formats that contain no NUL byte early on.
_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"BZh")


@dataclass(frozen=True)
class InputFile:
    """A file to read and the root it was found under (for its readable doc_id)."""

    path: Path
    root: Path

    @property
    def suffix(self) -> str:
        return self.path.suffix.lower()

    @property
    def doc_id(self) -> str:
        """The path below the root the user named, without suffix (``wire/putin-kim``).

        A file named directly gets its stem; records inside files use their own ids.
        """
        if self.path == self.root:
            return self.path.stem
        rel = self.path.relative_to(self.root)
        return rel.with_suffix("").as_posix()

    @property
    def source(self) -> str:
        """The absolute path: the same file is the same source from any working directory."""
        return str(Path(os.path.abspath(self.path)))


def iter_files(paths: list[str | os.PathLike[str]]) -> Iterator[InputFile | InputError]:
    """Files to read, in the order given; directories recursively, sorted.

    Inside directories, hidden entries, README files and unsupported suffixes are skipped
    silently; a file named explicitly with an unsupported suffix is an error. A name that is
    not valid UTF-8 and anything that is not a regular file (a named pipe, a socket, a device)
    is one error line, never opened: a pipe would block the batch forever.
    """
    for raw in paths:
        path = Path(raw)
        if not valid_name(path):
            yield InputError(Errors.E024, path=path)
        elif path.is_dir():
            found = False
            for item in _walk(path):
                found = True
                yield item if isinstance(item, InputError) else InputFile(item, path)
            if not found:
                yield InputError(Errors.E016, path=path)
        elif path.exists() or path.is_symlink():
            if path.suffix.lower() not in SUPPORTED:
                yield InputError(Errors.E011, path=path, suffix=path.suffix or "(none)")
            else:
                yield InputFile(path, path)
        else:
            yield InputError(Errors.E010, path=path)


def valid_name(path: str | os.PathLike[str]) -> bool:
    """True when the path's bytes are UTF-8 (Python keeps other bytes as lone surrogates)."""
    try:
        os.fspath(path).encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _walk(root: Path) -> Iterator[Path | InputError]:
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if name.startswith(".") or name.upper().startswith("README"):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            is_dir = is_file = False
        wanted = is_dir or path.suffix.lower() in SUPPORTED
        if wanted and not valid_name(name):
            yield InputError(Errors.E024, path=path)
        elif is_dir and not entry.is_symlink():
            yield from _walk(path)
        elif is_dir or path.suffix.lower() not in SUPPORTED:
            continue
        elif is_file or entry.is_symlink() and not path.exists():
            yield path  # a dangling link is reported by read_bytes
        else:
            yield InputError(Errors.E025, path=path, kind=_kind(path))


def _kind(path: Path) -> str:
    try:
        mode = path.stat().st_mode
    except OSError:
        return "unknown"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a plain file"


def read_bytes(file: InputFile, max_bytes: int) -> bytes | InputError:
    """The file's bytes, or why they cannot be used (missing, unreadable, empty, too big, binary).

    The file is opened without blocking and checked to be a regular file before one byte is
    read: a path swapped for a named pipe after the folder was listed cannot hang the batch.
    """
    path = file.path
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            mode = os.fstat(fh.fileno()).st_mode
            if not stat.S_ISREG(mode):
                if stat.S_ISDIR(mode):
                    return InputError(Errors.E003, path=path, reason="it is a directory")
                return InputError(Errors.E025, path=path, kind=_kind(path))
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                return InputError(Errors.E004, path=path, size=size, limit=max_bytes)
            data = fh.read(max_bytes + 1)
    except PermissionError:
        return InputError(Errors.E003, path=path, reason="permission denied")
    except IsADirectoryError:
        return InputError(Errors.E003, path=path, reason="it is a directory")
    except OSError as exc:
        return InputError(Errors.E003, path=path, reason=(exc.strerror or str(exc)).lower())
    if len(data) > max_bytes:
        return InputError(Errors.E004, path=path, size=len(data), limit=max_bytes)
    if not data.strip():
        return InputError(Errors.E001, path=path)
    if _looks_binary(data):
        return InputError(Errors.E002, path=path)
    return data


def _looks_binary(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte order mark
        return False
    return data.startswith(_MAGIC) or b"\x00" in data[:8192]


def decode(file: InputFile, data: bytes, fallback: str | None = None) -> str | InputError:
    """UTF-8 (with or without BOM), UTF-16 with BOM, or ``fallback`` (an HTML page's charset)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return _decode_error(file, data, exc.start, "UTF-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if fallback:
            try:
                return data.decode(fallback)
            except (UnicodeDecodeError, LookupError):
                pass
        offset = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        return _decode_error(file, data, offset, "UTF-8")


def decode_lines(file: InputFile, data: bytes) -> Generator[InputError, None, str]:
    """UTF-8 text line by line (JSON Lines): yields E005 for each line that does not decode
    and returns the text with those lines left empty, so the other lines keep their numbers."""
    lines = data.split(b"\n")
    out: list[str] = []
    start = 0
    for number, raw in enumerate(lines, start=1):
        body = raw[3:] if number == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
        try:
            out.append(body.decode("utf-8"))
        except UnicodeDecodeError as exc:
            offset = start + exc.start + (len(raw) - len(body))
            yield InputError(
                Errors.E005, path=file.path, line=number, offset=offset, encoding="UTF-8"
            )
            out.append("")
        start += len(raw) + 1
    return "\n".join(out)


def _decode_error(file: InputFile, data: bytes, offset: int, encoding: str) -> InputError:
    line = data.count(b"\n", 0, offset) + 1
    return InputError(Errors.E005, path=file.path, line=line, offset=offset, encoding=encoding)
