"""Bad BACI files fail with one line naming file, line and column; the store stays as it was."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from test_baci import CODES, VERSION, Y2021, Y2022, release_zip, year_name

from realpolitik import datasets
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store


@pytest.fixture
def loaded(store: Store, tmp_path: Path) -> Store:
    """Earlier rows under the same file name that a failed re-load must not touch."""
    datasets.load(store, "trade", [release_zip(tmp_path)])
    return store


def fails(store: Store, path: Path, **options: object) -> str:
    before = store.con.execute("SELECT count(*), sum(value) FROM trade_flows").fetchone()
    loads = store.count("dataset_loads")
    with pytest.raises(RealpolitikError) as caught:
        datasets.load(store, "trade", [path], **options)  # type: ignore[arg-type]
    assert store.con.execute("SELECT count(*), sum(value) FROM trade_flows").fetchone() == before
    assert store.count("dataset_loads") == loads
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_bad_value_names_member_line_and_column(loaded: Store, tmp_path: Path) -> None:
    path = release_zip(tmp_path, Y2022.replace("50,30", "fifty,30"))
    message = fails(loaded, path)
    assert "[E302]" in message
    assert f"{path.name}/{year_name(2022)}:3:" in message
    assert "column 'v'" in message and "'fifty'" in message


def test_empty_exporter_is_reported(loaded: Store, tmp_path: Path) -> None:
    path = release_zip(tmp_path, Y2022.replace("2022,643,408", "2022,,408"))
    message = fails(loaded, path)
    assert "[E302]" in message and f"{year_name(2022)}:3:" in message and "column 'i'" in message


def test_short_row_names_the_line(loaded: Store, tmp_path: Path) -> None:
    path = release_zip(tmp_path, Y2022 + "2022,156,408\n")
    message = fails(loaded, path)
    assert "[E312]" in message and f"{year_name(2022)}:5:" in message


def test_corrupt_zip_member(loaded: Store, tmp_path: Path) -> None:
    path = release_zip(tmp_path)
    data = bytearray(path.read_bytes())
    start = data.find(b"BACI_HS92_Y2022") + 40  # inside the deflated data of the 2022 file
    data[start : start + 20] = b"\x00" * 20
    path.write_bytes(bytes(data))
    message = fails(loaded, path)
    assert "[E304]" in message and path.name in message


def test_bad_product_code_and_products_on_other_layouts(loaded: Store, tmp_path: Path) -> None:
    assert "[E331]" in fails(loaded, release_zip(tmp_path), products="26O1")
    other = tmp_path / "dots.csv"
    other.write_text("reporter,partner,year,value_usd\nCHN,PRK,2020,5\n")
    assert "[E332]" in fails(loaded, other, products="2601")


def test_folder_without_year_files(loaded: Store, tmp_path: Path) -> None:
    folder = tmp_path / "empty_release"
    folder.mkdir()
    (folder / f"country_codes_{VERSION}.csv").write_text(CODES)
    message = fails(loaded, folder)
    assert "[E330]" in message and "empty_release" in message


def test_cli_error_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "BACI_bad.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(year_name(2021), Y2021.replace("2021,699", "20x1,699"))
    done = run_cli("--db", tmp_path / "rp.duckdb", "data", "load", "trade", path)
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert "[E302]" in line and f"{year_name(2021)}:7:" in line and "column 't'" in line
