"""Dataset files made to hurt: garbage in a BACI zip, zip bombs, unsafe member names, unknown
SIPRI parties and short GDELT rows are one coded line each, and the rows stored before stay.
The CLI's line for a BACI zip is checked in this process (``cli_inprocess``); the zip bomb's
run is a real process (its TMPDIR is read once a process)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from datasets_fixtures import GDELT1_REDUCED, SIPRI_ALL, write
from test_baci import release_zip

from realpolitik import datasets
from realpolitik.datasets.sipri import party
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

CLI = str(Path(sys.executable).parent / "realpolitik")


def _fails(store: Store, kind: str, path: Path, **options: object) -> str:
    """The one-line message of a failed load; every table is as it was."""
    tables = ("trade_flows", "arms_transfers", "events", "dataset_loads")
    before = {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}  # noqa: S608
    with pytest.raises(RealpolitikError) as caught:
        datasets.load(store, kind, [path], **options)  # type: ignore[arg-type]
    after = {t: store.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}  # noqa: S608
    assert after == before
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_garbage_member_in_a_baci_zip_is_an_error(store: Store, tmp_path: Path) -> None:
    good = release_zip(tmp_path)
    datasets.load(store, "trade", [good])
    bad = tmp_path / "bad" / good.name
    bad.parent.mkdir()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for member in src.infolist():
            dst.writestr(member, src.read(member))
        dst.writestr("BACI_extra.csv", os.urandom(2000))
    message = _fails(store, "trade", bad)
    assert message.startswith(f"[E370] {bad}: archive member 'BACI_extra.csv' is not a BACI")
    done = run_cli("--db", tmp_path / "cli.duckdb", "data", "load", bad)  # the CLI in this process
    assert done.returncode == 1 and done.stderr.startswith("realpolitik: error: [E370]")
    assert "Loaded" not in done.stdout


def _declare_size(path: Path, member: str, size: int) -> None:
    """Rewrite a member's uncompressed size in the zip's headers (a lying zip bomb)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    assert data[local + 30 : local + 30 + len(name)] == name
    assert data[central + 46 : central + 46 + len(name)] == name
    struct.pack_into("<I", data, local + 22, size)
    struct.pack_into("<I", data, central + 24, size)
    path.write_bytes(bytes(data))


def test_zip_declaring_more_than_4_gb_is_refused_before_unpacking(
    store: Store, tmp_path: Path
) -> None:
    path = write(tmp_path / "events.tsv.zip", GDELT1_REDUCED)
    _declare_size(path, "events.tsv", 4_200_000_000)
    message = _fails(store, "gdelt", path)
    assert message == (
        f"[E372] {path}: archive member 'events.tsv' expands to 4,200,000,000 bytes, over the"
        " 4,000,000,000-byte limit; nothing was loaded. Pass --max-expanded BYTES if the file is"
        " genuine."
    )


def test_max_expanded_stops_a_zip_bomb_and_leaves_tmpdir_empty(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("BACI_HS92_Y2020_V202601.csv", b"t,i,j,k,v,q\n" + b"0" * 5_000_000)
    assert bomb.stat().st_size < 50_000
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}
    db = str(tmp_path / "db.duckdb")
    done = subprocess.run([CLI, "--db", db, "data", "load", "trade", str(bomb),
                           "--max-expanded", "1000000"],
                          capture_output=True, text=True, env=env, check=False)  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith(
        "realpolitik: error: [E372] " + str(bomb) + ": archive member"
        " 'BACI_HS92_Y2020_V202601.csv' expands to 5,000,012 bytes, over the 1,000,000-byte limit"
    )
    assert list(tmp.iterdir()) == []


@pytest.mark.parametrize("member", ["x/..", "../..", "/abs.csv"])
def test_member_named_dot_dot_is_a_coded_error(store: Store, tmp_path: Path, member: str) -> None:
    path = tmp_path / "sipri.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo(member), SIPRI_ALL)
    message = _fails(store, "sipri", path)
    assert message == (
        f"[E371] {path}: archive member name {member!r} is not a plain file name (it holds '..',"
        " is absolute or names no file); nothing was loaded."
    )


