"""The dashboard's caches: one computation per key however many requests wait for it, and
bounded by entries and bytes."""

from __future__ import annotations

import threading
import time

import pytest

from realpolitik.web._cache import OnceCache


def test_concurrent_requests_for_one_key_compute_it_once() -> None:
    cache: OnceCache[int] = OnceCache(8)
    calls: list[int] = []
    start = threading.Barrier(12)

    def compute() -> int:
        calls.append(1)
        time.sleep(0.2)  # long enough for every other thread to arrive meanwhile
        return 42

    results: list[int] = []

    def ask() -> None:
        start.wait()
        results.append(cache.get("network", compute))

    threads = [threading.Thread(target=ask) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [42] * 12
    assert len(calls) == 1


def test_a_failure_is_not_cached_and_the_next_request_computes_again() -> None:
    cache: OnceCache[int] = OnceCache(8)

    def fail() -> int:
        raise ValueError("boom")

    with pytest.raises(ValueError):
        cache.get("k", fail)
    assert cache.get("k", lambda: 7) == 7
    assert cache.get("k", lambda: 8) == 7  # now cached
    assert cache.get("e", lambda: 1, keep=lambda v: v > 5) == 1
    assert cache.get("e", lambda: 2, keep=lambda v: v > 5) == 2  # not kept


def test_bounded_by_entries_and_bytes_least_recent_first() -> None:
    cache: OnceCache[bytes] = OnceCache(3, budget=100, size=len)
    for key in "abc":
        cache.get(key, lambda: b"x" * 10)
    cache.get("a", lambda: b"new")  # a is used again: b is now the oldest
    cache.get("d", lambda: b"x" * 10)
    assert len(cache) == 3
    assert cache.get("b", lambda: b"recomputed") == b"recomputed"
    cache.get("big", lambda: b"x" * 60)  # over a quarter of the budget: answered, not kept
    assert cache.get("big", lambda: b"again") == b"again"
    for key in "efghij":
        cache.get(key, lambda: b"y" * 24)
    assert len(cache) <= 3 and cache.get("j", lambda: b"") == b"y" * 24
