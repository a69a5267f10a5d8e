"""A real ``realpolitik ingest`` process killed mid-run (kill -9, Ctrl-C) leaves a consistent
database, and running the same command again resumes: it stores the rest and skips what was kept.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from cli_inprocess import run_cli

from realpolitik.store import Store

pytestmark = pytest.mark.slow

DOCS = 80
STORED_BEFORE_STOP = 5
# Sentences per article: three (was six) halve what the killed run and the resume extract; the
# 75 articles left after the fifth is stored still take the run ~1 s, far longer than the kill.
SENTENCES = 3

_STATES = ["Russia", "China", "North Korea", "Vietnam", "Japan", "the Philippines", "Ukraine"]
_ACTS = [
    "signed an agreement with",
    "criticised",
    "sent a delegation to",
    "accused",
    "praised",
    "held talks with",
]


def _corpus(root: Path) -> Path:
    """Many small articles, each a different text, enough to keep the extractor busy."""
    root.mkdir()
    for i in range(DOCS):
        lines = []
        for j in range(SENTENCES):
            a = _STATES[(i + j) % len(_STATES)]
            b = _STATES[(i + 2 * j + 1) % len(_STATES)]
            if a == b:
                b = "the United States"
            act = _ACTS[(i * 7 + j) % len(_ACTS)]
            lines.append(f"{a} {act} {b} on day {i}-{j}, officials said in a statement.")
        month = 1 + i % 12
        body = " ".join(lines)
        (root / f"story-{i:04d}.txt").write_text(
            f"Story {i}\nDate: 2024-{month:02d}-15\n\n{body}\n", encoding="utf-8"
        )
    return root


def _command(db: Path, corpus: Path, workers: int = 1) -> list[str]:
    exe = Path(sys.executable).with_name("realpolitik")
    return [str(exe), "--db", str(db), "ingest", str(corpus), "-v", "--workers", str(workers)]


def _run_until_stored(cmd: list[str], count: int, sig: int) -> tuple[int, str]:
    """Start ingest, wait until ``count`` documents are committed, then send ``sig``.

    The command runs in its own process group; SIGINT goes to the whole group, as Ctrl-C in a
    terminal does (the worker processes get it too), SIGKILL to the main process only.
    """
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    assert proc.stderr is not None
    seen = 0
    lines = []
    for line in proc.stderr:
        lines.append(line)
        if line.startswith("stored "):
            seen += 1
            if seen == count:
                if sig == signal.SIGINT:
                    os.killpg(proc.pid, sig)
                else:
                    os.kill(proc.pid, sig)
                break
    rest = proc.communicate(timeout=120)[1]
    return proc.returncode, "".join(lines) + rest


def _check_consistent(db: Path) -> int:
    """Every document has all its sentences; nothing refers to a missing document."""
    with Store(db) as store:
        con = store.con
        docs = store.count("documents")
        gaps = con.execute(
            "SELECT count(*) FROM documents d LEFT JOIN"
            " (SELECT doc_id, count(*) AS n, max(sentence_index) AS top FROM sentences"
            "  GROUP BY doc_id) s USING (doc_id)"
            " WHERE s.n IS NULL OR s.n <> s.top + 1"
        ).fetchone()
        assert gaps == (0,), "a stored document lacks sentences"
        for table in ("sentences", "events", "claims", "actor_mentions"):
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
            ).fetchone()
            assert orphans == (0,), f"orphan rows in {table}"
        return docs


def _resume(db: Path, corpus: Path, kept: int, workers: int = 1) -> None:
    """The same command again, in this process (cli_inprocess): what is tested is the store
    the killed process left, not a second process start."""
    again = run_cli(*_command(db, corpus, workers)[1:])
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith(
        f"{DOCS} document(s) read: {DOCS - kept} new, 0 replaced, {kept} unchanged"
    ), again.stdout
    assert _check_consistent(db) == DOCS


@pytest.mark.parametrize("workers", [1, 2])
def test_kill_9_mid_ingest_then_resume(tmp_path: Path, workers: int) -> None:
    corpus = _corpus(tmp_path / "corpus")
    db = tmp_path / "k.duckdb"
    cmd = _command(db, corpus, workers)
    code, _ = _run_until_stored(cmd, STORED_BEFORE_STOP, signal.SIGKILL)
    assert code == -signal.SIGKILL
    kept = _check_consistent(db)
    assert STORED_BEFORE_STOP <= kept < DOCS, f"{kept} documents: the kill did not land mid-run"
    _resume(db, corpus, kept, workers)


@pytest.mark.parametrize("workers", [1, 2])
def test_ctrl_c_mid_ingest_exits_cleanly_then_resume(tmp_path: Path, workers: int) -> None:
    corpus = _corpus(tmp_path / "corpus")
    db = tmp_path / "c.duckdb"
    cmd = _command(db, corpus, workers)
    code, stderr = _run_until_stored(cmd, STORED_BEFORE_STOP, signal.SIGINT)
    assert code == 130, stderr
    assert "Traceback" not in stderr
    last = stderr.strip().splitlines()[-1]
    assert last.startswith("realpolitik: interrupted: ")
    assert "run the same command to resume" in last
    kept = _check_consistent(db)
    assert STORED_BEFORE_STOP <= kept < DOCS
    assert f"interrupted: {kept} document(s) stored" in last
    _resume(db, corpus, kept, workers)
