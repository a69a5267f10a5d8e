"""Networks computed in the worker process equal those computed in the request's thread, and
a coded error there reaches the client with its code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.store import Store
from realpolitik.web._api_net import network_data
from realpolitik.web._workers import NetworkWorker


def _rounded(value: Any) -> Any:
    """Eigenvector centrality comes from an iterative solver: equal to ~1e-12."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def test_worker_process_gives_the_same_network(web_db: Path) -> None:
    worker = NetworkWorker(web_db, min_events=0)
    with Store(web_db, read_only=True) as store:
        try:
            for layer in ("events", "votes", "arms"):
                here = network_data(store, layer, 2023)
                there = worker.network(store, layer, 2023)
                assert _rounded(there) == _rounded(here)
            assert here["edges"], "the fixture has an arms network in 2023"
            assert worker._pool is not None  # it really went to the worker
            with pytest.raises(RealpolitikError) as err:
                worker.network(store, "no-such-layer", 2023)
            assert err.value.code == "E403"
        finally:
            worker.close()


def test_prewarm_computes_each_year_once_before_any_request(web_db: Path) -> None:
    from realpolitik.web import make_app
    from realpolitik.web._api_net import prewarm

    app = make_app(web_db)
    try:
        years = prewarm(app)
        assert years >= 2

        def again() -> dict[str, object]:
            raise AssertionError("computed twice")

        status, _, body = app.respond("GET", "/api/network", "layer=events&year=2023")
        assert status.startswith("200") and b'"nodes"' in body
        assert app.memo(("network", "events", 2023), again)["year"] == 2023
    finally:
        app.networks.close()
        app.store.close()


PARENT = """
import sys, time
from realpolitik.store import Store
from realpolitik.web._workers import NetworkWorker
worker = NetworkWorker(sys.argv[1], min_events=0)
with Store(sys.argv[1], read_only=True) as store:
    worker.network(store, "events", 2023)
print(next(iter(worker._pool._processes)), flush=True)
time.sleep(120)
"""


def test_the_worker_exits_when_the_server_is_killed(web_db: Path) -> None:
    """A server killed without shutting down (SIGKILL, SIGTERM) leaves no worker holding the
    store open."""
    import os
    import signal
    import subprocess
    import sys
    import time

    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(web_db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        os.kill(child, 0)  # the worker runs
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                os.kill(child, 0)
            except ProcessLookupError:
                break
            time.sleep(0.2)
        else:
            os.kill(child, signal.SIGKILL)
            raise AssertionError("the worker outlived its server")
    finally:
        if parent.poll() is None:
            parent.kill()
