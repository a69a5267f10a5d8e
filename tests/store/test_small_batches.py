"""A few documents go into the store as VALUES lists, many as Arrow batches (building Arrow
arrays imports pandas, half a second of every short command): both ways store the same rows."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import realpolitik
from realpolitik.models import Extraction
from realpolitik.store import Store, _store

TEXTS = [
    (
        "Russia fired missiles at Ukraine on Monday, officials said. China holds more than 70"
        " percent of Laos's debt. Japan may send aid to the Philippines.",
        "2024-06-12",
    ),
    ("Germany and France signed a defence pact in Berlin. No one was hurt.", None),
    ("", "2023-01-05"),  # a document with no sentences at all
]
TABLES = ("documents", "sentences", "actor_mentions", "events", "claims")


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    out = []
    for n, (text, date) in enumerate(TEXTS):
        ex = realpolitik.extract_text(text, date=date, doc_id=f"d{n}")
        out.append(ex)
    assert sum(len(e.events) for e in out) >= 3 and sum(len(e.claims) for e in out) >= 1
    return out


def _contents(path: Path) -> dict[str, list[str]]:
    # the event's id comes from a sequence, a document's ingest time from the clock
    skip = {"events": " EXCLUDE (event_id)", "documents": " EXCLUDE (ingested_at)"}
    with Store(path, read_only=True) as store:
        return {
            t: sorted(map(repr, store.rows(f"SELECT *{skip.get(t, '')} FROM {t}")))  # noqa: S608
            for t in TABLES
        }


def test_values_and_arrow_store_the_same_rows(
    extractions: list[Extraction], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small, big = tmp_path / "small.duckdb", tmp_path / "big.duckdb"
    with Store(small) as store:
        store.save_extractions(extractions)
    monkeypatch.setattr(_store, "SMALL_BATCH", 0)  # every batch as Arrow
    with Store(big) as store:
        store.save_extractions(extractions)
    got, want = _contents(small), _contents(big)
    assert got == want
    assert len(got["events"]) >= 3 and len(got["claims"]) >= 1 and len(got["documents"]) == 3


def test_more_rows_than_one_values_statement_holds(
    extractions: list[Extraction], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_store, "_VALUES_ROWS", 2)  # several statements per table
    path = tmp_path / "split.duckdb"
    with Store(path) as store:
        store.save_extractions(extractions)
        counts = {t: store.count(t) for t in TABLES}
    assert counts["sentences"] == sum(len(e.sentences) for e in extractions) >= 3
    assert counts["events"] == sum(len(e.events) for e in extractions)


def test_a_short_save_does_not_import_pandas(tmp_path: Path) -> None:
    """Run in a fresh interpreter: this test process may have pandas loaded already. The
    extraction is hand-built (tests/record_builders.py) beside the extraction package's imports:
    loading the parser there cost ~1 CPU-s and is no part of the save."""
    import subprocess

    script = (
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})\n"
        "import realpolitik.extract\n"
        "from record_builders import extraction\n"
        "from realpolitik.store import Store\n"
        f"with Store({str(tmp_path / 'p.duckdb')!r}) as s:\n"
        "    s.save_extraction(extraction())\n"
        "    assert s.count('events') == 1, s.count('events')\n"
        "print('pandas' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
