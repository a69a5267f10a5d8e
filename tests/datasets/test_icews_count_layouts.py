"""ICEWS dyad-year counts under other column spellings (quad1-quad4, verbal_cooperation, ...),
codes preferred to names where a file has both, the counts feeding the event-dyad measure, and
the citation that says who reshaped them."""

from __future__ import annotations

from pathlib import Path

import pytest
from datasets_fixtures import write

from realpolitik import datasets
from realpolitik.analysis import event_dyads
from realpolitik.datasets.icews_counts import layout_of
from realpolitik.store import Store

QUADS = "source,target,year,quad1,quad2,quad3,quad4\nUSA,CHN,2010,10,1,5,2\nRUS,UKR,2014,1,0,7,9\n"
WORDS = (
    "source_country,target_country,year,verbal_cooperation,material_cooperation,"
    "verbal_conflict,material_conflict,source_iso3,target_iso3\n"
    "Burma,Thailand,2015,3,1,0,0,MMR,THA\n"
)


@pytest.mark.parametrize(
    ("header", "spelling"),
    [
        (("i", "j", "year", "verbCoop", "matlCoop", "verbConf", "matlConf"),
         {"source": "i", "vc": "verbCoop", "mk": "matlConf"}),
        (("source", "target", "year", "quad1", "quad2", "quad3", "quad4"),
         {"source": "source", "vc": "quad1", "mk": "quad4"}),
        (("Country1", "Country2", "Year", "VC", "MC", "VK", "MK"),
         {"source": "Country1", "vc": "VC", "mk": "MK"}),
    ],
)  # fmt: skip
def test_layouts(header: tuple[str, ...], spelling: dict[str, str]) -> None:
    found = layout_of(header)
    assert found is not None
    assert {k: found[k] for k in spelling} == spelling
    assert layout_of(header[:-1]) is None  # a QuadClass column missing: not this layout


def test_quad_columns_load_and_feed_the_dyad_measure(tmp_path: Path) -> None:
    with Store(tmp_path / "counts.duckdb") as store:
        result = datasets.load(store, "icews-counts", [write(tmp_path / "quads.csv", QUADS)])
        assert result.rows == 2
        assert store.rows(
            "SELECT source_country, target_country, year, vc, mc, vk, mk, origin"
            " FROM event_dyad_years ORDER BY 1"
        ) == [("RUS", "UKR", 2014, 1, 0, 7, 9, "icews"),
              ("USA", "CHN", 2010, 10, 1, 5, 2, "icews")]  # fmt: skip
        (row,) = event_dyads(store, "RUS", "UKR", period="year").to_pylist()
        assert (row["period"], row["events"], row["vc"], row["mk"]) == ("2014", 17, 1, 9)
        assert row["net_cooperation"] == pytest.approx((1 - 16) / 17)
        assert row["origins"] == "icews-counts"


def test_codes_win_over_names_and_the_citation_names_the_reshaper(tmp_path: Path) -> None:
    with Store(tmp_path / "words.duckdb") as store:
        datasets.load(store, None, [write(tmp_path / "icews_words.csv", WORDS)])
        assert store.rows("SELECT source_country, target_country FROM event_dyad_years") == [
            ("MMR", "THA")
        ]
        (entry,) = datasets.list_loaded(store)
        assert entry.kind == "icews-counts" and "ICEWS" in entry.citation
