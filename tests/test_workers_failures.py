"""With --workers N a document the extractor fails on is skipped as with one process, and
Ctrl-C inside a DuckDB statement ends ingest as an interruption (exit 130), not an error."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from typing import Any

import pytest
from scale_helpers import FailingRegistry, write_corpus

from realpolitik.errors import InputError
from realpolitik.pipeline import Interrupted, extract_paths, ingest, interrupted_query
from realpolitik.store import Store

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_document_is_skipped_and_the_rest_stored(tmp_path: Path, workers: int) -> None:
    corpus = write_corpus(tmp_path / "c", 8, bad=(3,))
    errors: list[InputError] = []
    with Store(tmp_path / "s.duckdb") as store:
        report = ingest(
            [corpus], store, registry=FailingRegistry(), workers=workers, on_error=errors.append
        )
        assert (report.read, report.new, report.failed) == (8, 7, 1)
        assert store.count("documents") == 7
        stored = {r[0] for r in store.con.execute("SELECT doc_id FROM documents").fetchall()}
    assert "story-0003" not in stored
    assert len(errors) == 1
    line = str(errors[0])
    assert line.startswith("[E019] ") and "story-0003.txt" in line and "\n" not in line
    assert "ValueError: this text breaks the extractor" in line


def test_extract_with_workers_skips_the_same_document(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 6, bad=(0, 4))
    registry = FailingRegistry()
    runs = []
    for workers in (1, 2):
        errors: list[InputError] = []
        records = list(
            extract_paths([corpus], registry=registry, workers=workers, on_error=errors.append)
        )
        runs.append((records, [str(e) for e in errors]))
    assert runs[0] == runs[1]
    assert len(runs[0][1]) == 2 and {r["doc_id"] for r in runs[0][0]} == {
        f"story-{i:04d}" for i in (1, 2, 3, 5)
    }


def test_ctrl_c_inside_a_store_statement_is_an_interruption(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "c", 3)
    with Store(tmp_path / "s.duckdb") as store:

        def slow_statement(extraction: Any, status: str) -> None:
            # Ctrl-C arrives while DuckDB works (DuckDB turns it into RuntimeError). On one
            # thread DuckDB checks for it between tasks; on several the statement may run to its
            # end first (seconds of every core) before Python sees the signal.
            store.con.execute("SET threads = 1")
            timer = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGINT))
            timer.start()
            store.con.execute("SELECT count(*) FROM range(100000000000)").fetchall()

        with pytest.raises(Interrupted) as stop:
            ingest([corpus], store, on_document=slow_statement)
        assert stop.value.report.new >= 1
        assert interrupted_query(stop.value.__context__)  # it landed inside the statement
        assert store.count("documents") == 3  # the group was committed before the callback
