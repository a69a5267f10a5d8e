"""`data fetch` against servers that misbehave, all real, on 127.0.0.1: endless and slow bodies,
changed files under a kept .part, redirects elsewhere, plain http, and https with its own CA."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from realpolitik import datasets
from realpolitik.errors import RealpolitikError

CLI = str(Path(sys.executable).parent / "realpolitik")
V1 = bytes(range(256)) * 2048  # 512 KiB
V2 = bytes(reversed(range(256))) * 2048


class Handler(BaseHTTPRequestHandler):
    """Routes: /endless, /declared-huge, /stall, /trickle, /v1/*, /v2/*, /flaky-v1/*,
    /changing/* (ETag changes between requests), /to-other-host, /to-file, /to-http."""

    protocol_version = "HTTP/1.1"
    etag = '"a"'
    other: str = ""  # base URL of the plain http server, for redirects

    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?")[0]
        query = self.path.partition("?")[2]
        if path == "/endless":
            self._endless()
        elif path == "/declared-huge":
            self.send_response(200)
            self.send_header("Content-Length", str(50 * 10**9))
            self.end_headers()
            self.wfile.write(b"x" * 1000)
        elif path in ("/stall", "/trickle"):
            self._slow(stall=path == "/stall")
        elif path.startswith("/changing/"):
            self._serve(V1 if Handler.etag == '"a"' else V2, etag=Handler.etag)
        elif path.startswith("/to-"):
            target = {"/to-other-host": Handler.other.replace("127.0.0.1", "localhost") + "/v1/x.bin",
                      "/to-file": "file:///etc/passwd", "/to-http": Handler.other + "/v1/x.bin"}[path]  # fmt: skip
            self.send_response(302)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            body = V2 if "/v2/" in path or query == "v=2" else V1
            self._serve(body, drop="flaky" in path and not self.headers.get("Range"))

    def _serve(self, body: bytes, etag: str | None = None, drop: bool = False) -> None:
        start = 0
        header = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if header and (if_range is None or if_range == etag):
            start = int(header.removeprefix("bytes=").split("-")[0])
        self.send_response(206 if start else 200)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body) - start))
        if start:
            self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
        self.end_headers()
        if drop:
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(body[start:])

    def _endless(self) -> None:
        self.send_response(200)
        self.end_headers()  # no length: the body runs until the client hangs up
        self.close_connection = True
        try:
            for _ in range(1000):  # 65 MB at most, should the client never stop
                self.wfile.write(b"z" * 65536)
        except OSError:
            pass

    def _slow(self, stall: bool) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "100000")
        self.end_headers()
        self.close_connection = True
        try:
            self.wfile.write(b"s" * 10)
            self.wfile.flush()
            for _ in range(300):
                time.sleep(10 if stall else 0.1)
                self.wfile.write(b"s")
                self.wfile.flush()
        except OSError:
            pass

    def log_message(self, *args: object) -> None:
        pass


def _serve(context: ssl.SSLContext | None = None) -> tuple[ThreadingHTTPServer, str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    scheme = "http"
    if context is not None:
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        scheme = "https"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"{scheme}://127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture
def server() -> Iterator[str]:
    httpd, url = _serve()
    Handler.other = url
    Handler.etag = '"a"'
    yield url
    httpd.shutdown()
    httpd.server_close()


def _fetch(url: str, cache: Path, **options: object) -> Path:
    options.setdefault("insecure", True)
    return datasets.fetch("x", url=url, cache=cache, progress=False, **options)  # type: ignore[arg-type]


def _error(url: str, cache: Path, **options: object) -> str:
    with pytest.raises(RealpolitikError) as caught:
        _fetch(url, cache, **options)
    return str(caught.value)


def test_endless_body_stops_at_size_and_max_bytes(server: str, tmp_path: Path) -> None:
    message = _error(f"{server}/endless", tmp_path, size=1000)
    assert message == (
        f"[E377] {server}/endless: download passed 1,000 bytes (--size); stopped and removed the"
        " partial file."
    )
    message = _error(f"{server}/endless", tmp_path, max_bytes=200_000)
    assert message.startswith("[E377]") and "200,000 bytes (--max-bytes)" in message
    assert not [p for p in tmp_path.rglob("*") if p.is_file() and p.name != ".source-url"]


def test_declared_length_over_the_limit_is_refused_before_reading(
    server: str, tmp_path: Path
) -> None:
    message = _error(f"{server}/declared-huge", tmp_path)
    assert "[E377]" in message and "10,000,000,000 bytes (--max-bytes)" in message


def test_idle_and_overall_timeouts(server: str, tmp_path: Path) -> None:
    started = time.monotonic()
    message = _error(f"{server}/stall", tmp_path, timeout=1)
    assert message.startswith(f"[E307] Download of {server}/stall failed (no data for 1 s)")
    message = _error(f"{server}/trickle", tmp_path, timeout=5, max_seconds=1)
    assert "(it took longer than 1 s overall)" in message
    assert time.monotonic() - started < 60  # generous: the server would go on for minutes


def test_part_of_another_url_is_not_resumed(server: str, tmp_path: Path) -> None:
    assert "[E307]" in _error(f"{server}/flaky-v1/data.bin", tmp_path)
    assert len(list(tmp_path.glob("*/data.bin.part"))) == 1
    path = _fetch(f"{server}/v2/data.bin", tmp_path)
    assert path.read_bytes() == V2


