"""Encodings of dataset files on real files: a byte-order mark wins over --encoding, gzip is
undone, a cp1252 or UTF-16 file becomes a UTF-8 copy with the same lines (so DuckDB's line
numbers stay the file's), a bad byte is named by its 1-based line, and a copy that would grow
past --max-expanded is stopped."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from realpolitik.datasets._decode import (
    MAX_EXPANDED,
    encoding_named,
    expansion_limit,
    file_encoding,
    first_bad_line,
    is_gzip,
    is_utf8,
    max_expanded,
    utf8_copy,
    wide,
)
from realpolitik.errors import RealpolitikError

TEXT = "country,year,name\nCIV,2020,Côte d'Ivoire\nTUR,2021,Türkiye\nSTP,2022,São Tomé\n"


def write(path: Path, data: bytes, *, packed: bool = False) -> Path:
    path.write_bytes(gzip.compress(data) if packed else data)
    return path


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
        (b"", "cp1252"),  # no mark: what --encoding said
    ],
)
@pytest.mark.parametrize("packed", [False, True])
def test_a_byte_order_mark_decides(
    tmp_path: Path, head: bytes, expected: str, packed: bool
) -> None:
    name = "data.csv.gz" if packed else "data.csv"
    path = write(tmp_path / name, head + b"a,b\n", packed=packed)
    assert file_encoding(path, "cp1252") == expected
    assert is_gzip(path) is packed


def test_an_unreadable_file_keeps_the_given_encoding(tmp_path: Path) -> None:
    assert file_encoding(tmp_path / "missing.csv", "latin-1") == "latin-1"
    broken = write(tmp_path / "broken.csv.gz", b"\x1f\x8b\x08 not really gzip")
    assert file_encoding(broken, "latin-1") == "latin-1"  # was a zlib.error traceback
    assert first_bad_line(broken, "utf-8") is None


def test_encoding_names_say_when_a_mark_chose_them(tmp_path: Path) -> None:
    marked = write(tmp_path / "marked.csv", codecs.BOM_UTF8 + b"a\n")
    plain = write(tmp_path / "plain.csv", b"a\n")
    assert encoding_named(marked, "utf-8") == "utf-8 (as the file's byte-order mark says)"
    assert encoding_named(plain, "utf-8") == "utf-8"


@pytest.mark.parametrize(
    ("name", "utf8", "is_wide"),
    [
        ("utf-8", True, False), ("UTF_8", True, False), ("utf-8-sig", True, False),
        ("latin-1", False, False), ("cp1252", False, False), ("utf-16", False, True),
        ("utf-16-le", False, True), ("utf-32", False, True), ("no-such-codec", False, False),
    ],
)  # fmt: skip
def test_names_of_encodings(name: str, utf8: bool, is_wide: bool) -> None:
    assert is_utf8(name) is utf8
    assert wide(name) is is_wide


def test_a_utf8_file_is_read_in_place(tmp_path: Path) -> None:
    path = write(tmp_path / "data.csv", TEXT.encode("utf-8"))
    with utf8_copy(path, path, "utf-8", MAX_EXPANDED) as copy:
        assert copy == path


@pytest.mark.parametrize("packed", [False, True])
@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_other_encodings_become_a_utf8_copy_with_the_same_lines(
    tmp_path: Path, encoding: str, packed: bool
) -> None:
    path = write(tmp_path / ("data.csv.gz" if packed else "data.csv"), TEXT.encode(encoding),
                 packed=packed)  # fmt: skip
    with utf8_copy(path, path, encoding, MAX_EXPANDED) as copy:
        assert copy != path and copy.name == "data.csv"
        assert copy.read_text(encoding="utf-8") == TEXT
        assert len(copy.read_bytes().splitlines()) == len(TEXT.splitlines())
    assert not copy.exists()  # deleted after the block
    assert path.exists()  # the file itself is never touched


def test_a_bad_byte_is_named_by_its_line(tmp_path: Path) -> None:
    data = b"a,b\nc,d\n" + b"e,\x81\n" + b"f,g\n"  # 0x81 is undefined in cp1252
    path = write(tmp_path / "bad.csv", data)
    with (
        pytest.raises(RealpolitikError) as err,
        utf8_copy(path, Path("shown.csv"), "cp1252", MAX_EXPANDED),
    ):
        pass  # fmt: skip
    assert err.value.code == "E303"
    assert "shown.csv" in str(err.value) and "3" in str(err.value)
    assert first_bad_line(path, "cp1252") == 3
    assert first_bad_line(path, "latin-1") is None  # latin-1 decodes every byte


def test_first_bad_line_of_utf8_skips_a_mark_on_line_one(tmp_path: Path) -> None:
    path = write(tmp_path / "marked.csv", codecs.BOM_UTF8 + b"a,b\nc,\xff\n")
    assert first_bad_line(path, "utf-8") == 2
    good = write(tmp_path / "good.csv", codecs.BOM_UTF8 + "é\n".encode())
    assert first_bad_line(good, "utf-8") is None
    assert first_bad_line(tmp_path / "missing.csv", "utf-8") is None
    assert first_bad_line(good, "no-such-codec") is None


def test_an_unknown_encoding_is_an_option_error(tmp_path: Path) -> None:
    path = write(tmp_path / "data.csv", b"a\n")
    with pytest.raises(RealpolitikError) as err, utf8_copy(path, path, "klingon", MAX_EXPANDED):
        pass
    assert err.value.code == "E901" and "--encoding" in str(err.value)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_a_copy_past_the_limit_is_stopped(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path / "big.csv", ("x,y\n" * 200).encode(encoding))
    with pytest.raises(RealpolitikError) as err, utf8_copy(path, path, encoding, 100):
        pass
    assert err.value.code == "E031"
    with utf8_copy(path, path, encoding, 10_000) as copy:  # under the limit: copied whole
        assert copy.read_text(encoding="utf-8") == "x,y\n" * 200


def test_the_limit_holds_for_the_block_only() -> None:
    assert max_expanded() == MAX_EXPANDED
    with expansion_limit(1234):
        assert max_expanded() == 1234
        with expansion_limit(None):
            assert max_expanded() == MAX_EXPANDED
        assert max_expanded() == 1234
    assert max_expanded() == MAX_EXPANDED
    with pytest.raises(ValueError), expansion_limit(5):
        raise ValueError("the limit is reset even when the block fails")
    assert max_expanded() == MAX_EXPANDED
