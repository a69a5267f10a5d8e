"""Through the real CLI: a bad input is one line on stderr, the batch goes on, stored data stays.

The exit status is non-zero only when nothing at all could be read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner, Result
from ingest_cases import CASES, GOOD_ARTICLE, Case

from realpolitik.cli import cli

pytestmark = pytest.mark.slow


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def _snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "documents": con.execute(
                "SELECT doc_id, content_hash FROM documents ORDER BY 1"
            ).fetchall(),
            "sentences": con.execute(
                "SELECT doc_id, sentence_index, text FROM sentences ORDER BY 1, 2"
            ).fetchall(),
            "events": con.execute(
                "SELECT doc_id, cameo, evidence_sentence FROM events ORDER BY ALL"
            ).fetchall(),
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def kept_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding one document, ingested through the CLI once for the module."""
    tmp_path = tmp_path_factory.mktemp("kept")
    db = tmp_path / "kept.duckdb"
    kept = tmp_path / "kept" / "kept.txt"
    kept.parent.mkdir()
    kept.write_text(
        "Putin signs treaty\nDate: 2024-06-19\n\nRussia signed a treaty with North Korea.\n",
        encoding="utf-8",
    )
    result = _run("--db", str(db), "ingest", str(kept))
    assert result.exit_code == 0, result.output
    assert not db.with_name(db.name + ".wal").exists()  # closed: the file is the whole store
    return db


@pytest.fixture(scope="module")
def kept_rows(kept_db: Path) -> dict[str, list[tuple[object, ...]]]:
    """What ``kept_db`` holds, read once for the module: each test's copy holds the same (a
    DuckDB connection costs some 15 ms of CPU to open, 28 times over)."""
    return _snapshot(kept_db)


@pytest.fixture
def stored(
    tmp_path: Path, kept_db: Path, kept_rows: dict[str, list[tuple[object, ...]]]
) -> tuple[Path, dict[str, list[tuple[object, ...]]]]:
    """A database already holding one document (a copy of ``kept_db``), and what it held."""
    db = tmp_path / "kept.duckdb"
    shutil.copyfile(kept_db, db)
    return db, kept_rows


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_through_cli(
    tmp_path: Path, case: Case, stored: tuple[Path, dict[str, list[tuple[object, ...]]]]
) -> None:
    db, before = stored
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = case.make(bad_dir)
    good = tmp_path / "good.txt"
    good.write_text(GOOD_ARTICLE, encoding="utf-8")
    limit = ["--max-bytes", str(case.max_bytes)] if case.max_bytes else []

    result = _run("--db", str(db), "ingest", str(bad), str(good), *limit)

    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"realpolitik: skipped: [{case.code}] {bad_dir}/{case.where}")
    assert "Traceback" not in result.output
    after = _snapshot(db)
    for table in ("documents", "sentences", "events"):  # what was stored is still there
        assert set(before[table]) <= set(after[table]), table
    doc_ids = [d for d, _ in after["documents"]]
    assert "good" in doc_ids  # the rest of the batch was stored
    assert len(doc_ids) == 2 + (1 if case.partial else 0)

    alone = _run("--db", str(db), "ingest", str(bad), *limit)
    assert alone.exit_code == (0 if case.partial else 1), alone.output
    if not case.partial:
        assert "[E014] Nothing could be read from the 1 input(s) given." in alone.stderr
        assert "Traceback" not in alone.output
    assert _snapshot(db) == after


def test_extract_with_bad_input_goes_on_and_fails_only_when_nothing_read(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(GOOD_ARTICLE, encoding="utf-8")
    result = _run("extract", str(empty), str(good))
    assert result.exit_code == 0
    assert (
        result.stderr.strip()
        == f"realpolitik: skipped: [E001] {empty}: file is empty; nothing to read."
    )
    alone = _run("extract", str(empty))
    assert alone.exit_code == 1
    assert alone.stderr.splitlines()[-1] == (
        "realpolitik: error: [E014] Nothing could be read from the 1 input(s) given."
    )
