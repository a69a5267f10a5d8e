"""Scale-out backends: a local pool and Dask give the same rows as one process; a worker
killed mid-run has its shard retried and every shard is done exactly once; Ctrl-C stops a
sharded run cleanly and the next run resumes."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from shard_helpers import manifest, part_rows, parts, snapshot

from realpolitik.errors import RealpolitikError
from realpolitik.extract.parallel import _PRELOAD_ENV as PRELOAD_ENV
from realpolitik.scale import extract_shards, merge
from realpolitik.store import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from scale_helpers import write_corpus  # noqa: E402


def _merged(out: Path, db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store(db) as store:
        merge(out, store)
    return snapshot(db)


def test_serial_and_dask_runs_give_the_same_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``dask_local=2`` with the LocalCluster's two single-threaded workers in this process
    (threads; ``run_shard`` takes one shard at a time per process): what is compared is the
    rows, and in-process workers spare two worker and two nanny processes that each import
    Dask and load the pipeline (~8 CPU-s). Real worker processes: the killed-worker test."""
    from distributed import LocalCluster

    def in_process(**options: object) -> LocalCluster:
        return LocalCluster(**{**options, "processes": False})  # type: ignore[arg-type]

    monkeypatch.setattr("realpolitik.scale._dask._dist.LocalCluster", in_process)
    corpus = write_corpus(tmp_path / "c", 16, sentences=3)
    serial = extract_shards([corpus], tmp_path / "serial", shard_size="800")
    dask = extract_shards([corpus], tmp_path / "dask", shard_size="800", dask_local=2)
    assert dask.shards == serial.shards >= 4 and dask.failed == 0
    assert "Dask" in dask.backend
    assert (dask.documents, dask.events, dask.claims) == (
        serial.documents,
        serial.events,
        serial.claims,
    )
    a = _merged(tmp_path / "serial", tmp_path / "a.duckdb")
    b = _merged(tmp_path / "dask", tmp_path / "b.duckdb")
    assert a["events"] and a == b


def test_dask_without_the_extra_is_a_one_line_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    corpus = write_corpus(tmp_path / "c", 2)
    with pytest.raises(RealpolitikError, match=r"^\[E801\] .*pip install 'realpolitik\[dask\]'"):
        extract_shards([corpus], tmp_path / "out", dask_local=2)
    assert not (tmp_path / "out").exists()  # nothing done before the hint


