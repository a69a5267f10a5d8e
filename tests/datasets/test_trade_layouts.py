"""Trade files other than BACI releases, loaded into a real store: each value unit converted to
USD, flow words and letters, files without a flow column, names and numeric codes, product
columns, the origin read from the file name, re-loads that replace, and the coded errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from datasets_fixtures import write

from realpolitik import datasets
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store


def flows(store: Store) -> list[tuple[object, ...]]:
    return store.rows(
        "SELECT reporter, partner, year, flow, product, value, origin FROM trade_flows"
        " ORDER BY reporter, partner, year, flow, product NULLS FIRST"
    )


@pytest.mark.parametrize(
    ("column", "raw", "usd"),
    [("value", "250", 250.0), ("value_usd", "250", 250.0), ("value_kusd", "2.5", 2500.0),
     ("value_musd", "2.5", 2.5e6), ("TradeValue", "7", 7.0)],
)  # fmt: skip
def test_value_units_become_usd(store: Store, tmp_path: Path, column: str, raw: str,
                                usd: float) -> None:  # fmt: skip
    path = write(tmp_path / "flows.csv", f"reporter,partner,year,{column}\nFRA,DEU,2020,{raw}\n")
    result = datasets.load(store, "trade", [path])
    assert result.rows == 1
    assert flows(store) == [("FRA", "DEU", 2020, "total", None, usd, "trade")]


def test_flow_words_and_letters(store: Store, tmp_path: Path) -> None:
    text = ("Reporter,Partner,Year,Flow,Value\nFrance,Germany,2020,X,10\n"
            "France,Germany,2020,Imports,20\nFrance,Germany,2021, total ,30\n"
            "France,Germany,2021,m,\n")  # fmt: skip
    datasets.load(store, "trade", [write(tmp_path / "imf_dots_export.csv", text)])
    assert flows(store) == [
        ("FRA", "DEU", 2020, "export", None, 10.0, "dots"),  # the origin from the file name
        ("FRA", "DEU", 2020, "import", None, 20.0, "dots"),
        ("FRA", "DEU", 2021, "total", None, 30.0, "dots"),  # the empty value is no row
    ]


def test_exporter_files_are_exports_and_codes_stay_as_written(store: Store, tmp_path: Path) -> None:
    text = "exporter,importer,year,value,product\nCHN,PRK,2022,5,2601\n156,408,2022,6,\nWLD,PRK,2022,7,\n"
    datasets.load(store, "trade", [write(tmp_path / "comtrade_pull.csv", text)])
    assert flows(store) == [
        ("156", "408", 2022, "export", None, 6.0, "comtrade"),  # numeric codes kept
        ("CHN", "PRK", 2022, "export", "2601", 5.0, "comtrade"),
        ("WLD", "PRK", 2022, "export", None, 7.0, "comtrade"),  # an aggregate kept as written
    ]


def test_a_reload_replaces_its_own_rows_only(store: Store, tmp_path: Path) -> None:
    one = write(tmp_path / "a.csv", "reporter,partner,year,value\nFRA,DEU,2020,1\n")
    two = write(tmp_path / "b.csv", "reporter,partner,year,value\nITA,ESP,2020,2\n")
    datasets.load(store, "trade", [one, two])
    write(tmp_path / "a.csv", "reporter,partner,year,value\nFRA,DEU,2020,3\nFRA,ITA,2020,4\n")
    datasets.load(store, "trade", [one])
    assert [(r[0], r[1], r[5]) for r in flows(store)] == [
        ("FRA", "DEU", 3.0), ("FRA", "ITA", 4.0), ("ITA", "ESP", 2.0),
    ]  # fmt: skip
    sources = {d.source: d.rows for d in datasets.list_loaded(store)}
    assert sources == {"a.csv": 2, "b.csv": 1}


@pytest.mark.parametrize(
    ("text", "code", "where"),
    [
        ("reporter,partner,year,value\nFRA,DEU,2020,lots\n", "E302", "bad.csv:2: column 'value'"),
        ("reporter,partner,year,value\nFRA,DEU,20x0,1\n", "E302", "bad.csv:2: column 'year'"),
        (
            "reporter,partner,year,flow,value\nFRA,DEU,2020,barter,1\n",
            "E302",
            "bad.csv:2: column 'flow' has 'barter'",
        ),
        ("country,amount\nFRA,1\n", "E301", "bad.csv"),
    ],
)
def test_bad_files_name_line_and_column_and_change_nothing(
    store: Store, tmp_path: Path, text: str, code: str, where: str
) -> None:
    datasets.load(
        store,
        "trade",
        [write(tmp_path / "good.csv", "reporter,partner,year,value\nFRA,DEU,2020,1\n")],
    )
    before = flows(store)
    path = write(tmp_path / "bad.csv", text)
    with pytest.raises(RealpolitikError) as err:
        datasets.load(store, "trade", [path])
    assert err.value.code == code and where in str(err.value)
    assert flows(store) == before


def test_products_are_for_baci_releases_only(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "flows.csv", "reporter,partner,year,value\nFRA,DEU,2020,1\n")
    with pytest.raises(RealpolitikError) as err:
        datasets.load(store, "trade", [path], products="2601")
    assert err.value.code == "E332"
    with pytest.raises(RealpolitikError) as folder:
        datasets.load(store, "trade", [tmp_path])
    assert folder.value.code == "E330"
    assert store.count("trade_flows") == 0
