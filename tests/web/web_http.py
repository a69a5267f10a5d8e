"""HTTP helpers for the dashboard tests (plain urllib against the real server)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any


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
