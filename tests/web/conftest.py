"""Fixtures for the dashboard: one real store file and one real server on a free port."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_store import build

from realpolitik.web import make_dashboard_server, url_of


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("web") / "web.duckdb")


@pytest.fixture(scope="session")
def base_url(web_db: Path) -> Iterator[str]:
    server = make_dashboard_server(web_db, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url_of(server).rstrip("/")
    server.shutdown()
    server.server_close()
    server.dashboard.store.close()  # type: ignore[attr-defined]
