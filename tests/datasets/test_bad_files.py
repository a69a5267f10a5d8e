"""Bad files fail with file, line and column named, and leave the store as it was."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from datasets_fixtures import (
    BACI,
    ICEWS_COUNTS,
    SIPRI_REGISTER,
    UNDL_RESOLUTIONS,
    UNDL_VOTES,
    write,
)

from realpolitik import datasets
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store


@pytest.fixture
def loaded(store: Store, tmp_path: Path) -> Store:
    """A store with earlier data that a failed load must not touch."""
    datasets.load(
        store,
        "unga-votes",
        [write(tmp_path / "v.csv", UNDL_VOTES), write(tmp_path / "r.csv", UNDL_RESOLUTIONS)],
    )
    datasets.load(store, "trade", [write(tmp_path / "baci.csv", BACI)])
    datasets.load(store, "icews-counts", [write(tmp_path / "counts.csv.gz", ICEWS_COUNTS)])
    return store


def snapshot(store: Store) -> tuple[int, ...]:
    return tuple(
        store.count(t)
        for t in (
            "un_votes",
            "un_roll_calls",
            "trade_flows",
            "dataset_loads",
            "events",
            "event_dyad_years",
        )  # fmt: skip
    )


def fails(store: Store, kind: str | None, path: Path, **options: str) -> str:
    before = snapshot(store)
    with pytest.raises(RealpolitikError) as caught:
        datasets.load(store, kind, [path], **options)
    assert snapshot(store) == before
    return str(caught.value)


def test_bad_vote_code_names_line_and_column(loaded: Store, tmp_path: Path) -> None:
    text = UNDL_VOTES.replace("200,CHINA,NV,CHN", "200,CHINA,MAYBE,CHN")
    # Same file name as the loaded one: a failed re-load must not delete the old rows either.
    message = fails(loaded, "unga-votes", write(tmp_path / "v.csv", text))
    assert "[E302]" in message and "v.csv:9:" in message
    assert "column 'vote'" in message and "'MAYBE'" in message


def test_wrong_columns(loaded: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "votes.csv", "id,state,ballot\n1,CUBA,Y\n")
    message = fails(loaded, "unga-votes", path)
    assert "[E313]" in message and "votes.csv" in message and "undl_id" in message
    message = fails(loaded, "trade", write(tmp_path / "t.csv", "a,b,c\n1,2,3\n"))
    assert "[E301]" in message and "reporter" in message


def test_latin1_bytes_in_utf8_file(loaded: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "register.csv", SIPRI_REGISTER, encoding="latin-1")
    message = fails(loaded, "sipri", path)
    assert "[E303]" in message and "register.csv" in message and "line 2" in message


def test_truncated_gzip(loaded: Store, tmp_path: Path) -> None:
    big = UNDL_VOTES + "".join(f"{400 + i},CUBA,Y,CUB\n" for i in range(20000))
    data = gzip.compress(big.encode())
    path = tmp_path / "votes.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    message = fails(loaded, "unga-votes", path)
    assert "[E304]" in message and "votes.csv.gz" in message


def test_unknown_country(loaded: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "v2.csv", UNDL_VOTES + "300,ATLANTIS,Y,ATL\n")
    message = fails(loaded, "unga-votes", path)
    assert "[E311]" in message and "v2.csv:11:" in message and "ATLANTIS" in message


def test_bad_number(loaded: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "baci2.csv", BACI.replace("2.0", "two"))
    message = fails(loaded, "trade", path)
    assert "[E302]" in message and "baci2.csv:3:" in message and "value_kusd" in message


def test_ragged_row(loaded: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "baci3.csv", BACI + "2022,CHN,PRK,1,extra\n")
    message = fails(loaded, "trade", path)
    assert "[E312]" in message and "baci3.csv:5:" in message


def test_unknown_kind_and_undetectable_file(loaded: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "x.csv", "a,b\n1,2\n")
    assert "[E305]" in fails(loaded, "polls", path)
    assert "[E315]" in fails(loaded, None, path)
    assert "[E010]" in fails(loaded, "atop", tmp_path / "missing.csv")


def test_icews_counts_bad_files(loaded: Store, tmp_path: Path) -> None:
    # Same name as the loaded file: a failed re-load keeps the old rows.
    message = fails(
        loaded, "icews-counts", write(tmp_path / "counts.csv.gz", "i,j,year,verbCoop\n")
    )
    assert "[E301]" in message and "counts.csv.gz" in message and "matlCoop, verbConf" in message
    bad = ICEWS_COUNTS.replace("3.0,1.0,0.0", "3.0,1.5,0.0")
    message = fails(loaded, "icews-counts", write(tmp_path / "counts.csv.gz", bad))
    assert "[E302]" in message and "counts.csv.gz:4:" in message and "'matlCoop'" in message
    message = fails(loaded, "icews-counts", write(tmp_path / "c.csv", bad.replace("1.5", "-1")))
    assert "[E302]" in message and "c.csv:4:" in message
    unknown = ICEWS_COUNTS + "Atlantis,France,2012.0,x,1,0,0,0,,,,FRA,\n"
    message = fails(loaded, "icews-counts", write(tmp_path / "c2.csv", unknown))
    assert "[E311]" in message and "c2.csv:7:" in message and "'Atlantis'" in message
    assert "column 'i'" in message
    latin = ICEWS_COUNTS + "C\u00f4te d'Ivoire,France,2012.0,x,1,0,0,0,,,,FRA,CIV\n"
    message = fails(loaded, "icews-counts", write(tmp_path / "c3.csv", latin, encoding="latin-1"))
    assert "[E303]" in message and "c3.csv" in message and "line 7" in message


def test_icews_counts_truncated_gzip(loaded: Store, tmp_path: Path) -> None:
    rows = "".join(f"China,Japan,{1900 + i % 100}.0,x,{i},0,0,0,,,,JPN,CHN\n" for i in range(30000))
    data = gzip.compress((ICEWS_COUNTS + rows).encode())
    path = tmp_path / "counts.csv.gz"
    path.write_bytes(data[: len(data) // 2])
    message = fails(loaded, "icews-counts", path)
    assert "[E304]" in message and "counts.csv.gz" in message
