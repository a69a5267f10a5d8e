"""The events summaries: rebuilt when a writer closes, used only while up to date, and every
measure read from them equals the same measure read from the events themselves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from store_events_data import fill as _fill

from realpolitik.analysis.dyads import event_citation, event_dyads
from realpolitik.store import Store, queries


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def _pylist(table: Any) -> Any:
    return table.to_pylist() if hasattr(table, "to_pylist") else table


CALLS = [
    lambda s: _pylist(event_dyads(s)),
    lambda s: _pylist(event_dyads(s, since=2018, until=2019)),
    lambda s: _pylist(event_dyads(s, "RUS")),
    lambda s: _pylist(event_dyads(s, "RUS", "PRK", directed=False)),
    lambda s: _pylist(event_dyads(s, "USA", "CHN")),
    lambda s: _pylist(event_dyads(s, "CHN", "JPN", origins=("icews", "icews-counts"))),
    lambda s: _pylist(event_dyads(s, origins=("text",), factuality=("asserted", "negated"))),
    lambda s: _pylist(event_dyads(s, directed=False, min_events=3)),
    lambda s: _pylist(event_dyads(s, "UKR", period="month")),
    lambda s: queries.dyad_rows(s),
    lambda s: queries.dyad_rows(s, since="2017", until="2019", origins=["text"], period="year"),
    lambda s: queries.dyad_rows(s, since="2017-03-05"),  # not a whole year: the events
    lambda s: queries.dyad_rows(s, factuality=None, period="all"),
    lambda s: queries.dyad_rows(s, a="RUS", b="PRK", shares=False),
    lambda s: queries.tie_rows(s, limit=50),
    lambda s: queries.tie_rows(s, since="2018", factuality=("reported",), limit=50),
    lambda s: event_citation(s),
]


def test_summaries_give_the_same_answers_as_the_events(db_path: Path) -> None:
    store = Store(db_path)
    _fill(store)
    assert not store.summaries_fresh()  # written since the last build: read the events
    raw = [_rounded(call(store)) for call in CALLS]
    assert raw[0] and raw[3] and raw[9] and raw[14]  # the data give every call something
    assert store.refresh_summaries()
    assert store.summaries_fresh()
    assert store.count("events_dyad_years") > 0
    assert [_rounded(call(store)) for call in CALLS] == raw
    store.close()


def test_a_writer_rebuilds_on_close_and_readers_never_use_a_stale_summary(db_path: Path) -> None:
    with Store(db_path) as store:
        _fill(store, n=50)
    with Store(db_path, read_only=True) as reader:
        assert reader.summaries_fresh()
        before = reader.count("events_dyad_years")
        total = sum(r["events"] for r in event_dyads(reader, since=2000, until=2030).to_pylist())
    assert before > 0 and total > 0
    store = Store(db_path)
    store.con.execute(
        "INSERT INTO events (origin, date, source_country, target_country, quad_class)"
        " VALUES ('gdelt', DATE '2019-05-01', 'RUS', 'PRK', 1)"
    )
    assert not store.summaries_fresh()
    grown = sum(r["events"] for r in event_dyads(store, since=2000, until=2030).to_pylist())
    assert grown == total + 1  # the events themselves, not the old summary
    store.con.execute("DELETE FROM events WHERE origin = 'gdelt' AND source_country = 'RUS'")
    assert not store.summaries_fresh()  # a delete changes the fingerprint too
    store.close()
    with Store(db_path, read_only=True) as reader:
        assert reader.summaries_fresh()
        gdelt = event_dyads(reader, "RUS", since=2000, until=2030, origins=("gdelt",))
        assert all(r["source"] != "RUS" for r in gdelt.to_pylist())


def test_an_unfinished_write_leaves_readers_on_the_events(db_path: Path) -> None:
    """A writer killed before closing (no rebuild): the next reader sees every event."""
    with Store(db_path) as store:
        _fill(store, n=80)
    store = Store(db_path)
    store.con.execute(
        "INSERT INTO events (origin, date, source_country, target_country, quad_class)"
        " VALUES ('gdelt', DATE '2019-05-01', 'JPN', 'UKR', 4)"
    )
    store.con.close()  # as if killed: close() and its rebuild never run
    with Store(db_path, read_only=True) as reader:
        assert not reader.summaries_fresh()
        rows = event_dyads(reader, "JPN", "UKR", origins=("gdelt",)).to_pylist()
        assert any(r["mk"] >= 1 and r["period"] == "2019" for r in rows)


@pytest.mark.parametrize("n", [0, 3])
def test_empty_and_tiny_stores(db_path: Path, n: int) -> None:
    with Store(db_path) as store:
        _fill(store, n=n, seed=11)
        raw = [_rounded(call(store)) for call in CALLS[:4]]
    with Store(db_path, read_only=True) as reader:
        assert reader.summaries_fresh()
        assert reader.count("events_dyad_years") == (
            0 if n == 0 else reader.count("events_dyad_years")
        )
        assert [_rounded(call(reader)) for call in CALLS[:4]] == raw
        assert (raw[0] == []) == (n == 0)


def test_a_new_store_needs_no_build_but_deleting_every_event_does(db_path: Path) -> None:
    with Store(db_path):
        pass  # a new store: no events, empty summaries, nothing to build on close
    with Store(db_path, read_only=True) as reader:
        assert reader.summaries_fresh() and reader.count("summary_builds") == 0
    with Store(db_path) as store:
        _fill(store, n=50, seed=5)
    with Store(db_path) as store:
        assert store.count("summary_builds") > 0 and store.count("events_dyad_years") > 0
        store.con.execute("DELETE FROM events")
        assert not store.summaries_fresh()  # the summaries still count the deleted events
        raw = [_rounded(call(store)) for call in CALLS]  # read from the events
    with Store(db_path, read_only=True) as reader:  # the writer's close emptied them
        assert reader.summaries_fresh() and reader.count("events_dyad_years") == 0
        assert [_rounded(call(reader)) for call in CALLS] == raw


def test_appends_are_added_to_the_summaries_and_deletes_rebuild_them(db_path: Path) -> None:
    with Store(db_path) as store:
        _fill(store, n=300, seed=21)
    store = Store(db_path)
    _fill(store, n=300, seed=22)  # only new rows since the build: they are added up
    raw = [_rounded(call(store)) for call in CALLS]
    assert store.refresh_summaries() and store.summaries_fresh()
    keys = "source_country, target_country, year, origin, factuality"
    repeated = store.value(
        f"SELECT count(*) - count(DISTINCT ({keys})) FROM events_dyad_years"  # noqa: S608
    )
    assert repeated > 0  # the appended part sits beside the old one
    assert [_rounded(call(store)) for call in CALLS] == raw
    store.con.execute("DELETE FROM events WHERE event_id % 3 = 0")
    raw = [_rounded(call(store)) for call in CALLS]
    assert store.refresh_summaries()
    assert store.value(f"SELECT count(*) - count(DISTINCT ({keys})) FROM events_dyad_years") == 0  # noqa: S608
    assert [_rounded(call(store)) for call in CALLS] == raw
    store.close()


def test_without_shares_the_same_rows_but_no_volumes(db_path: Path) -> None:
    store = Store(db_path)
    _fill(store, n=400, seed=31)
    for fresh in (False, True):
        assert store.summaries_fresh() == fresh
        for kwargs in ({}, {"a": "RUS"}, {"a": "RUS", "b": "PRK", "directed": False},
                       {"a": "USA", "b": "CHN"}, {"a": "CHN", "since": 2018, "until": 2018}):  # fmt: skip
            full = event_dyads(store, **kwargs).to_pylist()
            lean = event_dyads(store, shares=False, **kwargs).to_pylist()
            assert full, kwargs
            assert lean == [{**r, "share_source": None, "share_target": None} for r in full]
        store.refresh_summaries()
    store.close()


def test_leaving_on_an_error_skips_the_rebuild_and_the_next_writer_does_it(db_path: Path) -> None:
    with Store(db_path) as store:
        _fill(store, n=60, seed=41)
    with pytest.raises(KeyboardInterrupt), Store(db_path) as store:
        _fill(store, n=20, seed=42)
        raise KeyboardInterrupt  # Ctrl-C mid-ingest: close at once, no summing
    with Store(db_path, read_only=True) as reader:
        assert not reader.summaries_fresh()
        raw = [_rounded(call(reader)) for call in CALLS[:6]]
    Store(db_path).close()
    with Store(db_path, read_only=True) as reader:
        assert reader.summaries_fresh()
        assert [_rounded(call(reader)) for call in CALLS[:6]] == raw
