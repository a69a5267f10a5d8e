"""CEPII BACI as published (zip of yearly t,i,j,k,v,q files + country codes) loads as downloaded."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from cli_inprocess import run_cli

from realpolitik import datasets
from realpolitik.store import Store

# 156 China, 408 DPRK, 643 Russia, 842 USA (incl. PR), 251 France (incl. Monaco), 490 Taiwan,
# 699 India, 757 Switzerland, 579 Norway, 899 areas n.e.s. (an aggregate: kept as written).
Y2021 = """t,i,j,k,v,q
2021,156,408,260111,100.5,20.0
2021,156,408,010121,  0.5,     NA
2021,156,408,720711,9,3
2021,842,251,260111,2.25,
2021,490,156,854231,1000,1
2021,699,757,710812,40,0.1
2021,579,899,030211,7,2
"""

Y2022 = """t,i,j,k,v,q
2022,156,408,260111,200,40
2022,643,408,270900,50,30
2022,897,643,260111,1.5,1
"""

CODES = """country_code,country_name,country_iso2,country_iso3
156,China,CN,CHN
408,"Korea, Dem. People's Rep. of",KP,PRK
643,Russian Federation,RU,RUS
842,USA,US,USA
251,France,FR,FRA
490,"Other Asia, nes",,S19
699,India,IN,IND
757,Switzerland,CH,CHE
579,Norway,NO,NOR
897,Kosovo,XK,XKX
899,"Areas, nes",,N/A
"""

PRODUCTS = "code,description\n260111,Iron ores\n"
VERSION = "V202601"


def year_name(year: int) -> str:
    return f"BACI_HS92_Y{year}_{VERSION}.csv"


def release_zip(tmp_path: Path, y2022: str = Y2022, codes: bool = True) -> Path:
    path = tmp_path / f"BACI_HS92_{VERSION}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(year_name(2021), Y2021)
        archive.writestr(year_name(2022), y2022)
        if codes:
            archive.writestr(f"country_codes_{VERSION}.csv", CODES)
        archive.writestr(f"product_codes_HS92_{VERSION}.csv", PRODUCTS)
        archive.writestr("Readme.txt", "BACI release notes\n")
    return path


def flows(store: Store, product: bool = False) -> dict[tuple[object, ...], float]:
    cols = "reporter, partner, year" + (", product" if product else "")
    got = store.con.execute(f"SELECT {cols}, value FROM trade_flows").fetchall()  # noqa: S608
    return {tuple(r[:-1]): float(r[-1]) for r in got}


def test_zip_loads_every_year_as_bilateral_totals_in_usd(store: Store, tmp_path: Path) -> None:
    path = release_zip(tmp_path)
    result = datasets.load(store, "trade", [path])
    assert result.rows == 7 + 3  # every data row of both year files read
    got = flows(store)
    assert got[("CHN", "PRK", 2021)] == pytest.approx((100.5 + 0.5 + 9) * 1000)
    assert got[("CHN", "PRK", 2022)] == 200_000.0
    assert got[("USA", "FRA", 2021)] == 2250.0
    assert got[("TWN", "CHN", 2021)] == 1_000_000.0  # 490 "Other Asia, nes" (S19) is Taiwan
    assert got[("IND", "CHE", 2021)] == 40_000.0
    assert got[("NOR", "899", 2021)] == 7000.0  # the aggregate keeps its numeric code
    assert got[("XKX", "RUS", 2022)] == 1500.0  # only the release's own list knows 897
    assert len(got) == 8
    meta = store.con.execute(
        "SELECT DISTINCT flow, product, origin, source FROM trade_flows"
    ).fetchall()
    assert meta == [("export", None, "baci", path.name)]
    (entry,) = datasets.list_loaded(store)
    assert (entry.source, entry.rows, entry.min_year, entry.max_year) == (path.name, 10, 2021, 2022)
    assert "CEPII" in entry.citation or "BACI" in entry.citation


def test_kind_is_detected_and_reload_replaces(store: Store, tmp_path: Path) -> None:
    path = release_zip(tmp_path)
    assert datasets.detect_kind(path) == "trade"
    datasets.load(store, None, [path])
    datasets.load(store, None, [path])
    assert store.count("trade_flows") == 8


def test_products_all_keeps_hs6_rows(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "trade", [release_zip(tmp_path)], products="all")
    got = flows(store, product=True)
    assert len(got) == 10
    assert got[("CHN", "PRK", 2021, "010121")] == 500.0  # leading zero of the HS6 code kept
    assert got[("CHN", "PRK", 2021, "260111")] == 100_500.0


def test_products_filter_by_hs_prefix(store: Store, tmp_path: Path) -> None:
    result = datasets.load(store, "trade", [release_zip(tmp_path)], products=["2601", "2709"])
    got = flows(store, product=True)
    assert set(got) == {
        ("CHN", "PRK", 2021, "260111"),
        ("USA", "FRA", 2021, "260111"),
        ("CHN", "PRK", 2022, "260111"),
        ("RUS", "PRK", 2022, "270900"),
        ("XKX", "RUS", 2022, "260111"),
    }
    assert result.rows == 5


def test_without_country_list_the_project_table_maps_codes(store: Store, tmp_path: Path) -> None:
    datasets.load(store, "trade", [release_zip(tmp_path, codes=False)])
    got = flows(store)
    assert got[("TWN", "CHN", 2021)] == 1_000_000.0
    assert got[("USA", "FRA", 2021)] == 2250.0
    assert ("897", "RUS", 2022) in got  # unknown to the project table: kept as written


def test_folder_and_single_year_file(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / f"BACI_HS92_{VERSION}"
    folder.mkdir()
    (folder / year_name(2021)).write_text(Y2021)
    (folder / year_name(2022)).write_text(Y2022)
    (folder / f"country_codes_{VERSION}.csv").write_text(CODES)
    assert datasets.detect_kind(folder) == "trade"
    datasets.load(store, "trade", [folder])
    assert len(flows(store)) == 8
    single = tmp_path / year_name(2022)
    single.write_text(Y2022)  # no country list beside it: the project table
    result = datasets.load(store, None, [single])
    assert result.rows == 3
    rows = store.con.execute(
        "SELECT reporter, partner, value FROM trade_flows WHERE source = ? ORDER BY 1",
        [single.name],
    ).fetchall()
    assert rows == [("897", "RUS", 1500.0), ("CHN", "PRK", 200_000.0),
                    ("RUS", "PRK", 50_000.0)]  # fmt: skip


def test_cli_products_flag(tmp_path: Path) -> None:
    db = tmp_path / "rp.duckdb"
    path = release_zip(tmp_path)
    done = run_cli("--db", db, "data", "load", "trade", path, "--products", "260111")
    assert done.returncode == 0, done.stderr
    assert "Loaded 4 rows of trade" in done.stdout
    with Store(db) as store:
        assert {p for (_, _, _, p) in flows(store, product=True)} == {"260111"}
