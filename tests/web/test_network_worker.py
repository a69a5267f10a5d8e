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
