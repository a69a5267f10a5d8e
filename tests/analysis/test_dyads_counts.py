"""Event dyads from ICEWS dyad-year counts: pooled with event rows, never counted twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pytest
from measures_data import add_event

from realpolitik import datasets
from realpolitik.analysis.dyads import event_citation, event_dyads, event_series
from realpolitik.store import Store

COUNTS = """i,j,year,verbCoop,matlCoop,verbConf,matlConf
United States,China,2010,10,2,5,3
China,United States,2010,8,0,4,0
United States,China,2011,1,1,1,1
Russia,North Korea,2011,3,1,0,0
Japan,China,2012,0,0,0,0
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    path = tmp_path / "icews_netify.csv"
    path.write_text(COUNTS)
    with Store(tmp_path / "dyads.duckdb") as store:
        datasets.load(store, "icews-counts", [path])
        add_event(store, source_country="USA", target_country="CHN", quad_class=1,
                  goldstein=3.0, date="2010-05-01")  # fmt: skip
        # ICEWS event rows of USA->CHN 2011: they replace that dyad-year's counts.
        add_event(store, origin="icews", factuality=None, source_country="USA",
                  target_country="CHN", quad_class=4, goldstein=-10.0, date="2011-03-01")  # fmt: skip
        yield store


def rows_of(table: pa.Table) -> list[dict[str, object]]:
    return list(table.to_pylist())


def by_key(rows: list[dict[str, object]]) -> dict[tuple[object, ...], dict[str, object]]:
    return {(r["period"], r["source"], r["target"]): r for r in rows}


def test_counts_pool_with_events_and_yield_to_icews_rows(store: Store) -> None:
    rows = by_key(rows_of(event_dyads(store, "USA", "CHN", since=2010, until=2011)))
    pooled = rows[("2010", "USA", "CHN")]
    assert (pooled["events"], pooled["vc"], pooled["mc"], pooled["vk"], pooled["mk"]) == (
        21, 11, 2, 5, 3
    )  # fmt: skip
    assert pooled["mean_goldstein"] == pytest.approx(3.0)  # counts have no Goldstein scores
    assert pooled["net_cooperation"] == pytest.approx((11 + 2 - 5 - 3) / 21)
    assert pooled["share_source"] == pytest.approx(21 / 33)  # USA: 21 sent + 12 received
    assert pooled["origins"] == "icews-counts,text"
    back = rows[("2010", "CHN", "USA")]
    assert (back["events"], back["mean_goldstein"], back["origins"]) == (12, None, "icews-counts")
    shadowed = rows[("2011", "USA", "CHN")]
    assert (shadowed["events"], shadowed["mk"], shadowed["origins"]) == (1, 1, "icews")


def test_origins_months_and_folding(store: Store) -> None:
    no_rows = by_key(
        rows_of(event_dyads(store, "USA", "CHN", since=2011, until=2011, origins=("icews-counts",)))
    )
    assert no_rows[("2011", "USA", "CHN")]["events"] == 4  # no ICEWS rows selected: counts
    text_only = rows_of(event_dyads(store, "USA", "CHN", since=2010, until=2011, origins=("text",)))
    assert [(r["period"], r["events"]) for r in text_only] == [("2010", 1)]
    monthly = rows_of(event_dyads(store, "USA", "CHN", since=2010, until=2011, period="month"))
    assert [(r["period"], r["origins"]) for r in monthly] == [("2010-05", "text"),
                                                              ("2011-03", "icews")]  # fmt: skip
    (folded,) = rows_of(event_dyads(store, "USA", "CHN", since=2010, until=2010, directed=False))
    assert (folded["source"], folded["target"], folded["events"]) == ("CHN", "USA", 33)
    # Zero-count dyad-years are not dyads with events.
    assert event_dyads(store, "JPN", since=2012, until=2012).num_rows == 0
    assert event_series(store, "RUS", "PRK", measure="events") == [("2011", 4.0)]


def test_citation_names_icews_and_the_reshaping(store: Store) -> None:
    cited = event_citation(store)
    assert "Boschee" in cited and "netify" in cited and "realpolitik" in cited
    assert cited.count("Boschee") == 1
    assert "Boschee" in event_citation(store, ("icews-counts",))
    assert "Boschee" not in event_citation(store, ("text",))
