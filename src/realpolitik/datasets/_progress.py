"""How far a load has got, in bytes of its files, for a progress bar with a total.

A load runs a few long DuckDB statements per file (read the file, check it, insert); DuckDB
reports the share done of the running statement (``query_progress``, safe from another
thread). Bytes done = the files finished + the current file's size times the largest share
seen while reading it, held below the whole until the file is finished, so the bar never
runs backwards and the total is the files' size on disk (compressed, for .gz and .zip).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb

Report = Callable[[int, int], None]  # (bytes done, bytes in all)
_EVERY = 0.1  # seconds between two reports


class Meter:
    """Polls the connection while files load; ``part(i)`` marks file ``i`` as the current one."""

    def __init__(self, con: duckdb.DuckDBPyConnection, sizes: Sequence[int], report: Report):
        self._con, self._sizes, self._report = con, list(sizes), report
        self.total = sum(self._sizes)
        self._done = 0  # bytes of finished files
        self._current = 0  # size of the files being read now
        self._share = 0.0  # largest share seen for them
        self._stop = threading.Event()
        self._lock = threading.Lock()

    @contextmanager
    def part(self, first: int, last: int | None = None) -> Iterator[None]:
        """Files ``first``..``last`` (inclusive) load now; finished when the block ends."""
        size = sum(self._sizes[first : (first if last is None else last) + 1])
        with self._lock:
            self._current, self._share = size, 0.0
        yield
        with self._lock:
            self._done += size
            self._current, self._share = 0, 0.0
        self._report(self._done, self.total)

    def _bytes(self) -> int:
        with self._lock:
            return self._done + int(self._current * min(self._share, 0.99))

    def _poll(self) -> None:
        while not self._stop.wait(_EVERY):
            try:
                share = self._con.query_progress()
            except duckdb.Error:  # the connection is between statements or closing
                share = -1.0
            if share > 0:
                with self._lock:
                    self._share = max(self._share, share / 100.0)
            self._report(self._bytes(), self.total)


def file_sizes(paths: Sequence[str | Path]) -> list[int]:
    """Each file's size on disk (0 where it cannot be read: the loader says why)."""
    sizes = []
    for p in paths:
        try:
            sizes.append(os.stat(p).st_size)
        except (OSError, ValueError):
            sizes.append(0)
    return sizes


@contextmanager
def metered(
    con: duckdb.DuckDBPyConnection, paths: Sequence[str | Path], report: Report | None
) -> Iterator[Meter | None]:
    """A running ``Meter`` for ``paths`` (None when nobody asked for reports)."""
    if report is None:
        yield None
        return
    meter = Meter(con, file_sizes(paths), report)
    report(0, meter.total)
    thread = threading.Thread(target=meter._poll, name="load-progress", daemon=True)
    thread.start()
    try:
        yield meter
    finally:
        meter._stop.set()
        thread.join()


@contextmanager
def part(meter: Meter | None, first: int, last: int | None = None) -> Iterator[None]:
    """``meter.part(...)``, or nothing without a meter."""
    if meter is None:
        yield
        return
    with meter.part(first, last):
        yield
