"""Encodings of dataset files: a bad byte is named by its real 1-based line (never "line 0"),
cp1252 and UTF-16 load, and a byte-order mark decides the encoding whatever --encoding says."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from datasets_fixtures import GDELT2, UNDL_RESOLUTIONS, UNDL_VOTES

from realpolitik import datasets
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

BOM = b"\xef\xbb\xbf"
# cp1252's right single quote (0x92) and dash (0x96): bytes DuckDB's own latin-1 reader refused
# without saying where ("line 0")
TITLES = UNDL_RESOLUTIONS.replace("Question of X", "Question of X\u2019s \u2013 status")


def _load(store: Store, kind: str, path: Path, encoding: str = "utf-8") -> str | None:
    try:
        datasets.load(store, kind, [path], encoding=encoding)
    except RealpolitikError as err:
        return str(err)
    return None


def _title(store: Store) -> object:
    return store.value("SELECT title FROM un_roll_calls WHERE symbol = 'A/RES/1000(XX)'")


@pytest.mark.parametrize("encoding", ["cp1252", "windows-1252"])
def test_cp1252_file_loads_with_its_characters(store: Store, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "res.csv"
    path.write_bytes(TITLES.encode("cp1252"))
    assert _load(store, "unga-votes", path, encoding) is None
    assert _title(store) == "Question of X\u2019s \u2013 status"


def test_byte_cp1252_lacks_is_named_by_line(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "res.csv"
    path.write_bytes(TITLES.encode("cp1252").replace(b"Council", b"Co\x81ncil"))
    message = _load(store, "unga-votes", path, "cp1252")
    assert message == (
        f"[E303] {path}: cannot decode as cp1252 near line 4; re-export as UTF-8 or pass --encoding."
    )


def test_latin1_byte_in_a_utf8_load_is_named_by_line(store: Store, tmp_path: Path) -> None:
    rows = "".join(f"{1000 + i},FRANCE,Y,FRA\n" for i in range(3000))
    text = UNDL_VOTES + rows + "5000,C\u00d4TE D'IVOIRE,Y,CIV\n"
    for name, data in (
        ("v.csv", text.encode("latin-1")),
        ("v.csv.gz", gzip.compress(text.encode("latin-1"))),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        line = len(UNDL_VOTES.splitlines()) + 3000 + 1
        message = _load(store, "unga-votes", path)
        assert message is not None and f"cannot decode as utf-8 near line {line};" in message
        assert _load(store, "unga-votes", path, "latin-1") is None  # the right encoding loads it


def test_utf16_with_bom_loads_without_an_option(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "res.csv"
    path.write_bytes(TITLES.encode("utf-16"))
    assert _load(store, "unga-votes", path) is None
    assert _title(store) == "Question of X\u2019s \u2013 status"


def test_utf8_bom_wins_over_a_wrong_encoding_option(store: Store, tmp_path: Path) -> None:
    # headerless GDELT: the BOM read as latin-1 ("ï»¿1001") made the first id a bad value
    path = tmp_path / "a.export.CSV"
    path.write_bytes(BOM + GDELT2.encode())
    assert _load(store, "gdelt", path, "latin-1") is None
    assert store.rows("SELECT external_id FROM events ORDER BY 1") == [
        ("gdelt:1001",),
        ("gdelt:1002",),
    ]
    res = tmp_path / "res.csv"
    res.write_bytes(BOM + TITLES.encode())
    assert _load(store, "unga-votes", res, "latin-1") is None
    assert _title(store) == "Question of X\u2019s \u2013 status"  # not mojibake


def test_bom_file_with_a_bad_byte_says_the_bom_chose_utf8(tmp_path: Path) -> None:
    path = tmp_path / "res.csv"
    path.write_bytes(BOM + UNDL_RESOLUTIONS.replace("Council", "C\u00f6uncil").encode("latin-1"))
    done = run_cli(
        "--db", tmp_path / "x.duckdb", "data", "load", "unga-votes", path, "--encoding", "latin-1"
    )  # in this process
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"realpolitik: error: [E303] {path}: cannot decode as utf-8 (as the file's byte-order"
        " mark says) near line 4; re-export as UTF-8 or pass --encoding."
    )


def test_decoded_copy_is_bounded_by_max_expanded(store: Store, tmp_path: Path) -> None:
    rows = "".join(f"{1000 + i},FRAN\u00c7E,Y,FRA\n" for i in range(20000))
    path = tmp_path / "v.csv.gz"
    path.write_bytes(gzip.compress((UNDL_VOTES + rows).encode("latin-1")))
    with pytest.raises(RealpolitikError) as err:
        datasets.load(store, "unga-votes", [path], encoding="latin-1", max_expanded=100_000)
    assert str(err.value).startswith(f"[E031] {path}: its UTF-8 copy passed 100,000 bytes;")
    assert store.value("SELECT count(*) FROM un_votes") == 0


def test_gdelt_export_in_cp1252_loads_and_a_bad_byte_is_named(store: Store, tmp_path: Path) -> None:
    rows = GDELT2.replace("RUS government", "RUS gov\u2019t")
    path = tmp_path / "a.export.CSV"
    path.write_bytes(rows.encode("cp1252"))
    assert _load(store, "gdelt", path, "cp1252") is None
    assert store.value("SELECT source_name FROM events WHERE external_id = 'gdelt:1001'") == (
        "RUS gov\u2019t"
    )
    path.write_bytes(rows.encode("cp1252").replace(b"CHN government", b"CHN gov\x81"))
    message = _load(store, "gdelt", path, "cp1252")
    assert message is not None and message.startswith(
        f"[E303] {path}: cannot decode as cp1252 near line 2;"
    )
