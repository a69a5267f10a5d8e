"""Bounded caches for the dashboard, each value computed once even when many requests ask for
it at the same moment (the rest wait for the first instead of repeating its work).

The server holds its store read-only and nothing can write to it meanwhile, so an answer
never goes stale: only size bounds the caches (entries, or bytes for whole responses).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class OnceCache(Generic[T]):
    """An LRU of at most ``entries`` values (and ``budget`` units by ``size``, if given)."""

    def __init__(
        self, entries: int, *, budget: int | None = None, size: Callable[[T], int] | None = None
    ) -> None:
        self._values: OrderedDict[Hashable, T] = OrderedDict()
        self._running: dict[Hashable, threading.Event] = {}
        self._lock = threading.Lock()
        self._entries = entries
        self._budget = budget
        self._size = size or (lambda _: 0)
        self._used = 0

    def get(
        self, key: Hashable, compute: Callable[[], T], keep: Callable[[T], bool] | None = None
    ) -> T:
        """The value for ``key``, computed by ``compute`` once; ``keep`` says whether to cache it."""
        while True:
            with self._lock:
                if key in self._values:
                    self._values.move_to_end(key)
                    return self._values[key]
                running = self._running.get(key)
                if running is None:
                    running = self._running[key] = threading.Event()
                    break
            running.wait()  # another request computes it; then look again
        try:
            value = compute()
            if keep is None or keep(value):
                self._put(key, value)
            return value
        finally:
            with self._lock:
                self._running.pop(key, None)
            running.set()

    def _put(self, key: Hashable, value: T) -> None:
        size = self._size(value)
        if self._budget is not None and size > self._budget // 4:
            return  # one huge answer would push out everything else
        with self._lock:
            self._values[key] = value
            self._used += size
            while len(self._values) > self._entries or (
                self._budget is not None and self._used > self._budget
            ):
                _, old = self._values.popitem(last=False)
                self._used -= self._size(old)

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
            self._used = 0

    def __len__(self) -> int:
        return len(self._values)
