"""Networks computed in a worker process beside the server.

Centrality and blocs (networkx, Louvain) keep the interpreter's lock for a second or more per
network; in the threaded server that stalls every other request meanwhile. One worker process
opens the same store read-only (DuckDB lets several processes read a file) and computes the
networks there; the request thread only waits. Should the worker fail, the network is
computed in the request's own thread, as before.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from realpolitik.store import Store

MIN_EVENTS = 100_000
_OPEN: dict[str, Store] = {}  # in the worker: the store, opened once


def _watch(parent: int) -> None:
    """In the worker: exit once the server process is gone (killed, not shut down), so that
    no orphan keeps the store open."""
    import os
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _in_worker(db: str, layer: str, year: int) -> tuple[str, Any]:
    """("ok", data), or ("error", code, kwargs) for a coded error (rebuilt by the server)."""
    from realpolitik.errors import RealpolitikError
    from realpolitik.store import Store
    from realpolitik.web._api_net import network_data

    try:
        store = _OPEN.get(db)
        if store is None:
            store = _OPEN[db] = Store(db, read_only=True)
        return "ok", network_data(store, layer, year)
    except RealpolitikError as exc:
        return "error", (exc.code, exc.kwargs)


class NetworkWorker:
    """A one-process pool for one store, started on first use; stores of fewer than
    ``min_events`` events compute in the request's thread (a few milliseconds there)."""

    def __init__(self, db: Path, *, min_events: int = MIN_EVENTS) -> None:
        self.db = str(db)
        self.min_events = min_events
        self._pool: ProcessPoolExecutor | None = None

    def network(self, store: Store, layer: str, year: int) -> dict[str, Any]:
        from realpolitik.errors import Errors, RealpolitikError
        from realpolitik.web._api_net import network_data

        if not self.used(store):
            return network_data(store, layer, year)
        try:
            if self._pool is None:
                context = multiprocessing.get_context("spawn")  # no fork of DuckDB's threads
                self._pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=context, initializer=_watch,
                    initargs=(os.getpid(),),
                )  # fmt: skip
            status, value = self._pool.submit(_in_worker, self.db, layer, year).result()
        except (BrokenProcessPool, OSError):
            self._pool = None
            return network_data(store, layer, year)
        if status == "error":
            code, kwargs = value
            raise RealpolitikError(getattr(Errors, code), **kwargs)
        data: dict[str, Any] = value
        return data

    def used(self, store: Store) -> bool:
        """Whether networks of this store go to the worker (it has ``min_events`` events)."""
        return store.count("events") >= self.min_events

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
