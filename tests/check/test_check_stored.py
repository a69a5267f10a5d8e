"""Checking claims already in a store: by document, all of them, a page of rows as the dashboard
shows them (matched back to the full stored claim), through the Python twin of `check --stored`,
and with no datasets file at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_fixtures import build_store
from row_inserts import insert_rows

from realpolitik.claimcheck import check, check_rows, check_stored, open_datasets, stored_claims
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store, queries

COLUMNS = ("doc_id", "sentence_index", "subject_code", "subject_country", "subject_text",
           "object_code", "object_country", "object_text", "measure", "value", "unit", "year",
           "factuality", "evidence_sentence", "evidence_start", "evidence_end", "comparator",
           "stated_precision", "period_start", "period_end")  # fmt: skip
CLAIMS = [
    ("a", 0, "CHN", "CHN", "China", "PRK", "PRK", "North Korea", "trade_share", 0.9, "fraction",
     2021, "asserted", "China took 90 percent of North Korea's trade in 2021.", 0, 52, "=",
     0.05, 2021, 2021),
    ("a", 1, "RUS", "RUS", "Russia", "VNM", "VNM", "Vietnam", "arms_share", 0.5, "fraction",
     None, "asserted", "Russia supplied half of Vietnam's arms in 2010-2014.", 53, 104, "=",
     None, 2010, 2014),
    ("b", 0, "BLR", "BLR", "Belarus", "RUS", "RUS", "Russia", "un_agreement", 0.9, "fraction",
     2016, "asserted", "Belarus voted with Russia 90 percent of the time.", 0, 50, "=", 0.005,
     None, None),
]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_store(tmp_path_factory.mktemp("stored"), "full")
    with Store(path) as store:
        store.con.execute(
            "INSERT INTO documents (doc_id, source, content_hash, text, published) VALUES"
            " ('a', 'a.txt', 'ha', 't', DATE '2024-03-01'), ('b', 'b.txt', 'hb', 't', NULL)"
        )
        marks = ", ".join("?" for _ in COLUMNS)
        insert_rows(
            store.con,
            f"INSERT INTO claims ({', '.join(COLUMNS)}) VALUES ({marks})",
            CLAIMS,  # noqa: S608
        )
    return path


def test_stored_claims_come_back_with_their_documents_date(db: Path) -> None:
    with Store(db, read_only=True) as store:
        pairs = stored_claims(store)
        only_b = stored_claims(store, "b")
    assert [(c.doc_id, c.sentence_index, published) for c, published in pairs] == [
        ("a", 0, "2024-03-01"), ("a", 1, "2024-03-01"), ("b", 0, None),
    ]  # fmt: skip
    assert pairs[1][0].period == (2010, 2014) and pairs[0][0].precision == 0.05
    assert pairs[2][0].period == (2016, 2016)  # the claim's year stands for its period
    assert [c.doc_id for c, _ in only_b] == ["b"]


def test_verdicts_by_document_and_in_all(db: Path) -> None:
    with Store(db, read_only=True) as store:
        every = check_stored(store)
        one = check_stored(store, doc_id="a")
    assert [c.verdict for c in every] == ["supported", "contradicted", "supported"]
    assert [c.finding.computed for c in every][:2] == [pytest.approx(0.88), pytest.approx(0.85)]
    assert [c.verdict for c in one] == ["supported", "contradicted"]


def test_a_page_of_rows_is_matched_to_the_full_claims(db: Path) -> None:
    with Store(db, read_only=True) as store:
        page = queries.claims(store).to_pylist()
        checked = check_rows(store, page)
        full = check_stored(store)
        assert len(checked) == len(page) == 3
        by_key = {(c.doc_id, c.claim.sentence_index): c for c in full}
        for row, got in zip(page, checked, strict=True):
            assert got is not None
            want = by_key[(row["doc_id"], row["sentence_index"])]
            assert (got.verdict, got.finding.computed) == (want.verdict, want.finding.computed)
            assert got.claim.precision == want.claim.precision  # from the stored claim
        loose = check_rows(store, page, tolerance=50.0)
        assert [c.verdict for c in loose if c] == ["supported", "supported", "supported"]


def test_the_python_twin_of_check_stored(db: Path, tmp_path: Path) -> None:
    records = list(check(db=db, stored=True))
    assert [r.verdict for r in records] == ["supported", "contradicted", "supported"]
    with Store(db, read_only=True) as store:
        same = list(check(store=store, stored=True))
    assert [r.to_dict() for r in same] == [r.to_dict() for r in records]
    with pytest.raises(RealpolitikError) as err:
        list(check(db=db, stored=True, tolerance=-1.0))
    assert err.value.code == "E604"


def test_without_a_datasets_file_the_store_is_empty_and_in_memory(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    store = open_datasets(missing)
    try:
        assert str(store.path) == ":memory:" and store.count("trade_flows") == 0
    finally:
        store.close()
    assert not missing.exists()


def test_the_command_prints_the_twins_records(db: Path) -> None:
    import json

    from click.testing import CliRunner

    from realpolitik.cli import cli

    result = CliRunner().invoke(cli, ["check", "--stored", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    expected = [json.loads(json.dumps(r.to_dict(), default=str)) for r in check(db=db, stored=True)]
    assert printed == expected and len(printed) == len(CLAIMS)
    assert [p["verdict"] for p in printed] == ["supported", "contradicted", "supported"]
    assert all(p["query"] and p["source"] for p in printed)
    csv_out = CliRunner().invoke(cli, ["check", "--stored", "--db", str(db), "--format", "csv"])
    import csv
    import io

    header, *rows = list(csv.reader(io.StringIO(csv_out.stdout)))
    assert header[:3] == ["doc_id", "sentence", "claim"] and len(rows) == len(CLAIMS)
    assert [r[header.index("verdict")] for r in rows] == [p["verdict"] for p in printed]
    assert all(r[header.index("query")].startswith(("SELECT", "WITH")) for r in rows)
