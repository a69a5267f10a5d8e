"""The report's claims table: one per document, each claim with verdict, figures and source."""

from __future__ import annotations

import shutil
from pathlib import Path

from realpolitik import Document, write_report
from realpolitik.extract import extract_document
from realpolitik.store import Store

TEXT = (
    "Russia supplied more than 80 percent of Vietnam's arms imports in 2010-2014. "
    "Israel is Vietnam's largest arms supplier. North Korea sent about 11,000 troops to Russia <b>."
)


def test_report_shows_checked_claims(fixture_dbs: dict[str, Path], tmp_path: Path) -> None:
    db = tmp_path / "report.duckdb"
    shutil.copy(fixture_dbs["full"], db)
    with Store(db) as store:
        doc = Document("arms-note", TEXT, "arms-note.txt", title="An arms note", date="2024-03-01")
        store.save_extraction(extract_document(doc))
        html = write_report(store, tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'id="section-checks"' in html and "Claims checked against the data" in html
    section = html[html.index('id="section-checks"') :]
    assert "3 claims: 1 supported, 1 contradicted, 1 unverifiable" in section
    assert '<span class="verdict supported">supported</span>' in section
    assert '<span class="verdict contradicted">contradicted</span>' in section
    assert "85.0%" in section and "SIPRI Arms Transfers Database" in section
    assert "no_dataset:" in section
    assert "troops to Russia &lt;b&gt;." in section  # the sentence is escaped


def test_no_claims_no_section(fixture_dbs: dict[str, Path], tmp_path: Path) -> None:
    db = tmp_path / "plain.duckdb"
    shutil.copy(fixture_dbs["full"], db)
    with Store(db) as store:
        doc = Document("talks", "Russia criticized Japan.", "talks.txt", date="2024-03-01")
        store.save_extraction(extract_document(doc))
        html = write_report(store, tmp_path / "report.html").read_text(encoding="utf-8")
    assert 'id="section-checks"' not in html
