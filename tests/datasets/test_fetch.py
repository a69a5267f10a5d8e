"""`data fetch` against a real HTTP server on 127.0.0.1: resume, size and checksum checks."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from realpolitik import datasets
from realpolitik.errors import RealpolitikError

PAYLOAD = bytes(range(256)) * 4096  # 1 MiB


class Handler(BaseHTTPRequestHandler):
    """Serves PAYLOAD with Range support; /flaky drops the connection half-way, once."""

    dropped: set[str] = set()
    ranges: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        if self.path.startswith("/missing"):
            self.send_error(404)
            return
        start = 0
        header = self.headers.get("Range")
        if header:
            Handler.ranges.append(header)
            start = int(header.removeprefix("bytes=").split("-")[0])
        body = PAYLOAD[start:]
        self.send_response(206 if header else 200)
        self.send_header("Content-Length", str(len(body)))
        if header:
            self.send_header("Content-Range", f"bytes {start}-{len(PAYLOAD) - 1}/{len(PAYLOAD)}")
        self.end_headers()
        if self.path.startswith("/flaky") and self.path not in Handler.dropped:
            Handler.dropped.add(self.path)
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    Handler.dropped.clear()
    Handler.ranges.clear()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_download_and_cache(server: str, tmp_path: Path) -> None:
    digest = hashlib.sha256(PAYLOAD).hexdigest()
    path = datasets.fetch("x", url=f"{server}/data.csv", cache=tmp_path, sha256=digest,
                          size=len(PAYLOAD), progress=False, insecure=True)  # fmt: skip
    assert path.parent.parent == tmp_path and path.name == "data.csv"
    assert path.read_bytes() == PAYLOAD
    again = datasets.fetch("x", url=f"{server}/data.csv", cache=tmp_path, progress=False,
                           insecure=True)  # fmt: skip
    assert again == path


def test_resume_after_dropped_connection(server: str, tmp_path: Path) -> None:
    url = f"{server}/flaky/file.csv.gz"
    with pytest.raises(RealpolitikError) as caught:
        datasets.fetch("x", url=url, cache=tmp_path, progress=False, timeout=5, insecure=True)
    assert "[E307]" in str(caught.value)
    [part] = tmp_path.glob("*/file.csv.gz.part")
    assert 0 < part.stat().st_size < len(PAYLOAD)
    path = datasets.fetch("x", url=url, cache=tmp_path, progress=False,
                          sha256=hashlib.sha256(PAYLOAD).hexdigest(), insecure=True)  # fmt: skip
    assert path.read_bytes() == PAYLOAD and not part.exists()
    assert Handler.ranges == [f"bytes={len(PAYLOAD) // 2}-"]


def test_checksum_and_size_mismatch_remove_the_file(server: str, tmp_path: Path) -> None:
    with pytest.raises(RealpolitikError) as caught:
        datasets.fetch("x", url=f"{server}/a.bin", cache=tmp_path, sha256="0" * 64, progress=False,
                       insecure=True)  # fmt: skip
    assert "[E309]" in str(caught.value)
    assert not list(tmp_path.glob("*/a.bin*"))
    with pytest.raises(RealpolitikError) as caught:
        datasets.fetch("x", url=f"{server}/b.bin", cache=tmp_path, size=len(PAYLOAD) + 12,
                       progress=False, insecure=True)  # fmt: skip
    assert "[E308]" in str(caught.value)


def test_http_error_and_unknown_name(server: str, tmp_path: Path) -> None:
    with pytest.raises(RealpolitikError, match=r"\[E316\].*404"):
        datasets.fetch("x", url=f"{server}/missing.csv", cache=tmp_path, progress=False,
                       insecure=True)  # fmt: skip
    with pytest.raises(RealpolitikError, match=r"\[E306\]"):
        datasets.fetch("polls", cache=tmp_path, progress=False)


def test_manual_source_says_where_and_url_still_works(server: str, tmp_path: Path) -> None:
    with pytest.raises(RealpolitikError) as caught:
        datasets.fetch("sipri", cache=tmp_path, progress=False)
    message = str(caught.value)
    assert "[E317]" in message and "armstransfers.sipri.org" in message and "--url" in message
    assert not any(tmp_path.iterdir())
    path = datasets.fetch("sipri", url=f"{server}/register.csv", cache=tmp_path, progress=False,
                          insecure=True)  # fmt: skip
    assert path.read_bytes() == PAYLOAD


def test_dated_source_fills_the_date(server: str, tmp_path: Path) -> None:
    assert datasets.source_url("gdelt-1-daily", date="20240105") == (
        "http://data.gdeltproject.org/events/20240105.export.CSV.zip"
    )
    assert datasets.source_url("gdelt-2-events", date="202401051215") == (
        "http://data.gdeltproject.org/gdeltv2/20240105121500.export.CSV.zip"
    )
    assert datasets.source_url("gdelt-1-historical", date="199504").endswith("/events/199504.zip")
    bad = [("gdelt-1-daily", None), ("gdelt-1-daily", "2024-01-05"), ("gdelt-1-daily", "20240230"),
           ("gdelt-2-events", "20240105121000"), ("gdelt-1-historical", "19950")]  # fmt: skip
    for name, date in bad:
        with pytest.raises(RealpolitikError, match=r"\[E318\]"):
            datasets.source_url(name, date=date)
    with pytest.raises(RealpolitikError, match=r"\[E901\] --date"):
        datasets.source_url("atop", date="2020")
    # An overriding --url may carry the {date} pattern too (a mirror of the GDELT files).
    path = datasets.fetch("gdelt-1-daily", url=f"{server}/events/{{date}}.export.CSV.zip",
                          date="20240105", cache=tmp_path, progress=False, insecure=True)  # fmt: skip
    assert path.name == "20240105.export.CSV.zip" and path.read_bytes() == PAYLOAD


def test_every_loadable_kind_has_a_source() -> None:
    kinds = {source.kind for source in datasets.SOURCES.values()}
    assert set(datasets.KINDS) <= kinds
    for name, source in datasets.SOURCES.items():
        assert (source.url is None) == (source.where is not None), name
        assert source.url is None or source.url.startswith("https://") or source.http_only, name
        assert source.url is None or source.url.startswith(("http://", "https://")), name
        assert (source.date is not None) == ("{date}" in (source.url or "")), name


def test_cli_sources_and_dated_fetch(server: str, tmp_path: Path) -> None:
    cli = str(Path(sys.executable).parent / "realpolitik")
    listed = subprocess.run([cli, "data", "sources", "--format", "jsonl"],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    rows = {r["name"]: r for r in map(json.loads, listed.stdout.splitlines())}
    assert rows["atop"]["access"] == "direct" and rows["sipri"]["access"] == "manual"
    assert rows["gdelt-1-daily"]["access"] == "direct, --date YYYYMMDD"
    assert "comtradeplus.un.org" in rows["comtrade"]["url_or_where"]
    done = subprocess.run(
        [cli, "data", "fetch", "gdelt-2-events", "--url", f"{server}/v2/{{date}}.export.CSV.zip",
         "--date", "20240105120000", "--cache-dir", str(tmp_path), "--quiet", "--insecure"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    fetched = Path(done.stdout.strip())
    assert fetched.parent.parent == tmp_path and fetched.name == "20240105120000.export.CSV.zip"
    done = subprocess.run([cli, "data", "fetch", "gdelt-2-events", "--date", "2024"],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "realpolitik: error: [E318] gdelt-2-events needs --date YYYYMMDDHHMMSS: '2024' is not a"
        " valid date."
    ]


def test_cli_fetch_uses_env_cache(server: str, tmp_path: Path) -> None:
    """The tree under test (src/ first on the path), with the cache folder from the environment."""
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "REALPOLITIK_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", "import realpolitik, sys; print(realpolitik.__file__, file=sys.stderr);"
         " from realpolitik.cli import main; sys.argv[0] = 'realpolitik'; main()",
         "data", "fetch", "x", "--url", f"{server}/c.csv", "--quiet", "--size", str(len(PAYLOAD)),
         "--insecure"],
        capture_output=True, text=True, env=env, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.stderr.splitlines()[0] == str(src / "realpolitik" / "__init__.py")
    assert done.returncode == 0, done.stderr
    fetched = Path(done.stdout.strip())
    assert fetched.parent.parent == tmp_path / "cache" and fetched.name == "c.csv"
