"""Fixtures for the dashboard: one real store file and one real server on a free port."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def fetch(url: str) -> tuple[int, dict[str, str], bytes]:
    """Status, headers and body of a GET (error statuses too)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def get_json(url: str, status: int = 200) -> Any:
    code, headers, body = fetch(url)
    assert code == status, body[:300]
    assert headers["Content-Type"].startswith("application/json")
    return json.loads(body)