def _run_and_kill_a_worker(cmd: list[str]) -> tuple[int, str, str, int, bytes]:
    """Start a sharded run; when a worker reports its first shard, kill that worker (-9).
    Also gives the victim's starting environment (Linux's /proc; empty elsewhere)."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    lines = []
    victim = 0
    environ = b""
    for line in proc.stderr:
        lines.append(line)
        if line.startswith("shard ") and "(pid " in line:
            victim = int(line.rsplit("(pid ", 1)[1].split(")")[0].split(",")[0])
            with contextlib.suppress(OSError):
                environ = Path(f"/proc/{victim}/environ").read_bytes()
            os.kill(victim, signal.SIGKILL)
            break
    out, err = proc.communicate(timeout=600)
    return proc.returncode, out, "".join(lines) + err, victim, environ


# One Dask worker process (its nanny starts it again after the kill): a second worker would
# import Dask and load the pipeline (~4 CPU-s) for nothing the test looks at; the killed
# shard is still retried, on the restarted worker.
@pytest.mark.parametrize("backend", [["--workers", "2"], ["--dask-local", "1"]])
def test_a_killed_worker_is_retried_and_every_shard_done_once(
    tmp_path: Path, backend: list[str]
) -> None:
    corpus = write_corpus(tmp_path / "c", 24, sentences=6)
    out = tmp_path / "out"
    exe = Path(sys.executable).with_name("realpolitik")
    cmd = [str(exe), "extract", str(corpus), "--out", str(out), "--shard-size", "700", "-v"]
    code, stdout, stderr, victim, environ = _run_and_kill_a_worker(cmd + backend)
    assert victim > 0, stderr
    if backend[0] == "--workers" and sys.platform == "linux":
        # A local worker is forked from a fork server that loaded the pipeline before it
        # forked (the server was started with this variable set), not loading it again itself.
        assert f"{PRELOAD_ENV}=1".encode() in environ.split(b"\0")
    assert code == 0, stderr
    summary = stdout.strip().splitlines()[-1]
    shards = int(summary.split(" shard(s)")[0])
    assert shards >= 8
    assert f"{shards} done, 0 already done, 0 failed" in summary
    assert " 0 retried" not in summary, summary  # the killed worker's shard ran again
    records = manifest(out)
    assert len(records) == shards
    assert len({r["shard"] for r in records}) == shards
    assert sorted(int(r["part"]) for r in records) == list(range(shards))
    for folder in ("documents", "events", "claims", "mentions", "sentences"):
        assert len(parts(out, folder)) == shards
    docs = part_rows(out, "documents", "SELECT count(*), count(DISTINCT source) FROM t")
    assert docs == [(24, 24)]
    with Store(tmp_path / "m.duckdb") as store:
        got = merge(out, store)
    assert (got.new, got.duplicates) == (24, 0)


def test_ctrl_c_stops_a_sharded_run_and_the_next_run_finishes(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 24, sentences=6)
    out = tmp_path / "out"
    exe = Path(sys.executable).with_name("realpolitik")
    cmd = [str(exe), "extract", str(corpus), "--out", str(out), "--shard-size", "700", "-v"]
    cmd += ["--workers", "2"]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    assert proc.stderr is not None
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if line.startswith("shard "):
            os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the whole process group
            break
    _, err = proc.communicate(timeout=120)
    stderr = "".join(lines) + err
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("realpolitik: interrupted: ") and "run the same command" in last
    finished = len(manifest(out))
    assert finished >= 1
    again = run_cli(*cmd[1:])  # the same command in this process: the folder is what is tested
    assert again.returncode == 0, again.stderr
    assert "already done" in again.stdout and f" {finished} already done" in again.stdout
    docs = part_rows(out, "documents", "SELECT count(*), count(DISTINCT source) FROM t")
    assert docs == [(24, 24)]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_port(port: int, seconds: float = 120.0) -> None:
    """Until something listens on 127.0.0.1:``port`` (a started scheduler), at most ``seconds``."""
    import socket
    import time

    end = time.monotonic() + seconds
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                return
        except OSError:
            if time.monotonic() > end:
                raise
            time.sleep(0.1)


def test_a_scheduler_and_worker_started_by_hand(tmp_path: Path) -> None:
    """`dask scheduler` and `dask worker` as on a cluster (here on 127.0.0.1), `--scheduler`."""
    corpus = write_corpus(tmp_path / "c", 8, sentences=3)
    dask = Path(sys.executable).with_name("dask")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [str(dask), "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        **quiet,
    )
    worker = subprocess.Popen(
        [str(dask), "worker", address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard"],
        **quiet,
    )
    try:
        out = tmp_path / "out"
        cmd = ["extract", str(corpus), "--out", str(out), "--shard-size", "600"]
        # the command in this process (a client as any other): the cluster is what is tested.
        # A started process no longer gives the scheduler its own start-up time to listen in.
        _wait_for_port(port)
        done = run_cli(*cmd, "--scheduler", address, "-v")
        assert done.returncode == 0, done.stderr
        assert f"Dask worker(s) at {address}" in done.stdout
    finally:
        worker.terminate()
        scheduler.terminate()
        worker.wait(timeout=60)
        scheduler.wait(timeout=60)
    serial = extract_shards([corpus], tmp_path / "serial", shard_size="600")
    assert serial.shards >= 3
    assert _merged(out, tmp_path / "a.duckdb") == _merged(
        tmp_path / "serial", tmp_path / "b.duckdb"
    )


def test_an_unreachable_scheduler_is_one_line(tmp_path: Path) -> None:
    """E802 names the address once the connect timeout (a keyword option, 10 s by default)
    runs out; a short one here: what is tested is the message, not the wait."""
    from realpolitik.scale._dask import CONNECT_TIMEOUT, run_dask
    from realpolitik.scale._work import Options

    address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
    outcomes = run_dask([], str(tmp_path / "o"), Options(), address, connect_timeout=0.5)
    with pytest.raises(RealpolitikError) as raised:
        next(outcomes)
    message = str(raised.value)
    assert message.startswith("[E802] Cannot reach the Dask scheduler at " + address)
    assert len(message.splitlines()) == 1 and "Traceback" not in message
    assert CONNECT_TIMEOUT == 10.0  # what `realpolitik extract --scheduler` waits
