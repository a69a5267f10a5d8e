"""The one dyad query (dyads = relations = the report's and the networks' dyads), checked by
hand on a handful of events: periods, directions, volumes, ICEWS counts, bounds."""

from __future__ import annotations

from pathlib import Path

import pytest
from row_inserts import insert_rows

from realpolitik.errors import RealpolitikError
from realpolitik.store import Store, queries

# (origin, source, target, date, quad class, goldstein, factuality)
EVENTS = [
    ("text", "RUS", "PRK", "2023-01-10", 1, 3.0, "asserted"),
    ("text", "RUS", "PRK", "2023-01-20", 2, 7.0, "reported"),
    ("text", "PRK", "RUS", "2023-02-01", 1, 1.0, "asserted"),
    ("text", "RUS", "PRK", "2023-02-03", 4, -10.0, "negated"),
    ("text", "USA", "PRK", "2023-03-01", 3, -4.0, "asserted"),
    ("gdelt", "RUS", "PRK", "2024-06-01", 2, 5.0, None),
    ("text", "RUS", "RUS", "2023-01-01", 1, 1.0, "asserted"),  # domestic: never a dyad
    ("text", "RUS", None, "2023-01-01", 1, 1.0, "asserted"),  # no target country
]


@pytest.fixture
def dyad_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "dyads.duckdb")
    with store.transaction() as con:
        insert_rows(
            con,
            "INSERT INTO events (origin, source_country, target_country, date, quad_class,"
            " goldstein, factuality) VALUES (?, ?, ?, CAST(? AS DATE), ?, ?, ?)",
            EVENTS,
        )
        insert_rows(
            con,
            "INSERT INTO event_dyad_years (source_country, target_country, year, vc, mc, vk, mk,"
            " origin) VALUES (?, ?, ?, ?, ?, ?, ?, 'icews')",
            [("CHN", "USA", 2022, 5, 1, 2, 2), ("CHN", "USA", 2023, 1, 0, 0, 0)],
        )
    return store


def by_pair(rows: list[dict[str, object]]) -> dict[tuple[object, ...], dict[str, object]]:
    return {(r["period"], r["source"], r["target"]): r for r in rows}


def test_whole_range_counts_by_quad_class(dyad_store: Store) -> None:
    rows = by_pair(queries.dyad_rows(dyad_store, origins=("text", "gdelt")))
    rus_prk = rows[("all", "RUS", "PRK")]
    assert (rus_prk["events"], rus_prk["vc"], rus_prk["mc"], rus_prk["mk"]) == (3, 1, 2, 0)
    assert rus_prk["mean_goldstein"] == pytest.approx(5.0)
    assert rus_prk["net_cooperation"] == pytest.approx(1.0)
    assert (rus_prk["first_date"], rus_prk["last_date"]) == ("2023-01-10", "2024-06-01")
    assert rus_prk["origins"] == "gdelt,text"
    assert ("all", "RUS", "RUS") not in rows and len(rows) == 3
    # PRK took part in 3 + 1 + 1 events: its share of the RUS->PRK dyad
    assert rus_prk["share_target"] == pytest.approx(3 / 5)


def test_factuality_filters_text_events_and_datasets_count_as_asserted(dyad_store: Store) -> None:
    every = by_pair(queries.dyad_rows(dyad_store, factuality=None, origins=("text", "gdelt")))
    assert every[("all", "RUS", "PRK")]["events"] == 4 and every[("all", "RUS", "PRK")]["mk"] == 1
    reported = queries.dyad_rows(dyad_store, factuality=("reported",), origins=("text",))
    assert [(r["source"], r["events"]) for r in reported] == [("RUS", 1)]
    asserted = by_pair(queries.dyad_rows(dyad_store, factuality=("asserted",)))
    assert asserted[("all", "RUS", "PRK")]["origins"] == "gdelt,text"  # GDELT counts as asserted


def test_periods_and_bounds(dyad_store: Store) -> None:
    months = queries.dyad_rows(dyad_store, a="RUS", b="PRK", period="month", origins=("text",))
    assert [(r["period"], r["source"], r["events"]) for r in months] == [
        ("2023-01", "RUS", 2), ("2023-02", "PRK", 1)
    ]  # fmt: skip
    years = queries.dyad_rows(dyad_store, a="RUS", b="PRK", period="year")
    assert {(r["period"], r["source"]) for r in years} == {
        ("2023", "RUS"), ("2023", "PRK"), ("2024", "RUS")
    }  # fmt: skip
    january = queries.dyad_rows(dyad_store, since="2023-01", until="2023-01")
    assert [(r["source"], r["target"], r["events"]) for r in january] == [("RUS", "PRK", 2)]
    with pytest.raises(RealpolitikError) as err:
        queries.dyad_rows(dyad_store, period="week")
    assert err.value.code == "E907"


def test_one_state_or_one_pair_and_undirected(dyad_store: Store) -> None:
    of_prk = queries.dyad_rows(dyad_store, a="PRK", origins=("text",))
    assert {(r["source"], r["target"]) for r in of_prk} == {("RUS", "PRK"), ("PRK", "RUS"),
                                                              ("USA", "PRK")}  # fmt: skip
    (folded,) = queries.dyad_rows(dyad_store, a="RUS", b="PRK", directed=False, origins=("text",))
    assert (folded["source"], folded["target"], folded["events"]) == ("PRK", "RUS", 3)
    busy = queries.dyad_rows(dyad_store, min_events=2, origins=("text",))
    assert [(r["source"], r["target"]) for r in busy] == [("RUS", "PRK")]


def test_icews_counts_by_whole_years(dyad_store: Store) -> None:
    counts = by_pair(queries.dyad_rows(dyad_store, origins=("icews-counts",), period="year"))
    assert counts[("2022", "CHN", "USA")]["events"] == 10
    assert counts[("2022", "CHN", "USA")]["mean_goldstein"] is None  # counts carry no scores
    whole = by_pair(queries.dyad_rows(dyad_store, origins=("icews-counts",)))
    assert whole[("all", "CHN", "USA")]["events"] == 11
    part = queries.dyad_rows(dyad_store, origins=("icews-counts",), since="2022-06")
    assert [r["events"] for r in part] == [1]  # 2022 is not wholly inside: only 2023 counts
    assert queries.dyad_rows(dyad_store, origins=("icews-counts",), period="month") == []


def test_tables_have_their_columns_even_when_empty(dyad_store: Store) -> None:
    empty = queries.dyads(dyad_store, since="2030")
    assert empty.num_rows == 0 and empty.column_names == [n for n, _ in queries.DYAD_COLUMNS]
    full = queries.dyads(dyad_store)
    assert full.num_rows == len(queries.dyad_rows(dyad_store))
    ties = queries.tie_rows(dyad_store, limit=1)
    assert (ties[0]["a"], ties[0]["b"], ties[0]["tone"]) == ("PRK", "RUS", "cooperation")


def test_sql_reads_only(dyad_store: Store) -> None:
    table = queries.sql(dyad_store, "SELECT count(*) AS n FROM events WHERE origin = 'gdelt'")
    assert table.to_pylist() == [{"n": 1}]
    for statement in ("INSERT INTO events (origin) VALUES ('x')", "DROP TABLE events", ""):
        with pytest.raises(RealpolitikError) as err:
            queries.sql(dyad_store, statement)
        assert err.value.code in ("E105", "E106")
    assert dyad_store.count("events") == len(EVENTS)
