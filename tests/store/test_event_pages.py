"""``queries.events`` finds rows by one column at a time and pages in two steps; the rows and
their order must be exactly those of the plain query over every column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from row_inserts import insert_rows
from store_events_data import fill

from realpolitik.store import Store, queries

PLAIN = """
    SELECT e.event_id FROM events e LEFT JOIN documents d USING (doc_id) {where}
    ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.event_id
"""
ONE_WAY = "((? IN (e.source_code, e.source_country)) AND (? IN (e.target_code, e.target_country)))"


def _plain(store: Store, clauses: list[str], params: list[Any]) -> list[int]:
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return [int(r[0]) for r in store.rows(PLAIN.format(where=where), params)]


@pytest.fixture(scope="module", params=["summarised", "stale"])
def events_store(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Store:
    """Read through the summaries (up to date), or through the events alone (written since)."""
    path: Path = tmp_path_factory.mktemp("pages") / "pages.duckdb"
    with Store(path) as store:
        fill(store, n=900, seed=9)
        insert_rows(
            store.con,  # documents behind the text events, one id with a quote
            "INSERT INTO documents (doc_id, source, title, content_hash, text) VALUES (?, ?, ?, ?, '')",
            [(d, f"{d}.txt", f"Report {d}", d) for d in [*(f"d{i}" for i in range(40)), "it's"]],
        )
        store.con.execute(
            "UPDATE events SET doc_id = 'it''s' WHERE doc_id = 'd3' AND source_country = 'RUS'"
        )
    if request.param == "summarised":
        store = Store(path, read_only=True)
        assert store.summaries_fresh()
        return store
    store = Store(path)
    fill(store, n=40, seed=10)
    assert not store.summaries_fresh()
    return store


CASES: list[tuple[dict[str, Any], list[str], list[Any]]] = [
    ({}, [], []),
    ({"actor": "RUS"},
     ["(? IN (e.source_code, e.source_country, e.target_code, e.target_country))"], ["RUS"]),
    ({"dyad": ("RUS", "PRK")}, [ONE_WAY], ["RUS", "PRK"]),
    ({"dyad": ("RUS", "PRK"), "both_ways": True}, [f"({ONE_WAY} OR {ONE_WAY})"],
     ["RUS", "PRK", "PRK", "RUS"]),
    ({"dyad": ("USA", "CHN"), "both_ways": True, "origins": ["text"],
      "factuality": ["asserted"]},
     [f"({ONE_WAY} OR {ONE_WAY})", "e.origin = ?",
      "coalesce(e.factuality, 'asserted') IN (?)"],
     ["USA", "CHN", "CHN", "USA", "text", "asserted"]),
    ({"actor": "GOV", "since": "2018-01-01"},
     ["(? IN (e.source_code, e.source_country, e.target_code, e.target_country))",
      "e.date >= CAST(? AS DATE)"], ["GOV", "2018-01-01"]),
    ({"dyad": ("UKR", "UKR")}, [ONE_WAY], ["UKR", "UKR"]),
    ({"dyad": ("GOV", "JPN"), "both_ways": True}, [f"({ONE_WAY} OR {ONE_WAY})"],
     ["GOV", "JPN", "JPN", "GOV"]),
    ({"dyad": ("CHNGOV", "USA")}, [ONE_WAY], ["CHNGOV", "USA"]),
    ({"origins": ["text"], "factuality": ["asserted", "negated"]},
     ["e.origin = ?", "coalesce(e.factuality, 'asserted') IN (?, ?)"],
     ["text", "asserted", "negated"]),
    ({"since": "2018-02-01", "until": "2019-06-30"},
     ["e.date >= CAST(? AS DATE)", "e.date <= CAST(? AS DATE)"], ["2018-02-01", "2019-06-30"]),
]  # fmt: skip


@pytest.mark.parametrize(("kwargs", "clauses", "params"), CASES)
def test_pages_are_the_plain_query_cut_into_pieces(
    events_store: Store, kwargs: dict[str, Any], clauses: list[str], params: list[Any]
) -> None:
    expected = _plain(events_store, clauses, params)
    assert expected, "the fixture must give each case some events"
    found = [e["event_id"] for e in queries.event_rows(events_store, **kwargs)]
    assert found == expected
    pages = []
    for offset in range(0, len(expected) + 7, 7):
        pages += [
            e["event_id"]
            for e in queries.event_rows(events_store, limit=7, offset=offset, **kwargs)
        ]
    assert pages == expected
    assert queries.event_rows(events_store, limit=7, offset=len(expected), **kwargs) == []
    assert queries.events(events_store, limit=7, **kwargs).num_rows == min(7, len(expected))


def test_a_page_carries_every_column_and_its_document(events_store: Store) -> None:
    whole = queries.event_rows(events_store, dyad="RUS,PRK", both_ways=True)
    page = queries.event_rows(events_store, dyad="RUS,PRK", both_ways=True, limit=5, offset=2)
    assert page == whole[2:7]
    assert set(page[0]) == {name for name, _ in queries.EVENT_COLUMNS}
    titled = [e for e in queries.event_rows(events_store, actor="RUS", limit=500) if e["title"]]
    assert {"Report it's", "Report d5"} <= {e["title"] for e in titled}


def test_document_pages_count_their_own_events(events_store: Store) -> None:
    whole = queries.document_rows(events_store)
    assert len(whole) == 41 and sum(d["events"] for d in whole) > 0
    direct = dict(events_store.rows("SELECT doc_id, count(*) FROM events GROUP BY 1"))
    assert all(d["events"] == direct.get(d["doc_id"], 0) for d in whole)
    pages = [
        d for o in range(0, 45, 9) for d in queries.document_rows(events_store, limit=9, offset=o)
    ]
    assert pages == whole
