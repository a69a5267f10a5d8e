"""Cutting the input into shards of about ``--shard-size`` bytes, each keyed by its content.

A shard is a list of pieces: whole files, or line ranges of a JSON Lines file larger than a
shard. Its key is a hash of what extraction depends on (the pieces' bytes and names, the
options, a fingerprint of the extractor's code and tables: ``_fingerprint``), so a finished
shard is recognised on a later run however the rest of the input changed, and a changed input
is a new shard.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from realpolitik.errors import Errors, InputError, RealpolitikError
from realpolitik.ingest._files import JSONL_SUFFIXES, InputFile, iter_files

DEFAULT_SHARD_SIZE = 20_000_000
_BLOCK = 1 << 20
_UNITS = {
    "": 1, "b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12,
    "k": 10**3, "m": 10**6, "g": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40,
}  # fmt: skip
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$")


def parse_size(value: str | int) -> int:
    """``20MB`` -> 20,000,000; ``1GiB`` -> 2**30; a plain number is bytes."""
    if isinstance(value, int):
        if value > 0:
            return value
        raise RealpolitikError(Errors.E800, value=value)
    m = _SIZE.match(value)
    unit = m.group(2).lower() if m else ""
    if m is None or unit not in _UNITS:
        raise RealpolitikError(Errors.E800, value=value)
    size = int(float(m.group(1)) * _UNITS[unit])
    if size <= 0:
        raise RealpolitikError(Errors.E800, value=value)
    return size


@dataclass(frozen=True)
class Piece:
    """A file, or bytes ``start``-``end`` of a JSON Lines file (whose first line is number
    ``first_line``); ``root`` is the folder named on the command line (for doc_ids)."""

    path: str
    root: str
    start: int = 0
    end: int = -1  # -1: the whole file
    first_line: int = 1
    # ids of the file's earlier pieces that recur from here on: (id, hash of text, line)
    seen: tuple[tuple[str, str, int], ...] = ()

    @property
    def whole(self) -> bool:
        return self.end < 0

    @property
    def file(self) -> InputFile:
        return InputFile(Path(self.path), Path(self.root))

    def label(self) -> str:
        return self.path if self.whole else f"{self.path}:{self.first_line}"


@dataclass(frozen=True)
class Shard:
    """One task: pieces to extract into part ``part`` of each table."""

    key: str
    part: int
    pieces: tuple[Piece, ...]
    size: int

    def first(self) -> str:
        return self.pieces[0].label() if self.pieces else "(empty)"


def plan_shards(
    paths: list[str | os.PathLike[str]], shard_size: int, fingerprint: str
) -> tuple[list[tuple[str, tuple[Piece, ...], int]], list[InputError]]:
    """(key, pieces, bytes) of each shard in input order, and the inputs that cannot be read.

    Files are read once here, to hash them and to cut large JSON Lines files at line ends.
    Part numbers are given later, by the run (finished shards keep theirs).
    """
    errors: list[InputError] = []
    shards: list[tuple[str, tuple[Piece, ...], int]] = []
    pieces: list[Piece] = []
    digest = hashlib.sha256()
    size = 0

    def close() -> None:
        nonlocal pieces, digest, size
        if pieces:
            shards.append((digest.hexdigest(), tuple(pieces), size))
        pieces, digest, size = [], hashlib.sha256(), 0

    for item in iter_files(list(paths)):
        if isinstance(item, InputError):
            errors.append(item)
            continue
        try:
            cut = list(_cut(item, shard_size))
            if len(cut) > 1:
                cut = _with_earlier_ids(item, cut)
        except OSError as exc:
            reason = (exc.strerror or str(exc)).lower()
            errors.append(InputError(Errors.E003, path=item.path, reason=reason))
            continue
        for piece, hashed, length in cut:
            if not pieces:
                digest.update(fingerprint.encode())
            digest.update(f"\0{piece.path}\0{piece.root}\0{piece.first_line}\0".encode())
            digest.update(hashed)
            pieces.append(piece)
            size += length
            if size >= shard_size:
                close()
    close()
    return shards, errors


def _cut(file: InputFile, shard_size: int) -> Iterator[tuple[Piece, bytes, int]]:
    """(piece, hash of its bytes, its length): the whole file, or line ranges of a large
    JSON Lines file, each about ``shard_size`` bytes."""
    path = str(file.path)
    root = str(file.root)
    split = file.suffix in JSONL_SUFFIXES and os.path.getsize(path) > shard_size
    with open(path, "rb") as fh:
        if not split:
            h = hashlib.sha256()
            n = 0
            while block := fh.read(_BLOCK):
                h.update(block)
                n += len(block)
            yield Piece(path, root), h.digest(), n
            return
        start = 0
        line = 1
        h = hashlib.sha256()
        n = 0
        lines = 0
        while block := fh.read(_BLOCK):
            pos = 0
            while n + len(block) - pos >= shard_size:
                nl = block.find(b"\n", pos + max(0, shard_size - n - 1))
                if nl < 0:
                    break
                chunk = block[pos : nl + 1]
                h.update(chunk)
                n += len(chunk)
                lines += chunk.count(b"\n")
                yield Piece(path, root, start, start + n, line), h.digest(), n
                start += n
                line += lines
                h, n, lines = hashlib.sha256(), 0, 0
                pos = nl + 1
            rest = block[pos:]
            h.update(rest)
            n += len(rest)
            lines += rest.count(b"\n")
        if n:
            yield Piece(path, root, start, start + n, line), h.digest(), n


def _with_earlier_ids(
    file: InputFile, cut: list[tuple[Piece, bytes, int]]
) -> list[tuple[Piece, bytes, int]]:
    """The pieces of a JSON Lines file, each told the ids of earlier pieces that recur in it.

    A piece is read alone, but an id repeated with other text must be named as ``ingest``
    names it reading the whole file (``id~hash``), never take the earlier document's place.
    A first pass finds the ids that occur more than once (usually none: nothing changes); a
    second reads the file as ``ingest`` does and records, at each piece's start, the state of
    those ids. The state is part of the piece's key: a changed earlier piece re-keys it.
    """
    from realpolitik.ingest._jsonl import read_jsonl

    once: set[bytes] = set()
    repeated: set[bytes] = set()
    for piece, _, _ in cut:
        for key in _ids(piece):
            digest = _short(key)
            (repeated if digest in once else once).add(digest)
    once.clear()
    if not repeated:
        return cut
    seen: dict[str, tuple[str, int]] = {}  # every id so far, as read_jsonl keeps them
    recurring: dict[str, tuple[str, int]] = {}  # those of them whose id occurs again
    out: list[tuple[Piece, bytes, int]] = []
    for piece, hashed, length in cut:
        state = tuple(sorted((k, v[0], v[1]) for k, v in recurring.items()))
        if state:
            piece = replace(piece, seen=state)
            hashed = hashlib.sha256(hashed + repr(state).encode()).digest()
        out.append((piece, hashed, length))
        text = _text_of(piece)
        if text is not None:
            known = len(seen)
            for _ in read_jsonl(piece.file, text, None, piece.first_line, seen=seen):
                pass
            # read_jsonl only adds ids: the newest are at the end of the (ordered) dict
            for k in itertools.islice(reversed(seen), len(seen) - known):
                if _short(_base(k)) in repeated:
                    recurring[k] = seen[k]
    return out


def _text_of(piece: Piece) -> str | None:
    """The piece's lines as text; None where its bytes do not decode (read_piece says why)."""
    from realpolitik.ingest._files import decode

    with open(piece.path, "rb") as fh:
        fh.seek(piece.start)
        data = fh.read(piece.end - piece.start)
    text = decode(piece.file, data)
    return None if isinstance(text, InputError) else text


def _ids(piece: Piece) -> Iterator[str]:
    """The own ids of the piece's records (lines that cannot hold one are not parsed)."""
    from realpolitik.ingest._jsonl import has_own_id

    text = _text_of(piece)
    for line in (text or "").split("\n"):
        if '"id"' not in line and "\\u" not in line:
            continue
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            continue
        if isinstance(record, dict) and has_own_id(record):
            yield str(record["id"]).strip()


def _base(key: str) -> str:
    return key.split("~", 1)[0]


def _short(key: str) -> bytes:
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