def test_member_named_dot_dot_in_a_baci_release(store: Store, tmp_path: Path) -> None:
    path = release_zip(tmp_path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("x/..", "t,i,j,k,v,q\n")
    assert _fails(store, "trade", path).startswith(f"[E371] {path}: archive member name 'x/..'")


def test_unknown_sipri_country_is_e311_naming_the_line(store: Store, tmp_path: Path) -> None:
    good = write(tmp_path / "sipri.csv", SIPRI_ALL)
    datasets.load(store, "sipri", [good])
    (tmp_path / "bad").mkdir()
    text = SIPRI_ALL.replace(",Viet Nam,Hamilton", ",abcFrance,Hamilton")
    bad = write(tmp_path / "bad" / "sipri.csv", text)
    message = _fails(store, "sipri", bad)
    assert message == f"[E311] {bad}:8: unknown country 'abcFrance' in column 'Recipient'."


def test_sipri_parties() -> None:
    assert party("France") == "FRA" and party("Saint Vincent") == "VCT"
    assert party("Hezbollah (Lebanon)*") == "Hezbollah (Lebanon)"
    assert party("NATO**") == "NATO" and party("United Nations") == "United Nations"
    assert party("Libya GNC") == "Libya GNC" and party("Darfur rebels (Sudan)") is not None
    assert party("unknown supplier(s)") == "unknown supplier(s)"
    for garbage in ("abcFrance", "Fr@nce", "United", "zzz", "*"):
        assert party(garbage) is None, garbage


def test_gdelt_row_with_missing_columns_names_its_line(store: Store, tmp_path: Path) -> None:
    good = write(tmp_path / "reduced.tsv", GDELT1_REDUCED)
    datasets.load(store, "gdelt", [good])
    short = GDELT1_REDUCED + "19790103\tCHN\tJPN\n"
    (tmp_path / "bad").mkdir()
    bad = write(tmp_path / "bad" / "reduced.tsv", short)
    message = _fails(store, "gdelt", bad)
    assert message == (
        f"[E374] {bad}:4: row ends before column 'CAMEOCode' or leaves it empty; every row needs"
        " Date, Source, Target, CAMEOCode, QuadClass, Goldstein. Nothing was loaded."
    )


def test_file_with_carriage_returns_only_is_a_coded_error(store: Store, tmp_path: Path) -> None:
    """Read as one line, its "header" has empty and repeated cells (found by the fuzz suite)."""
    path = tmp_path / "sipri.csv"
    path.write_bytes(SIPRI_ALL.replace("\n", "\r").replace("37.5", "").encode())
    assert _fails(store, "sipri", path).startswith("[E3")


def test_icews_without_name_columns_loads(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "icews.tab"
    path.write_text(
        "Event ID\tEvent Date\tSource Country\tCAMEO Code\tTarget Country\n"
        "7\t2014-01-01\tRussian Federation\t010\tNorth Korea\n",
        encoding="utf-8",
    )
    assert datasets.load(store, "icews", [path]).rows == 1
    row = store.con.execute("SELECT source_code, target_code, source_name FROM events").fetchone()
    assert row == ("RUS", "PRK", None)


def test_repeated_roll_call_is_e312_naming_both_lines(store: Store, tmp_path: Path) -> None:
    votes = write(tmp_path / "votes.csv", "rcid,country,country_code,vote\n3.0,Russia,RU,no\n")
    calls = write(
        tmp_path / "roll_calls.csv",
        "rcid,session,importantvote,date,unres,amend,para,short,descr\n"
        "3,1.0,0,1946-01-01,R/1/66,1,0,A,B\n9,74.0,1,2019-12-01,R/74/1,0,0,C,D\n"
        "3.0,1.0,0,1946-01-02,R/1/67,1,0,E,F\n",
    )
    with pytest.raises(RealpolitikError) as caught:
        datasets.load(store, "unga-votes", [votes, calls])
    assert str(caught.value) == (
        f"[E312] {calls}:4: roll call listed again (first on line 2); nothing was loaded."
    )
    assert store.count("un_roll_calls") == 0


@pytest.mark.parametrize(
    ("kind", "text", "column"),
    [
        ("trade", "year,exporter_iso3,importer_iso3,value_kusd\n1e400,CHN,PRK,1\n", "year"),
        (
            "trade",
            "year,exporter_iso3,importer_iso3,value_kusd\n2020,CHN,PRK,1e400\n",
            "value_kusd",
        ),
        ("atop", "ccode1,ccode2,year,atop_defense\n365,731,9e99,1\n", "year"),
    ],
)
def test_numbers_out_of_range_are_e302(
    store: Store, tmp_path: Path, kind: str, text: str, column: str
) -> None:
    path = write(tmp_path / f"{kind}.csv", text)
    message = _fails(store, kind, path)
    assert message.startswith(f"[E302] {path}:2: column '{column}' has "), message


def test_header_of_thousands_of_cells_is_no_header(store: Store, tmp_path: Path) -> None:
    """One 'line' of 5 MB (carriage returns only) is not read whole nor staged as columns."""
    row = (
        "2\t2014-01-02\tChina\tGovernment\tChina\tThreaten\t138\t-7.0\tJapan\tGovernment\tJapan\t6"
    )
    header = (
        "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\t"
        "CAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID"
    )
    path = tmp_path / "icews.tab"
    path.write_text(header + "\r" + "\r".join([row] * 60_000), encoding="utf-8")
    message = _fails(store, "icews", path)
    assert message.startswith(f"[E301] {path}: missing column(s)"), message


def test_unknown_encoding_is_one_coded_line(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "sipri.csv", SIPRI_ALL)
    message = _fails(store, "sipri", path, encoding="klingon-8")
    assert message == (
        "[E901] --encoding: 'klingon-8' is not a text encoding Python knows (e.g. utf-8,"
        " latin-1, cp1252)"
    )
