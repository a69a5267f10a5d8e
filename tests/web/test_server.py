"""`realpolitik serve` as a process: read-only, loopback unless --public, clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.web import make_dashboard_server

CLI = [sys.executable, "-m", "realpolitik"]
HOLD_WRITE_LOCK = (
    "import sys, time\nfrom realpolitik.store import Store\n"
    "s = Store(sys.argv[1])\nprint('locked', flush=True)\ntime.sleep(60)\n"
)


def _start(db: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [*CLI, "serve", "--db", str(db), "--port", "0"],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert "serving" in line, line
    return proc, line.split(" at ")[1].split()[0].rstrip("/")


@pytest.mark.slow
def test_cli_serves_and_holds_the_store_read_only(web_copy: Path) -> None:
    proc, url = _start(web_copy)
    try:
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "/api/years", timeout=30) as response:
            assert json.loads(response.read())["layers"]["votes"] == [2021, 2022, 2023]
        # No writer gets in while the dashboard reads: the store cannot change under a page.
        writer = subprocess.run([*CLI, "--db", str(web_copy), "ingest", str(web_copy.parent / "none.txt")],
                                capture_output=True, text=True, timeout=120)  # fmt: skip
        assert writer.returncode == 1 and "[E101]" in writer.stderr
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture
def web_copy(web_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(web_db.read_bytes())
    return copy


@pytest.mark.slow
def test_a_store_locked_by_a_writer_gives_one_clear_line(web_copy: Path) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_WRITE_LOCK, str(web_copy)],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(RealpolitikError) as err:
            make_dashboard_server(web_copy, port=0)
        assert err.value.code == "E701" and str(web_copy) in str(err.value)
        cli = subprocess.run([*CLI, "serve", "--db", str(web_copy), "--port", "0"],
                             capture_output=True, text=True, timeout=60)  # fmt: skip
        assert cli.returncode == 1
        assert (
            cli.stderr.count("\n") == 1 and "[E701]" in cli.stderr and "Traceback" not in cli.stderr
        )
    finally:
        holder.kill()
        holder.wait()


def test_a_non_loopback_host_needs_public(web_db: Path) -> None:
    with pytest.raises(RealpolitikError) as err:
        make_dashboard_server(web_db, host="0.0.0.0", port=0)
    assert err.value.code == "E702"


def test_public_allows_another_host(web_copy: Path) -> None:
    server = make_dashboard_server(web_copy, host="0.0.0.0", port=0, public=True)
    try:
        assert server.server_address[1] > 0
    finally:
        server.server_close()
        server.dashboard.store.close()  # type: ignore[attr-defined]


def test_a_missing_store_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    with pytest.raises(RealpolitikError) as err:
        make_dashboard_server(missing, port=0)
    assert err.value.code == "E018" and not missing.exists()


def test_a_port_in_use_is_a_clear_error(web_copy: Path) -> None:
    first = make_dashboard_server(web_copy, port=0)
    try:
        with pytest.raises(RealpolitikError) as err:
            make_dashboard_server(web_copy, port=first.server_address[1])
        assert err.value.code == "E703"
    finally:
        first.server_close()
        first.dashboard.store.close()  # type: ignore[attr-defined]


def test_serving_leaves_the_file_unchanged(web_copy: Path) -> None:
    before = (web_copy.stat().st_size, web_copy.read_bytes())
    server = make_dashboard_server(web_copy, port=0)
    import threading

    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    port = server.server_address[1]
    for path in ("/api/network?layer=events", "/dyad/RUS/PRK", "/state/VNM", "/api/map"):
        urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30).read()
    server.shutdown()
    server.server_close()
    server.dashboard.store.close()  # type: ignore[attr-defined]
    time.sleep(0.1)
    assert (web_copy.stat().st_size, web_copy.read_bytes()) == before
    assert not os.path.exists(str(web_copy) + ".wal")