def test_part_is_resumed_only_while_the_file_is_unchanged(server: str, tmp_path: Path) -> None:
    url = f"{server}/changing/data.bin"
    [part] = _partial(url, tmp_path)
    Handler.etag = '"b"'  # the publisher replaced the file: If-Range gets the whole new one
    assert _fetch(url, tmp_path).read_bytes() == V2


def _partial(url: str, cache: Path) -> list[Path]:
    """Leave half of ``url`` in the cache as if the connection had dropped."""
    path = _fetch(url, cache)
    data = path.read_bytes()
    part = path.with_name(path.name + ".part")
    part.write_bytes(data[: len(data) // 2])
    meta = path.with_name(path.name + ".part.json")
    meta.write_text(json.dumps({"url": url, "etag": '"a"', "last_modified": None}))
    path.unlink()
    return [part]


def test_cache_key_is_the_full_url(server: str, tmp_path: Path) -> None:
    first = _fetch(f"{server}/data.csv?v=1", tmp_path)
    second = _fetch(f"{server}/data.csv?v=2", tmp_path)
    assert first != second and first.name == second.name == "data.csv"
    assert first.read_bytes() == V1 and second.read_bytes() == V2


def test_only_https_unless_insecure(server: str, tmp_path: Path) -> None:
    message = _error(f"{server}/v1/a.bin", tmp_path, insecure=False)
    assert message.startswith(f"[E376] {server}/v1/a.bin: plain http")
    for url in ("file:///etc/passwd", "data:text/plain,hello", "ftp://127.0.0.1/x.csv"):
        message = _error(url, tmp_path)
        assert message.startswith(f"[E375] {url}: only https:// downloads"), message
    assert not list(tmp_path.rglob("*"))


def test_url_ending_in_dot_dot_is_an_error(server: str, tmp_path: Path) -> None:
    for url in (f"{server}/data/..", f"{server}/a/%2e%2e", f"{server}/a/./b.csv"):
        assert _error(url, tmp_path).startswith(f"[E378] {url}: URL names no file")
    assert not list(tmp_path.rglob("*"))


def test_redirects_to_other_hosts_are_reported_and_file_urls_refused(
    server: str, tmp_path: Path
) -> None:
    done = subprocess.run(
        [CLI, "data", "fetch", "x", "--url", f"{server}/to-other-host", "--insecure",
         "--cache-dir", str(tmp_path), "--quiet"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    other = server.replace("127.0.0.1", "localhost")
    assert f"realpolitik: warning: {server}/to-other-host redirected to {other}/v1/x.bin" in (
        done.stderr
    )
    assert Path(done.stdout.strip()).read_bytes() == V1
    message = _error(f"{server}/to-file", tmp_path)
    assert message == (
        f"[E379] {server}/to-file: redirected to file:///etc/passwd, which is a file: address;"
        " refused."
    )


def _certificate(folder: Path) -> tuple[Path, Path]:
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return key, cert


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl for a test CA")
def test_https_with_a_trusted_certificate_and_no_step_down_to_http(
    server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, cert = _certificate(tmp_path)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd, secure = _serve(context)
    try:
        cache = tmp_path / "cache"
        untrusted = _error(f"{secure}/v1/x.bin", cache, insecure=False)
        assert untrusted.startswith("[E307]") and "CERTIFICATE_VERIFY_FAILED" in untrusted
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        path = _fetch(f"{secure}/v1/x.bin", cache, insecure=False,
                      sha256=hashlib.sha256(V1).hexdigest())  # fmt: skip
        assert path.read_bytes() == V1
        message = _error(f"{secure}/to-http", cache, insecure=False)
        assert message == (
            f"[E379] {secure}/to-http: redirected to {server}/v1/x.bin, which is plain http (pass"
            " --insecure to allow it); refused."
        )
        assert _fetch(f"{secure}/to-http", cache).read_bytes() == V1
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_builtin_addresses_use_https_where_the_publisher_serves_it() -> None:
    plain = sorted(n for n, s in datasets.SOURCES.items() if s.url and s.url.startswith("http:"))
    # GDELT serves http only; Gleditsch's site is linked over http by its author (unchecked)
    assert plain == [
        "gdelt-1-daily",
        "gdelt-1-historical",
        "gdelt-2-events",
        "gdelt-last",
        "gw-states",
    ]
    assert all(datasets.SOURCES[n].http_only for n in plain)
    assert datasets.SOURCES["atop"].url and datasets.SOURCES["atop"].url.startswith("https://")
    assert os.path.basename(datasets.SOURCES["atop"].url) == "atop_5.1__.csv_.zip"
