"""`data fetch --timeout/--max-seconds` as a user runs them: a real subprocess against a real
server on 127.0.0.1 that stalls (no data after 10 bytes) or trickles (a byte every 0.1 s)."""

from __future__ import annotations

import inspect
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_fetch_bounds import CLI, Handler, _serve

from realpolitik import datasets
from realpolitik.cli import _data


@pytest.fixture
def server() -> Iterator[str]:
    httpd, url = _serve()
    Handler.other = url
    yield url
    httpd.shutdown()
    httpd.server_close()


def _fetch(url: str, cache: Path, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [CLI, "data", "fetch", "x", "--url", url, "--cache-dir", str(cache), "--quiet",
         "--insecure", *options],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


def test_timeout_option_stops_a_stalled_download(server: str, tmp_path: Path) -> None:
    started = time.monotonic()
    done = _fetch(f"{server}/stall", tmp_path, "--timeout", "1")
    assert done.returncode == 1
    assert f"[E307] Download of {server}/stall failed (no data for 1 s)" in done.stderr
    assert time.monotonic() - started < 9  # the server's next byte comes after 10 s


def test_max_seconds_option_stops_a_trickle(server: str, tmp_path: Path) -> None:
    done = _fetch(f"{server}/trickle", tmp_path, "--timeout", "5", "--max-seconds", "1.5")
    assert done.returncode == 1
    assert "(it took longer than 1.5 s overall)" in done.stderr


def test_options_are_checked_and_documented(tmp_path: Path) -> None:
    done = _fetch("https://127.0.0.1:9/x", tmp_path, "--timeout", "0")
    assert done.returncode == 2 and "--timeout" in done.stderr
    helped = subprocess.run([CLI, "data", "fetch", "--help"], capture_output=True, text=True)
    assert "--timeout SECONDS" in helped.stdout and "--max-seconds SECONDS" in helped.stdout
    defaults = inspect.signature(datasets.fetch).parameters
    assert defaults["timeout"].default == _data.FETCH_IDLE
    assert defaults["max_seconds"].default == _data.FETCH_MAX_SECONDS
