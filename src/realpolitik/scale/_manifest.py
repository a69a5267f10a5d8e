"""The output folder of a sharded run: its manifest of finished shards and its part files.

``manifest.jsonl`` gets one line per finished shard, appended (and flushed to disk) by the
driver after the shard's part files were renamed into place: a shard is finished if and only if
its line is there. Part files without a line are leftovers of an interrupted run and are
removed when the next run starts; ``merge`` reads only what the manifest lists.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any

from realpolitik.errors import Errors, InputError, RealpolitikError
from realpolitik.scale._work import FOLDERS, ShardResult, part_number

MANIFEST = "manifest.jsonl"
_LOCK = ".realpolitik-extract.lock"


def read_manifest(out: Path, on_error: Any = None) -> dict[str, dict[str, Any]]:
    """Finished shards by key, in the order they finished; a bad line is skipped (E123)."""
    path = out / MANIFEST
    done: dict[str, dict[str, Any]] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
    except FileNotFoundError:
        return done
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            key, part = record["shard"], int(record["part"])
            if not isinstance(key, str) or part < 0:
                raise ValueError("bad shard or part")
        except (ValueError, KeyError, TypeError) as exc:
            if on_error is not None:
                on_error(InputError(Errors.E123, path=path, line=number, reason=str(exc)[:80]))
            continue
        done.setdefault(key, record)
    return done


class Manifest:
    """The driver's handle on an output folder: locked against a second run, appended to."""

    def __init__(self, out: Path) -> None:
        self.out = out
        try:
            out.mkdir(parents=True, exist_ok=True)
            for folder in FOLDERS.values():
                (out / folder).mkdir(exist_ok=True)
            self._lock: IO[str] = open(out / _LOCK, "w")  # noqa: SIM115
        except OSError as exc:
            raise RealpolitikError(Errors.E804, path=out, reason=_reason(exc)) from None
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            reason = "another `realpolitik extract --out` run is writing to it"
            raise RealpolitikError(Errors.E804, path=out, reason=reason) from None
        self.done = read_manifest(out)
        self._file = open(out / MANIFEST, "a+", encoding="utf-8")  # noqa: SIM115
        self._file.seek(0, os.SEEK_END)
        if self._file.tell():  # a line cut short by a kill must not swallow the next one
            self._file.seek(self._file.tell() - 1)
            last = self._file.read(1)
            self._file.seek(0, os.SEEK_END)
            if last != "\n":
                self._file.write("\n")

    def parts(self) -> set[int]:
        return {int(r["part"]) for r in self.done.values()}

    def remove_leftovers(self) -> int:
        """Delete part files no manifest line vouches for (and temporary files); how many."""
        keep = self.parts()
        removed = 0
        for folder in FOLDERS.values():
            for entry in _entries(self.out / folder):
                number = part_number(entry.name)
                if ".tmp-" in entry.name or (number is not None and number not in keep):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(entry.path)
                        removed += 1
        return removed

    def record(self, result: ShardResult, first: str, pieces: int, size: int) -> None:
        """Mark a shard finished: one line, on disk before this returns."""
        line = {"shard": result.key, "part": result.part, "first": first, "pieces": pieces}
        line["bytes"] = size
        line.update({k: v for k, v in asdict(result).items() if k not in ("key", "part")})
        self._file.write(json.dumps(line, ensure_ascii=False) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())
        self.done[result.key] = line

    def close(self) -> None:
        self._file.close()
        self._lock.close()


def _entries(folder: Path) -> Iterator[os.DirEntry[str]]:
    try:
        yield from os.scandir(folder)
    except FileNotFoundError:
        return


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()
