"""CAMEO spells two states differently from ISO 3166 (Kosovo KSV = XKX, East Timor TMP = TLS).
Events from GDELT and from text store the ISO3 country (before: GDELT's KSV became NULL), the
actor code keeps CAMEO's spelling, and `events --actor` finds them under either spelling."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from datasets_fixtures import gdelt2_row, write

from realpolitik import datasets
from realpolitik.models import ActorRef, Event, Evidence, Extraction
from realpolitik.store import Store

REDUCED = (
    "Date\tSource\tTarget\tCAMEOCode\tNumEvents\tNumArts\tQuadClass\tGoldstein\n"
    "20100105\tKSVGOV\tSRB\t043\t1\t4\t1\t2.8\n"
    "20100106\tIDN\tTMP\t057\t1\t1\t1\t8.0\n"
)


def _events(db: Path, actor: str) -> list[dict[str, object]]:
    done = run_cli("--db", db, "events", "--actor", actor, "--format", "jsonl")  # in-process
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.fixture
def loaded(tmp_path: Path) -> Path:
    db = tmp_path / "rp.duckdb"
    gdelt = gdelt2_row(1, "20240105", "KSV", "SRB", "190", "https://example.org/1")
    gdelt += gdelt2_row(2, "20240106", "AUS", "TMP", "042", "https://example.org/2")
    with Store(db) as store:
        datasets.load(store, "gdelt", [write(tmp_path / "a.export.CSV", gdelt)])
        datasets.load(store, "gdelt", [write(tmp_path / "reduced.tsv", REDUCED)])
        kosovo = ActorRef(text="Kosovo", code="KSVGOV", country="KSV")
        serbia = ActorRef(text="Serbia", code="SRB", country="SRB")
        sentence = "Kosovo accused Serbia."
        event = Event(
            doc_id="d1", sentence_index=0, source=kosovo, target=serbia, cameo="112",
            plover="ACCUSE", mode=None, goldstein=-2.0, quad_class=3, factuality="asserted",
            date="2024-02-01", date_precision="day", confidence=0.9,
            evidence=Evidence(sentence=sentence, start=0, end=len(sentence), trigger="accused"),
        )  # fmt: skip
        store.save_extraction(_extraction(event))
    return db


def _extraction(event: Event) -> Extraction:
    from realpolitik.models import Document

    doc = Document(doc_id="d1", text=event.evidence.sentence, date="2024-02-01")
    return Extraction(document=doc, sentences=[], mentions=[], events=[event], claims=[])


def test_gdelt_and_text_store_iso3_countries(loaded: Path) -> None:
    with Store(loaded, read_only=True) as store:
        rows = store.rows(
            "SELECT origin, source_code, source_country, target_code, target_country FROM events"
            " ORDER BY date"
        )
    assert rows == [
        ("gdelt", "KSVGOV", "XKX", "SRB", "SRB"),
        ("gdelt", "IDN", "IDN", "TMP", "TLS"),
        ("gdelt", "KSVGOV", "XKX", "SRB", "SRB"),
        ("gdelt", "AUSGOV", "AUS", "TMP", "TLS"),
        ("text", "KSVGOV", "XKX", "SRB", "SRB"),
    ]


@pytest.mark.parametrize("actor", ["XKX", "KSV", "Kosovo"])
def test_kosovo_found_under_either_spelling(loaded: Path, actor: str) -> None:
    got = _events(loaded, actor)
    assert sorted(str(e["date"]) for e in got) == ["2010-01-05", "2024-01-05", "2024-02-01"]


@pytest.mark.parametrize("actor", ["TLS", "TMP", "East Timor"])
def test_east_timor_found_under_either_spelling(loaded: Path, actor: str) -> None:
    got = _events(loaded, actor)
    assert sorted(str(e["date"]) for e in got) == ["2010-01-06", "2024-01-06"]


def test_older_cameo_spellings_are_read_as_iso3(tmp_path: Path) -> None:
    """GDELT and early CAMEO dictionaries code Romania ROM (ISO's code before ROU) and the DR
    Congo as Zaire, ZAR: loaded rows get the ISO3 country, and `--actor ROM` finds Romania."""
    db = tmp_path / "rp.duckdb"
    rows = gdelt2_row(1, "20240105", "ROM", "MDA", "042", "https://example.org/1")
    rows += gdelt2_row(2, "20240106", "RWA", "ZAR", "190", "https://example.org/2")
    reduced = "Date\tSource\tTarget\tCAMEOCode\tNumEvents\tNumArts\tQuadClass\tGoldstein\n"
    reduced += "20100107\tROMGOV\tHUN\t036\t1\t2\t1\t4.0\n"
    with Store(db) as store:
        datasets.load(store, "gdelt", [write(tmp_path / "a.export.CSV", rows)])
        datasets.load(store, "gdelt", [write(tmp_path / "reduced.tsv", reduced)])
        got = store.rows("SELECT source_country, target_country FROM events ORDER BY date")
    assert got == [("ROU", "HUN"), ("ROU", "MDA"), ("RWA", "COD")]
    for actor in ("ROM", "ROU", "Romania"):
        assert sorted(str(e["date"]) for e in _events(db, actor)) == ["2010-01-07", "2024-01-05"]
    assert [str(e["date"]) for e in _events(db, "ZAR")] == ["2024-01-06"]
