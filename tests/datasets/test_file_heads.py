"""How a dataset file is opened before DuckDB reads it: plain, gzip and zip files, the header
line found below a preamble with its delimiter, byte-order marks, and the coded errors for
empty, missing, corrupt and oversized inputs (each naming the file the user gave)."""

from __future__ import annotations

import gzip
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from realpolitik import datasets
from realpolitik.datasets import expansion_limit
from realpolitik.datasets._io import find_header, first_line_cells, readable
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store


def has(*names: str) -> Callable[[tuple[str, ...]], bool]:
    """A header test: every name is one of the line's cells."""
    return lambda cells: set(names) <= set(cells)


def test_a_plain_file_is_read_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with readable(path) as (inner, shown):
        assert inner == path and shown == path


def test_a_zip_gives_its_largest_member_and_cleans_up(tmp_path: Path) -> None:
    path = tmp_path / "release.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "small")
        archive.writestr("data/dyads.csv", "ccode1,ccode2,year\n2,200,1950\n" * 50)
        archive.writestr("empty-folder/", "")
    with readable(path) as (inner, shown):
        assert inner.name == "dyads.csv" and shown == path
        assert inner.read_text(encoding="utf-8").startswith("ccode1,ccode2,year")
        unpacked = inner
    assert not unpacked.exists()  # the temporary folder is gone after the block


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p.write_bytes(b""), "E001"),
        (lambda p: None, "E010"),
        (lambda p: zipfile.ZipFile(p, "w").close(), "E314"),
    ],
    ids=["empty", "missing", "zip-without-members"],
)
def test_files_that_cannot_be_opened(
    tmp_path: Path, make: Callable[[Path], object], code: str
) -> None:
    path = tmp_path / "data.zip"
    make(path)
    with pytest.raises(RealpolitikError) as err, readable(path):
        pass
    assert err.value.code == code and "data.zip" in str(err.value)


def test_an_empty_folder_zip_is_e314(tmp_path: Path) -> None:
    path = tmp_path / "folders.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("only/", "")
    with pytest.raises(RealpolitikError) as err, readable(path):
        pass
    assert err.value.code == "E314"


def test_the_expansion_limit_applies_inside_its_block_only(tmp_path: Path) -> None:
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.csv", "x\n" * 10_000)
    with expansion_limit(1000), pytest.raises(RealpolitikError) as err, readable(path):
        pass
    assert err.value.code == "E372" and "big.csv" in str(err.value)
    with readable(path) as (inner, _):  # outside the block: the default limit
        assert inner.stat().st_size == 20_000
    with expansion_limit(None), readable(path) as (inner, _):
        assert inner.stat().st_size == 20_000


def test_the_header_is_found_below_a_preamble(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Transfers of major arms, exported 2024.\nA '?' marks uncertain data.\n\n"
        "\ufeffID;Supplier;Recipient;Year\n1;France;India;2020\n",
        encoding="utf-8",
    )
    head = find_header(path, path, "utf-8", has("Supplier", "Recipient"))
    assert head is not None
    assert (head.header_line, head.delimiter) == (4, ";")
    assert head.columns == ("ID", "Supplier", "Recipient", "Year")  # the mark is stripped
    assert head.shown == path and head.encoding == "utf-8"
    assert find_header(path, path, "utf-8", has("Exporter")) is None


@pytest.mark.parametrize(("sep", "name"), [("\t", "\t"), ("|", "|"), (",", ",")])
def test_delimiters_and_quoted_names(tmp_path: Path, sep: str, name: str) -> None:
    path = tmp_path / "data.txt"
    path.write_text(sep.join(['"Event ID"', ' "Source Name" ', "Year"]) + "\n1" + sep + "x\n")
    head = find_header(path, path, "utf-8", has("Event ID", "Source Name"))
    assert head is not None and head.delimiter == name
    assert head.columns == ("Event ID", "Source Name", "Year")


def test_gzip_heads_and_corrupt_gzip(tmp_path: Path) -> None:
    path = tmp_path / "counts.csv.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("source,target,year\nUSA,CHN,2000\n")
    head = find_header(path, path, "utf-8", has("source", "target"))
    assert head is not None and head.header_line == 1
    unnamed = tmp_path / "counts.bin"  # gzip by its magic bytes, whatever the name
    unnamed.write_bytes(path.read_bytes())
    assert first_line_cells(unnamed, unnamed, "utf-8") == (",", ("source", "target", "year"))
    broken = tmp_path / "broken.csv.gz"
    broken.write_bytes(path.read_bytes()[:15])
    with pytest.raises(RealpolitikError) as err:
        find_header(broken, broken, "utf-8", has("source"))
    assert err.value.code == "E304" and "broken.csv.gz" in str(err.value)


def test_first_line_cells_skips_blank_lines_and_needs_one(tmp_path: Path) -> None:
    path = tmp_path / "headerless.tsv"
    path.write_text("\n  \n2\t200\t1950\n", encoding="utf-8")
    assert first_line_cells(path, path, "utf-8") == ("\t", ("2", "200", "1950"))
    blank = tmp_path / "blank.csv"
    blank.write_text("\n\n\n", encoding="utf-8")
    with pytest.raises(RealpolitikError) as err:
        first_line_cells(blank, blank, "utf-8")
    assert err.value.code == "E001"


def test_an_unknown_encoding_is_an_option_error(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n", encoding="utf-8")
    with pytest.raises(RealpolitikError) as err:
        first_line_cells(path, path, "klingon-8")
    assert err.value.code == "E901" and "--encoding" in str(err.value)


def test_latin1_names_decode_with_the_given_encoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.csv"
    path.write_bytes("Côte d'Ivoire;Año\n".encode("latin-1"))
    assert first_line_cells(path, path, "latin-1") == (",", ("Côte d'Ivoire;Año",))
    head = find_header(path, path, "latin-1", has("Año"))
    assert head is not None and head.columns == ("Côte d'Ivoire", "Año")


def test_a_zipped_dataset_loads_like_the_plain_file(tmp_path: Path) -> None:
    rows = "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n"
    rows += "2,200,1950,1,0,0,0,1\n200,2,1950,1,0,0,0,1\n"
    plain = tmp_path / "atop_dyads.csv"
    plain.write_text(rows, encoding="utf-8")
    zipped = tmp_path / "atop_dyads.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.write(plain, "ATOP 5.1/atop_dyads.csv")
    found = []
    for path in (plain, zipped):
        with Store(tmp_path / f"{path.suffix[1:]}.duckdb") as store:
            result = datasets.load(store, "atop", [path])
            found.append(
                (result.rows, store.rows("SELECT state_a, state_b, year, defense FROM"
                                         " alliance_dyad_years ORDER BY 1"))
            )  # fmt: skip
    assert found[0] == found[1]
    assert found[0][1] == [("GBR", "USA", 1950, 1), ("USA", "GBR", 1950, 1)]
