"""Change points on series read from a real store: a dyad's UN agreement that flips, a state's
allies that grow, event measures, and the segment rows with their shifts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from measures_data import add_event, add_roll_call
from row_inserts import insert_rows

from realpolitik.analysis import change_points, dyad_series, series_breaks, state_series
from realpolitik.analysis.changepoint import Segment
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

YEARS = range(2000, 2012)


@pytest.fixture
def flips(tmp_path: Path) -> Iterator[Store]:
    """USA and GBR vote together until 2005, then apart; FRA always with the USA."""
    with Store(tmp_path / "flips.duckdb") as store:
        for year in YEARS:
            for k in range(1, 4):
                gbr = "Y" if year <= 2005 else "N"
                add_roll_call(
                    store,
                    f"undl:{year}{k}",
                    f"{year}-10-0{k}",
                    {"USA": "Y", "GBR": gbr, "FRA": "Y"},
                )
        yield store


def test_dyad_agreement_series_breaks_where_the_votes_part(flips: Store) -> None:
    series = dyad_series(flips, "USA", "GBR", since=2000, until=2011, min_votes=1)
    assert [y for y, _ in series] == list(YEARS)
    assert [v for _, v in series] == [1.0] * 6 + [0.0] * 6
    rows = series_breaks(series)
    assert [(r["start"], r["end"], r["years"]) for r in rows] == [(2000, 2005, 6), (2006, 2011, 6)]
    assert rows[0]["shift"] is None and rows[1]["shift"] == pytest.approx(-1.0)
    steady = dyad_series(flips, "USA", "FRA", since=2000, until=2011, min_votes=1)
    assert len(steady) == 12 and series_breaks(steady)[0]["years"] == 12  # no break


def test_dyad_series_rejects_unknown_measures(flips: Store) -> None:
    with pytest.raises(RealpolitikError) as err:
        dyad_series(flips, "USA", "GBR", measure="friendship")
    assert err.value.code == "E404" and "friendship" in str(err.value)
    with pytest.raises(RealpolitikError) as state:
        state_series(flips, "USA", measure="agree")
    assert state.value.code == "E404"


def test_state_isolation_series_follows_the_mean(flips: Store) -> None:
    series = dict(state_series(flips, "GBR", since=2000, until=2011, min_votes=1))
    assert series[2000] == 1.0 and series[2011] == 0.0  # with both until 2005, with neither after
    usa = dict(state_series(flips, "USA", since=2000, until=2011, min_votes=1))
    assert usa[2000] == 1.0 and usa[2011] == pytest.approx(0.5)


def test_state_alliance_series(tmp_path: Path) -> None:
    with Store(tmp_path / "allies.duckdb") as store:
        rows = [("TUR", p, y, 1, 0, 0, 0, 0) for y in range(1990, 2000) for p in ("GRC",)]
        rows += [("TUR", "USA", y, 0, 0, 0, 0, 1) for y in range(1995, 2000)]
        insert_rows(
            store.con,
            "INSERT INTO alliance_dyad_years (state_a, state_b, year, defense, offense,"
            " neutrality, nonaggression, consultation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        count = state_series(store, "TUR", measure="allies", since=1990, until=1999)
        assert count == [(y, 1.0) for y in range(1990, 1995)] + [
            (y, 2.0) for y in range(1995, 2000)
        ]
        weight = dict(state_series(store, "TUR", measure="alliance_weight", since=1990, until=1999))
        assert weight[1990] == 1.0 and weight[1999] == pytest.approx(1.3)
        rows_out = series_breaks(count, penalty=0.1)
        assert [r["start"] for r in rows_out] == [1990, 1995]


def test_event_measures_per_year(tmp_path: Path) -> None:
    with Store(tmp_path / "events.duckdb") as store:
        for year, goldstein in ((2020, 4.0), (2020, 2.0), (2021, -6.0)):
            add_event(
                store, source_country="CHN", target_country="IND", date=f"{year}-05-01",
                cameo="040", quad_class=1 if goldstein > 0 else 4, goldstein=goldstein,
            )  # fmt: skip
        counts = dyad_series(store, "CHN", "IND", measure="events", since=2020, until=2021)
        assert counts == [(2020, 2.0), (2021, 1.0)]
        mean = dict(
            dyad_series(store, "IND", "CHN", measure="mean_goldstein", since=2020, until=2021)
        )
        assert mean == {2020: pytest.approx(3.0), 2021: pytest.approx(-6.0)}
        with pytest.raises(RealpolitikError) as err:
            dyad_series(store, "CHN", "PAK", measure="events", since=2020, until=2021)
        assert err.value.code == "E402"


def test_change_points_edges() -> None:
    assert change_points([]) == ([], [])
    with pytest.raises(RealpolitikError) as err:
        change_points([1.0, 2.0], [2000])
    assert err.value.code == "E404"
    breaks, segments = change_points([0.0, 0.0, 5.0], [1, 2, 3], min_size=5)
    assert breaks == [] and segments == [Segment(1, 3, 5 / 3, 3)]
    breaks, segments = change_points([0.0] * 4 + [9.0] * 4, list("abcdefgh"), penalty=1.0)
    assert breaks == ["e"] and [s.mean for s in segments] == [0.0, 9.0]
    # a huge penalty keeps one segment even with a clear step
    assert change_points([0.0] * 4 + [9.0] * 4, penalty=1e9)[0] == []
    single = series_breaks([("2001", 3.0)])
    assert single == [{"start": "2001", "end": "2001", "years": 1, "mean": 3.0, "shift": None}]
