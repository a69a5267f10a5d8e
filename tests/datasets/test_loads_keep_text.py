"""Loading the field's datasets never touches what extraction stored: documents, sentences,
text events and claims stay exactly as they were through loads, re-loads of the same file and
loads that fail; dataset events keep their own origin."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from datasets_fixtures import ATOP_DYADS, GDELT2, ICEWS, ICEWS_COUNTS, write

from realpolitik import datasets
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from record_builders import extraction  # noqa: E402

TEXT_TABLES = ("documents", "sentences", "claims", "actor_mentions")


def snapshot(store: Store) -> dict[str, list[str]]:
    """Every extracted row, as text (sortable whatever the column types)."""
    out = {t: sorted(map(repr, store.rows(f"SELECT * FROM {t}"))) for t in TEXT_TABLES}  # noqa: S608
    out["text events"] = sorted(
        map(repr, store.rows("SELECT * EXCLUDE (event_id) FROM events WHERE origin = 'text'"))
    )
    return out


def test_loads_reloads_and_failures_leave_extracted_rows_alone(tmp_path: Path) -> None:
    with Store(tmp_path / "mixed.duckdb") as store:
        store.save_extractions([extraction("wire-1"), extraction("wire-2")])
        before = snapshot(store)
        assert len(before["text events"]) == 2 and len(before["claims"]) == 2
        files = {
            "gdelt": write(tmp_path / "20240105.export.CSV", GDELT2),
            "icews": write(tmp_path / "events.2014.tab", ICEWS),
            "icews-counts": write(tmp_path / "counts.csv", ICEWS_COUNTS),
            "atop": write(tmp_path / "atop_dyads.csv", ATOP_DYADS),
        }
        for kind, path in files.items():
            datasets.load(store, kind, [path])
            datasets.load(store, kind, [path])  # the same file again replaces its own rows
        assert snapshot(store) == before
        origins = dict(store.rows("SELECT origin, count(*) FROM events GROUP BY 1"))
        assert origins == {"text": 2, "gdelt": 2, "icews": 2}
        broken = write(tmp_path / "20240106.export.CSV", GDELT2.replace("\t-9.5\t", "\tloud\t"))
        with pytest.raises(RealpolitikError):
            datasets.load(store, "gdelt", [broken])
        assert snapshot(store) == before
        assert dict(store.rows("SELECT origin, count(*) FROM events GROUP BY 1")) == origins
