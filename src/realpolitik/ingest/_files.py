"""Finding input files and reading their bytes safely.

Every check that can fail on a single file (missing, unreadable, empty, oversized, binary,
undecodable) turns into an ``InputError`` here, so that the format readers only see text.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
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
    silently; a file named explicitly with an unsupported suffix is an error.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield InputFile(file, path)
            if not found:
                yield InputError(Errors.E016, path=path)
        elif path.exists() or path.is_symlink():
            if path.suffix.lower() not in SUPPORTED:
                yield InputError(Errors.E011, path=path, suffix=path.suffix or "(none)")
            else:
                yield InputFile(path, path)
        else:
            yield InputError(Errors.E010, path=path)


def _walk(root: Path) -> Iterator[Path]:
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
        except OSError:
            is_dir = False
        if is_dir and not entry.is_symlink():
            yield from _walk(path)
        elif path.suffix.lower() in SUPPORTED:
            yield path


def read_bytes(file: InputFile, max_bytes: int) -> bytes | InputError:
    """The file's bytes, or why they cannot be used (missing, unreadable, empty, too big, binary)."""
    path = file.path
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(Errors.E004, path=path, size=size, limit=max_bytes)
        with path.open("rb") as fh:
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


def _decode_error(file: InputFile, data: bytes, offset: int, encoding: str) -> InputError:
    line = data.count(b"\n", 0, offset) + 1
    return InputError(Errors.E005, path=file.path, line=line, offset=offset, encoding=encoding)
