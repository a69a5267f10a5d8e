"""`data load` progress: the total is the files' size, reports never run backwards and end at
the total; on a terminal the bar shows done/total and time left, piped it prints nothing."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
import threading
from pathlib import Path

from cli_inprocess import run_cli
from datasets_fixtures import gdelt2_row, write

from realpolitik import datasets
from realpolitik.store import Store

CLI = str(Path(sys.executable).parent / "realpolitik")


def _gdelt(path: Path, rows: int, start: int = 1) -> Path:
    body = "".join(
        gdelt2_row(i, "20240105", "RUS", "UKR", "190", f"https://example.org/{i}")
        for i in range(start, start + rows)
    )
    return write(path, body)


def test_reports_count_bytes_up_to_the_files_total(store: Store, tmp_path: Path) -> None:
    paths = [_gdelt(tmp_path / "a.export.CSV", 3000), _gdelt(tmp_path / "b.export.CSV", 500, 9000)]
    total = sum(p.stat().st_size for p in paths)
    seen: list[tuple[int, int]] = []
    lock = threading.Lock()

    def report(done: int, all_bytes: int) -> None:
        with lock:
            seen.append((done, all_bytes))

    result = datasets.load(store, "gdelt", paths, progress=report)
    assert result.rows == 3500
    assert {t for _, t in seen} == {total}
    dones = [d for d, _ in seen]
    assert dones[0] == 0 and dones[-1] == total
    assert dones == sorted(dones)  # never backwards
    assert paths[0].stat().st_size in dones  # the first file finished on its own


def _run_on_terminal(args: list[str]) -> tuple[int, str, str]:
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [CLI, *args], stdout=subprocess.PIPE, stderr=slave,
        env={**os.environ, "COLUMNS": "120", "TERM": "xterm"},
    )  # fmt: skip
    os.close(slave)
    err = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    return proc.wait(), out, err.decode(errors="replace")


def test_terminal_shows_a_total_and_time_left_piped_shows_nothing(tmp_path: Path) -> None:
    path = _gdelt(tmp_path / "big.export.CSV", 8000)
    mb = f"{path.stat().st_size / 1e6:.1f}"
    code, out, err = _run_on_terminal(
        ["--db", str(tmp_path / "t.duckdb"), "data", "load", str(path)]
    )
    assert code == 0 and "Loaded 8,000 rows of gdelt" in out
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", err)
    assert re.search(rf"[\d.]+/{re.escape(mb)} MB", plain), plain[-400:]
    assert "left" in plain
    # piped: the same command in this process (cli_inprocess), whose stderr is no terminal
    piped = run_cli("--db", tmp_path / "p.duckdb", "data", "load", path)
    assert piped.returncode == 0 and piped.stderr == ""
