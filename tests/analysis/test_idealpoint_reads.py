"""Reading stored ideal points without estimating any: filters, the distance between two states
and a state's place between two poles with their standard errors worked out by hand, gaps in a
series, the coded errors, and the files they are exported to."""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from row_inserts import insert_rows

from realpolitik.analysis.idealpoints import (
    MODEL,
    alignment,
    export,
    ideal_points,
    idealpoint_distance,
)
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

POINTS = [  # iso3, year, ideal point, sd, votes
    ("USA", 2020, 2.0, 0.3, 80), ("USA", 2021, 2.2, 0.4, 81),
    ("CHN", 2020, -1.0, 0.4, 79), ("CHN", 2021, -1.2, 0.3, 80),
    ("IND", 2020, 0.5, 0.0, 70), ("IND", 2022, 0.4, 0.1, 70),  # no 2021: a gap
    ("FRA", 2020, 1.0, None, None),  # sd and votes not recorded
]  # fmt: skip


@pytest.fixture
def stored(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "points.duckdb") as store:
        insert_rows(
            store.con,
            "INSERT INTO ideal_points (iso3, year, ideal_point, sd, n_votes, model)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(*p, MODEL) for p in POINTS] + [("USA", 2020, 9.0, 1.0, 1, "another-model")],
        )
        yield store


def test_filters_by_state_year_and_model(stored: Store) -> None:
    every = ideal_points(stored)
    assert [(p.iso3, p.year) for p in every] == sorted((p[0], p[1]) for p in POINTS)
    some = ideal_points(stored, states=["usa", "CHN"], since=2021, until=2021)
    assert [(p.iso3, p.ideal_point) for p in some] == [("CHN", -1.2), ("USA", 2.2)]
    fra = ideal_points(stored, states=["FRA"])[0]
    assert math.isnan(fra.sd) and fra.n_votes == 0
    other = ideal_points(stored, model="another-model")
    assert [(p.iso3, p.ideal_point) for p in other] == [("USA", 9.0)]
    assert ideal_points(stored, states=["DEU"]) == []  # the model is stored; no such state
    with pytest.raises(RealpolitikError) as err:
        ideal_points(stored, model="never-run")
    assert err.value.code == "E512"


def test_distance_with_its_standard_error(stored: Store) -> None:
    rows = idealpoint_distance(stored, "USA", "chn")
    assert [(r.year, r.value) for r in rows] == [(2020, 3.0), (2021, pytest.approx(3.4))]
    assert rows[0].se == pytest.approx(0.5)  # sqrt(0.3^2 + 0.4^2)
    assert idealpoint_distance(stored, "USA", "CHN", since=2021)[0].year == 2021
    gap = idealpoint_distance(stored, "USA", "IND")
    assert [r.year for r in gap] == [2020]  # only years both have
    with pytest.raises(RealpolitikError) as err:
        idealpoint_distance(stored, "USA", "DEU")
    assert err.value.code == "E401" and "DEU" in str(err.value)


def test_a_place_between_two_poles(stored: Store) -> None:
    (india,) = alignment(stored, "IND")  # 2020 only: India has no 2021
    assert india.year == 2020 and india.value == pytest.approx(0.5)  # (0.5 + 1) / (2 + 1)
    # se = sqrt(sd_s^2 + (v sd_a)^2 + ((1 - v) sd_b)^2) / span
    assert india.se == pytest.approx(math.sqrt(0 + (0.5 * 0.3) ** 2 + (0.5 * 0.4) ** 2) / 3.0)
    poles = {r.year: r.value for r in alignment(stored, "USA")}
    assert poles == {2020: pytest.approx(1.0), 2021: pytest.approx(1.0)}
    flipped = alignment(stored, "IND", pole_a="CHN", pole_b="USA")
    assert flipped[0].value == pytest.approx(0.5)
    assert alignment(stored, "USA", pole_a="USA", pole_b="USA") == []  # no span: no value


def test_exports(stored: Store, tmp_path: Path) -> None:
    points = ideal_points(stored, states=["USA", "CHN"])
    as_csv = export(points, tmp_path / "points.csv")
    with as_csv.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["iso3"], r["year"], r["model"]) for r in rows] == [
        ("CHN", "2020", MODEL), ("CHN", "2021", MODEL), ("USA", "2020", MODEL),
        ("USA", "2021", MODEL),
    ]  # fmt: skip
    table = pq.read_table(export(points, tmp_path / "points.parquet"))
    assert table.column("ideal_point").to_pylist() == [-1.0, -1.2, 2.0, 2.2]
    assert str(table.schema.field("year").type) == "int32"
    with pytest.raises(RealpolitikError) as err:
        export(points, tmp_path / "points.xlsx")
    assert err.value.code == "E514" and not (tmp_path / "points.xlsx").exists()
